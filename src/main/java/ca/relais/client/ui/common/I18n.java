package ca.relais.client.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The workstation's texts, French first and English in full. Texts are bound, so switching the language relabels every
 * screen at once.
 */
public final class I18n {
    public static final Locale FRENCH = Locale.CANADA_FRENCH;
    public static final Locale ENGLISH = Locale.CANADA;
    private static final String BUNDLE = "ca.relais.client.ui.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(FRENCH);
    private final ResourceBundle french = load(FRENCH);
    private final ResourceBundle english = load(ENGLISH);

    public I18n(Locale initial) {
        locale.set(initial);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public boolean isEnglish() {
        return "en".equals(locale.get().getLanguage());
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = (isEnglish() ? english : french).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale.get()).format(args);
    }

    /** The text of {@code key} in the current language, or {@code fallback} when the bundles do not have it. */
    public String getOrDefault(String key, String fallback) {
        try {
            return (isEnglish() ? english : french).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /**
     * The message {@code key} in the current language, formatted like {@link #get(String, Object...)}, or
     * {@code fallback} (a code shown as it is) when the bundles do not have it.
     */
    public String getOr(String key, String fallback) {
        return getOrDefault(key, null) == null ? fallback : get(key);
    }

    /** The message in the current language; arguments that are messages or
     * bilingual texts themselves are put in words first. */
    public String get(UserMessage message) {
        if (message == null) {
            return "";
        }
        Object[] args = message.args().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof UserMessage inner) {
                args[i] = get(inner);
            } else if (args[i] instanceof ca.relais.domain.LocalizedText text) {
                args[i] = text.in(locale.get());
            }
        }
        return get(message.key(), args);
    }

    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    public StringBinding bind(ObservableValue<UserMessage> message) {
        return Bindings.createStringBinding(() -> get(message.getValue()), locale, message);
    }

    public static Locale parse(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : FRENCH;
    }

    private static ResourceBundle load(Locale locale) {
        Locale lookup = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, lookup,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
