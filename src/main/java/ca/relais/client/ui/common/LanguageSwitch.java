package ca.relais.client.ui.common;

import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import atlantafx.base.theme.Styles;

/** Two segmented buttons, Français and English (FR and EN when compact), bound to the interface language. */
public final class LanguageSwitch extends HBox {
    private final I18n i18n;
    private final ToggleButton fr;
    private final ToggleButton en;

    public LanguageSwitch(I18n i18n) {
        this.i18n = i18n;
        ToggleGroup group = new ToggleGroup();
        fr = button("lang-fr", i18n.get("language.french"), group, Styles.LEFT_PILL);
        en = button("lang-en", i18n.get("language.english"), group, Styles.RIGHT_PILL);
        fr.setSelected(!i18n.isEnglish());
        en.setSelected(i18n.isEnglish());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                i18n.localeProperty().set(now == en ? I18n.ENGLISH : I18n.FRENCH);
            }
        });
        i18n.localeProperty().addListener((obs, old, now) -> (i18n.isEnglish() ? en : fr).setSelected(true));
        fr.accessibleTextProperty().bind(i18n.bind("language.switch"));
        en.accessibleTextProperty().bind(i18n.bind("language.switch"));
        getChildren().addAll(fr, en);
        getStyleClass().add("language-switch");
        fr.setTooltip(new javafx.scene.control.Tooltip(i18n.get("language.french")));
        en.setTooltip(new javafx.scene.control.Tooltip(i18n.get("language.english")));
    }

    /** Shows the short names (FR, EN) where room is short; the full names stay in the tooltips. */
    public void setCompact(boolean compact) {
        fr.setText(i18n.get(compact ? "language.french.short" : "language.french"));
        en.setText(i18n.get(compact ? "language.english.short" : "language.english"));
    }

    private static ToggleButton button(String id, String text, ToggleGroup group, String pill) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.getStyleClass().addAll(pill, Styles.SMALL);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }
}
