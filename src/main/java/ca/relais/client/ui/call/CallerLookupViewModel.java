package ca.relais.client.ui.call;

import ca.relais.api.CallerDto;
import ca.relais.api.RequestDto;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.client.ui.common.UserMessage;
import ca.relais.domain.PhoneNumbers;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Finding the caller: one search field for a phone in any format, a name, an email or a street; the chosen caller's
 * card and whole history; or a new caller created inline; or an anonymous call.
 */
public final class CallerLookupViewModel {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
    private final CaptureContext context;
    private final UiExecutors executors;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<CallerDto> results = FXCollections.observableArrayList();
    private final ObjectProperty<CallerDto> caller = new SimpleObjectProperty<>();
    private final ObservableList<RequestDto> history = FXCollections.observableArrayList();
    private final BooleanProperty anonymous = new SimpleBooleanProperty(false);
    private final BooleanProperty creating = new SimpleBooleanProperty(false);
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ObjectProperty<String> language = new SimpleObjectProperty<>("fr");
    private final BooleanProperty consent = new SimpleBooleanProperty(true);
    private final ObjectProperty<UserMessage> phoneError = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> emailError = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> nameError = new SimpleObjectProperty<>();

    public CallerLookupViewModel(CaptureContext context, UiExecutors executors) {
        this.context = context;
        this.executors = executors;
        query.addListener((o, a, q) -> search(q));
        caller.addListener((o, a, c) -> loadHistory(c));
        anonymous.addListener((o, a, anon) -> {
            if (anon) {
                caller.set(null);
                creating.set(false);
            }
        });
        phone.addListener((o, a, b) -> phoneError.set(null));
        email.addListener((o, a, b) -> emailError.set(null));
        lastName.addListener((o, a, b) -> nameError.set(null));
    }

    private void search(String q) {
        if (q == null || q.strip().length() < 2) {
            results.clear();
            return;
        }
        executors.run(() -> context.mirror().searchCallers(q, 20), found -> {
            if (q.equals(query.get())) {
                results.setAll(found);
            }
        }, e -> results.clear());
    }

    private void loadHistory(CallerDto c) {
        if (c == null) {
            history.clear();
            return;
        }
        anonymous.set(false);
        UUID id = c.id();
        executors.run(() -> context.mirror().requestsOf(id, 50), found -> {
            if (caller.get() != null && caller.get().id().equals(id)) {
                history.setAll(found);
            }
        }, e -> history.clear());
    }

    /** Reloads the chosen caller's history, after a capture or a synchronisation. */
    public void refreshHistory() {
        loadHistory(caller.get());
    }

    /** Chooses a search result (or the first one). */
    public void choose(CallerDto chosen) {
        caller.set(chosen == null && !results.isEmpty() ? results.get(0) : chosen);
        creating.set(false);
    }

    /** Opens the new-caller form, pre-filled from what was searched (a phone or a name). */
    public void startNewCaller() {
        String q = query.get() == null ? "" : query.get().strip();
        firstName.set("");
        lastName.set("");
        email.set("");
        phone.set("");
        if (PhoneNumbers.toE164(q).isPresent()) {
            phone.set(q);
        } else if (EMAIL.matcher(q).matches()) {
            email.set(q);
        } else if (!q.isEmpty()) {
            String[] parts = q.split("\\s+", 2);
            firstName.set(parts[0]);
            lastName.set(parts.length > 1 ? parts[1] : "");
        }
        caller.set(null);
        anonymous.set(false);
        creating.set(true);
    }

    /** Saves the new caller locally (and for the server); errors stay next to their fields. */
    public Optional<CallerDto> saveNewCaller() {
        String e164 = phone.get().isBlank() ? null : PhoneNumbers.toE164(phone.get()).orElse(null);
        boolean valid = true;
        if (!phone.get().isBlank() && e164 == null) {
            phoneError.set(UserMessage.of("caller.error.phone"));
            valid = false;
        }
        String mail = email.get().strip().toLowerCase(java.util.Locale.ROOT);
        if (!mail.isEmpty() && !EMAIL.matcher(mail).matches()) {
            emailError.set(UserMessage.of("caller.error.email"));
            valid = false;
        }
        if (firstName.get().isBlank() && lastName.get().isBlank() && e164 == null && mail.isEmpty()) {
            nameError.set(UserMessage.of("caller.error.identity"));
            valid = false;
        }
        if (!valid) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        List<String> phones = e164 == null ? List.of() : List.of(e164);
        List<String> emails = mail.isEmpty() ? List.of() : List.of(mail);
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("id", id.toString())
                .put("first_name", firstName.get().strip()).put("last_name", lastName.get().strip())
                .put("language", language.get()).put("consent", consent.get());
        phones.forEach(body.putArray("phones")::add);
        emails.forEach(body.putArray("emails")::add);
        java.time.Instant now = context.clock().instant();
        CallerDto local = new CallerDto(id, firstName.get().strip(), lastName.get().strip(), phones, emails, null,
                null, language.get(), consent.get(), 0, now, now);
        context.writes().createCaller(body, local);
        context.requestSync().run();
        creating.set(false);
        caller.set(local);
        return Optional.of(local);
    }

    /** Forgets the caller, for a new call. */
    public void reset() {
        query.set("");
        results.clear();
        caller.set(null);
        anonymous.set(false);
        creating.set(false);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<CallerDto> results() {
        return results;
    }

    public ObjectProperty<CallerDto> callerProperty() {
        return caller;
    }

    public ObservableList<RequestDto> history() {
        return history;
    }

    public BooleanProperty anonymousProperty() {
        return anonymous;
    }

    public BooleanProperty creatingProperty() {
        return creating;
    }

    public StringProperty firstNameProperty() {
        return firstName;
    }

    public StringProperty lastNameProperty() {
        return lastName;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObjectProperty<String> languageProperty() {
        return language;
    }

    public BooleanProperty consentProperty() {
        return consent;
    }

    public ObjectProperty<UserMessage> phoneErrorProperty() {
        return phoneError;
    }

    public ObjectProperty<UserMessage> emailErrorProperty() {
        return emailError;
    }

    public ObjectProperty<UserMessage> nameErrorProperty() {
        return nameError;
    }
}
