package ca.relais.client.ui.call;

import ca.relais.api.AddressDto;
import ca.relais.api.CallerDto;
import ca.relais.api.RequestDto;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.client.ui.common.UserMessage;
import ca.relais.domain.LocalizedText;
import ca.relais.domain.PhoneNumbers;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Finding the caller: one search field for a phone in any format, a name, an email or a street; the chosen caller's
 * card and whole history (with the latest handoff and public note of each request, and the server's refusals); a new
 * caller created inline, or the chosen one edited inline; or an anonymous call.
 */
public final class CallerLookupViewModel {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final int HISTORY_SIZE = 50;
    private static final int STORIES = 5;
    private final CaptureContext context;
    private final UiExecutors executors;
    private final LocalSaves saves;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<CallerDto> results = FXCollections.observableArrayList();
    private final ObjectProperty<CallerDto> caller = new SimpleObjectProperty<>();
    private final ObservableList<HistoryItem> history = FXCollections.observableArrayList();
    private final ObjectProperty<CallerDto> editing = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<AddressDto> address = new ReadOnlyObjectWrapper<>();
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

    private final Map<String, LocalizedText> typeNames;
    private final Map<String, LocalizedText> departmentNames;

    public CallerLookupViewModel(CaptureContext context, UiExecutors executors) {
        this(context, executors, new LocalSaves(executors));
    }

    /** A caller lookup whose saves queue behind the call's other saves ({@code saves}, shared with the request). */
    public CallerLookupViewModel(CaptureContext context, UiExecutors executors, LocalSaves saves) {
        this.context = context;
        this.executors = executors;
        this.saves = saves;
        this.typeNames = context.catalogue().items().stream().collect(java.util.stream.Collectors.toMap(
                t -> t.serviceCode(), t -> new LocalizedText(t.serviceName(), t.serviceNameEn()), (a, b) -> a));
        this.departmentNames = context.catalogue().departments().stream().collect(java.util.stream.Collectors.toMap(
                d -> d.code(), d -> new LocalizedText(d.nameFr(), d.nameEn()), (a, b) -> a));
        query.addListener((o, a, q) -> search(q));
        caller.addListener((o, a, c) -> {
            loadHistory(c, true);
            loadAddress(c);
        });
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
            if (q.equals(query.get()) && !found.equals(results)) {
                results.setAll(found);
            }
        }, e -> results.clear());
    }

    private void loadHistory(CallerDto c, boolean readStories) {
        if (c == null) {
            history.clear();
            return;
        }
        anonymous.set(false);
        UUID id = c.id();
        executors.run(() -> historyOf(id), found -> {
            if (isChosen(id)) {
                if (!history.equals(found)) {
                    history.setAll(found);
                }
                if (readStories) {
                    readStories(id, found);
                }
            }
        }, e -> history.clear());
    }

    private void loadAddress(CallerDto c) {
        address.set(c == null ? null : c.address());
        if (c == null || c.address() != null || c.addressId() == null) {
            return;
        }
        String id = c.addressId();
        executors.run(() -> context.mirror().address(id), found -> {
            if (caller.get() != null && id.equals(caller.get().addressId())) {
                address.set(found.orElse(null));
            }
        }, e -> { });
    }

    private boolean isChosen(UUID id) {
        return caller.get() != null && caller.get().id().equals(id);
    }

    private List<HistoryItem> historyOf(UUID callerId) {
        Map<UUID, RejectedCapture> refused = new HashMap<>();
        context.outbox().all().forEach(e -> RejectedCapture.of(e).ifPresent(r -> refused.put(r.requestId(), r)));
        List<HistoryItem> items = new ArrayList<>();
        for (RequestDto r : context.mirror().requestsOf(callerId, HISTORY_SIZE)) {
            items.add(HistoryItem.of(r, typeNames.getOrDefault(r.typeCode(), new LocalizedText(r.typeCode(),
                    r.typeCode())), context.mirror().history(r.id()), refused.get(r.id())));
        }
        return items;
    }

    /** Reads the story of the latest requests from the server, then shows their latest handoff and public note. */
    private void readStories(UUID callerId, List<HistoryItem> shown) {
        List<UUID> latest = shown.stream().filter(i -> i.request().number() != null).limit(STORIES)
                .map(i -> i.request().id()).toList();
        if (latest.isEmpty() || context.details() == null) {
            return;
        }
        executors.run(() -> {
            boolean any = false;
            for (UUID id : latest) {
                any |= context.details().refresh(id);
            }
            return any ? historyOf(callerId) : null;
        }, found -> {
            if (found != null && isChosen(callerId)) {
                history.setAll(found);
            }
        }, e -> { });
    }

    /** Reloads the chosen caller's history, after a capture or a synchronisation. */
    public void refreshHistory() {
        loadHistory(caller.get(), false);
    }

    /** Chooses a search result (or the first one). */
    public void choose(CallerDto chosen) {
        caller.set(chosen == null && !results.isEmpty() ? results.get(0) : chosen);
        creating.set(false);
        editing.set(null);
    }

    /** Opens the form on the chosen caller's card, to correct or complete it; false when no caller is chosen. */
    public boolean editCaller() {
        CallerDto c = caller.get();
        if (c == null) {
            return false;
        }
        firstName.set(nz(c.firstName()));
        lastName.set(nz(c.lastName()));
        phone.set(c.phones().isEmpty() ? "" : PhoneNumbers.display(c.phones().get(0)));
        email.set(c.emails().isEmpty() ? "" : c.emails().get(0));
        language.set(c.language() == null ? "fr" : c.language());
        consent.set(c.consent());
        editing.set(c);
        creating.set(true);
        return true;
    }

    /** Closes the caller form without saving; what was there before stays. */
    public void cancelForm() {
        creating.set(false);
        editing.set(null);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
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
        editing.set(null);
        anonymous.set(false);
        creating.set(true);
    }

    /** Saves the new caller locally (in the background) and for the server; errors stay next to their fields. */
    public Optional<CallerDto> saveNewCaller() {
        return saveCaller();
    }

    /**
     * Saves the form: a new caller, or the changes to the caller being edited (only the fields that changed are
     * sent). Errors stay next to their fields, which keep what was typed. The card shows the caller at once; the cache
     * is written in the background, after the call's earlier saves, and should that fail the form opens again with
     * what was typed and the reason.
     */
    public Optional<CallerDto> saveCaller() {
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
        CallerDto previous = caller.get();
        CallerDto base = editing.get();
        CallerSave save = base == null ? create(e164, mail) : update(base, e164, mail);
        Runnable shown = () -> {
            creating.set(false);
            editing.set(null);
            caller.set(save.shown());
        };
        if (save.write() == null) {
            shown.run();
        } else {
            saves.save(shown, save.write(), done -> context.requestSync().run(), failure -> {
                org.slf4j.LoggerFactory.getLogger(CallerLookupViewModel.class).warn(
                        "A caller could not be saved locally; the form is back: {}",
                        ca.relais.domain.LogSafe.describe(failure));
                caller.set(previous);
                editing.set(base);
                creating.set(true);
                nameError.set(UserMessage.of("caller.error.notSaved"));
            });
        }
        return Optional.of(save.shown());
    }

    /** A caller as the card shows it at once, and the write that saves it in the background (none: nothing changed). */
    private record CallerSave(CallerDto shown, UiExecutors.Work<CallerDto> write) {
    }

    private CallerSave create(String e164, String mail) {
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
        return new CallerSave(local, () -> context.writes().createCaller(body, local));
    }

    private CallerSave update(CallerDto base, String e164, String mail) {
        List<String> phones = replaceFirst(base.phones(), e164);
        List<String> emails = replaceFirst(base.emails(), mail.isEmpty() ? null : mail);
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        String first = firstName.get().strip();
        String last = lastName.get().strip();
        if (!first.equals(nz(base.firstName()))) {
            patch.put("first_name", first);
        }
        if (!last.equals(nz(base.lastName()))) {
            patch.put("last_name", last);
        }
        if (!phones.equals(base.phones())) {
            phones.forEach(patch.putArray("phones")::add);
        }
        if (!emails.equals(base.emails())) {
            emails.forEach(patch.putArray("emails")::add);
        }
        if (!language.get().equals(base.language())) {
            patch.put("language", language.get());
        }
        if (consent.get() != base.consent()) {
            patch.put("consent", consent.get());
        }
        if (patch.isEmpty()) {
            return new CallerSave(base, null);
        }
        CallerDto edited = new CallerDto(base.id(), first, last, phones, emails, base.addressId(), base.address(),
                language.get(), consent.get(), base.version(), base.createdAt(), context.clock().instant());
        return new CallerSave(edited, () -> context.writes().updateCaller(base, patch, edited));
    }

    /** The list with its first item replaced by {@code value} (or removed when it is null); the others are kept. */
    private static List<String> replaceFirst(List<String> list, String value) {
        List<String> out = new ArrayList<>(list);
        if (!out.isEmpty()) {
            out.remove(0);
        }
        if (value != null) {
            out.remove(value);
            out.add(0, value);
        }
        return List.copyOf(out);
    }

    /** Forgets the caller, for a new call. */
    public void reset() {
        query.set("");
        results.clear();
        caller.set(null);
        anonymous.set(false);
        creating.set(false);
        editing.set(null);
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

    public ObservableList<HistoryItem> history() {
        return history;
    }

    /** The chosen caller's address from the civic register, or null. */
    public ReadOnlyObjectProperty<AddressDto> addressProperty() {
        return address.getReadOnlyProperty();
    }

    /** The caller being edited in the form, or null when the form creates a new caller. */
    public ObjectProperty<CallerDto> editingProperty() {
        return editing;
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

    /** A department's name for the history's "with ..." (its code when the catalogue does not know it). */
    public LocalizedText departmentName(String code) {
        return departmentNames.getOrDefault(code, new LocalizedText(code, code));
    }
}
