package ca.relais.client.ui.call;

import ca.relais.api.AddressDto;
import ca.relais.api.AttributeValidation;
import ca.relais.api.Problem;
import ca.relais.api.RequestDto;
import ca.relais.client.ui.common.ListUpdates;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.client.ui.common.UserMessage;
import ca.relais.domain.Channel;
import ca.relais.domain.LocalizedText;
import ca.relais.domain.Nature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
 * Capturing a request during a call: type picker, nature, channel, location, the type's Open311 attributes,
 * description, notices and live duplicates. Submitting saves locally at once, so it works offline.
 */
public final class RequestCaptureViewModel {
    private final CaptureContext context;
    private final UiExecutors executors;
    private final TypeMatcher matcher;

    private final StringProperty typeQuery = new SimpleStringProperty("");
    private final ObservableList<TypeChoice> typeSuggestions = FXCollections.observableArrayList();
    private final ObjectProperty<TypeChoice> type = new SimpleObjectProperty<>();
    private final ObservableList<Nature> natures = FXCollections.observableArrayList();
    private final ObjectProperty<Nature> nature = new SimpleObjectProperty<>();
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final StringProperty addressQuery = new SimpleStringProperty("");
    private final ObservableList<AddressDto> addressSuggestions = FXCollections.observableArrayList();
    private final ObjectProperty<AddressDto> address = new SimpleObjectProperty<>();
    private final BooleanProperty noLocation = new SimpleBooleanProperty(false);
    private final ObservableList<AttributeField> fields = FXCollections.observableArrayList();
    private final StringProperty description = new SimpleStringProperty("");
    private final ObservableList<LocalizedText> notices = FXCollections.observableArrayList();
    private final ObservableList<RequestDto> duplicates = FXCollections.observableArrayList();
    private final ObjectProperty<UUID> callerId = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> typeError = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> locationError = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Submitted> submitted = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RequestDto> linked = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RejectedCapture> rejected = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RejectedCapture> correcting = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UserMessage> rejection = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UserMessage> saveFailed = new ReadOnlyObjectWrapper<>();
    private final LocalSaves saves;

    /** A request saved by this screen, with the reference read out to the caller; or a refused one sent again. */
    public record Submitted(UUID id, String reference, String typeCode, Nature nature, boolean corrected) {
    }

    public RequestCaptureViewModel(CaptureContext context, UiExecutors executors) {
        this(context, executors, new LocalSaves(executors));
    }

    /** A request form whose saves queue behind the call's other saves ({@code saves}, shared with the caller). */
    public RequestCaptureViewModel(CaptureContext context, UiExecutors executors, LocalSaves saves) {
        this.context = context;
        this.executors = executors;
        this.saves = saves;
        this.matcher = new TypeMatcher(context.catalogue(), context.lineCode());
        channel.set(context.defaultChannel() == null ? Channel.COUNTER : context.defaultChannel());
        typeSuggestions.setAll(matcher.match("", 12));
        typeQuery.addListener((o, a, q) -> {
            ListUpdates.update(typeSuggestions, matcher.match(q, 12));
        });
        type.addListener((o, a, t) -> typeChosen(t));
        addressQuery.addListener((o, a, q) -> {
            if (address.get() != null && q != null && !q.isBlank() && !q.equals(address.get().label())) {
                address.set(null);
            }
            searchAddresses(q);
        });
        address.addListener((o, a, b) -> {
            locationError.set(null);
            refreshDuplicates();
        });
        noLocation.addListener((o, a, b) -> locationError.set(null));
        nature.addListener((o, a, b) -> locationError.set(null));
    }

    private void typeChosen(TypeChoice t) {
        typeError.set(null);
        fields.setAll(t == null ? List.of() : t.type().attributes().stream()
                .sorted(java.util.Comparator.comparingInt(a -> a.order())).map(AttributeField::new).toList());
        notices.setAll(t == null ? List.of() : t.type().notices().stream()
                .map(n -> new LocalizedText(n.fr(), n.en())).toList());
        natures.setAll(t == null ? List.of() : t.type().natures().stream().map(Nature::valueOf).toList());
        nature.set(t == null ? null : Nature.valueOf(t.type().defaultNature()));
        refreshDuplicates();
    }

    /** Picks the best suggestion for the words typed so far (Enter in the type field). */
    public void chooseFirstSuggestion() {
        if (!typeSuggestions.isEmpty()) {
            type.set(typeSuggestions.get(0));
        }
    }

    /** Picks the first address suggestion (Enter in the location field). */
    public void chooseFirstAddress() {
        if (!addressSuggestions.isEmpty()) {
            address.set(addressSuggestions.get(0));
        }
    }

    private void searchAddresses(String query) {
        if (query == null || query.isBlank()) {
            addressSuggestions.clear();
            return;
        }
        executors.run(() -> context.mirror().searchAddresses(query, 8), found -> {
            if (query.equals(addressQuery.get())) {
                ListUpdates.update(addressSuggestions, found);
            }
        }, e -> addressSuggestions.clear());
    }

    private void refreshDuplicates() {
        TypeChoice t = type.get();
        AddressDto a = address.get();
        if (t == null || a == null || t.type().duplicateRadiusM() <= 0) {
            duplicates.clear();
            return;
        }
        String code = t.code();
        executors.run(() -> context.mirror().openNearby(code, a.id(), a.lat(), a.lon(), t.type().duplicateRadiusM(),
                5), duplicates::setAll, e -> duplicates.clear());
    }

    /** Checks the form and saves the request locally; errors are shown next to their fields, which keep their text. */
    public boolean submit() {
        TypeChoice t = type.get();
        if (t == null) {
            typeError.set(UserMessage.of("capture.error.typeRequired"));
            return false;
        }
        Nature n = nature.get() == null ? Nature.valueOf(t.type().defaultNature()) : nature.get();
        boolean information = n == Nature.INFORMATION;
        boolean valid = true;
        if (t.type().locationRequired() && !information && address.get() == null) {
            locationError.set(UserMessage.of("capture.error.locationRequired"));
            valid = false;
        }
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        for (AttributeField f : fields) {
            JsonNode v = f.value();
            if (v != null) {
                attributes.set(f.code(), v);
            }
        }
        AttributeValidation.Result result = AttributeValidation.validate(information ? List.of()
                : t.type().attributes(), information ? JsonNodeFactory.instance.objectNode() : attributes);
        for (Problem.FieldError error : result.errors()) {
            String code = error.field().substring("attributes.".length());
            fields.stream().filter(f -> f.code().equals(code)).findFirst()
                    .ifPresent(f -> f.errorProperty().set(UserMessage.of("validation." + error.code())));
            valid = false;
        }
        if (!valid) {
            return false;
        }
        RejectedCapture correction = correcting.get();
        UUID id = correction == null ? UUID.randomUUID() : correction.requestId();
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("id", id.toString()).put("type_code", t.code())
                .put("nature", n.name()).put("channel", channel.get().name())
                .put("description", description.get().strip());
        if (callerId.get() != null) {
            body.put("caller_id", callerId.get().toString());
        } else {
            body.putNull("caller_id");
        }
        AddressDto a = address.get();
        if (a != null && !noLocation.get()) {
            body.putObject("location").put("address_id", a.id());
        } else {
            body.putNull("location");
        }
        body.set("attributes", information ? JsonNodeFactory.instance.objectNode() : result.values());
        String department = t.type().department();
        java.time.Instant now = context.clock().instant();
        Runnable write;
        if (correction == null) {
            write = () -> context.writes().createRequest(body, context.username(), department, now);
        } else {
            copyUnsentFields(correction.body(), body);
            write = () -> context.writes().correctRequest(correction.mutationId(), body, context.username(),
                    department, now);
            rejected.remove(correction);
        }
        saveLocally(write, body, correction, () -> {
            submitted.set(new Submitted(id, reference(id), t.code(), n, correction != null));
            clearForm();
        });
        return true;
    }

    /**
     * Saves a request to the cache on the background executor, one save after the other, so that the FX thread never
     * waits for the cache (which a synchronisation may be holding). The reference is known before the save, so the
     * screen reads it back at once. Should the save fail, the request goes back into the form as typed, with the
     * reason: nothing is lost. {@code shown} reads the reference back and clears the form; the call draft is not
     * rewritten until the save is done ({@link #pendingSaves()}).
     */
    private void saveLocally(Runnable write, ObjectNode body, RejectedCapture correction, Runnable shown) {
        saveFailed.set(null);
        saves.save(shown, () -> {
            write.run();
            return null;
        }, done -> context.requestSync().run(), failure -> {
            org.slf4j.LoggerFactory.getLogger(RequestCaptureViewModel.class).warn(
                    "A request could not be saved locally; it is back in the form: {}",
                    ca.relais.domain.LogSafe.describe(failure));
            putBack(body);
            correcting.set(correction);
            UserMessage reason = UserMessage.of("capture.error.notSaved");
            rejection.set(reason);
            saveFailed.set(reason);
        });
    }

    /** Completes once every request handed to the background has been saved (or put back in the form). */
    public CompletableFuture<?> pendingSaves() {
        return saves.pending();
    }

    /** Why the last request could not be saved locally (it is back in the form); null after a successful save. */
    public ReadOnlyObjectProperty<UserMessage> saveFailedProperty() {
        return saveFailed.getReadOnlyProperty();
    }

    /** Keeps what the form does not show (the article of an information call) when a refused request is resent. */
    private static void copyUnsentFields(ObjectNode original, ObjectNode corrected) {
        if (original.hasNonNull("kb_article_id")) {
            corrected.put("kb_article_id", original.get("kb_article_id").asText());
        }
    }

    /** Reads the requests the server refused from the outbox (after every synchronisation). */
    public void refreshRejected() {
        executors.run(() -> context.outbox().all().stream().map(RejectedCapture::of).flatMap(java.util.Optional::stream)
                .toList(), found -> {
                    RejectedCapture current = correcting.get();
                    rejected.setAll(found.stream().filter(r -> current == null
                            || r.mutationId() != current.mutationId()).toList());
                }, e -> { });
    }

    /**
     * Puts a refused request back in the form, exactly as the agent typed it, with the server's objections next to
     * their fields; saving sends it again under the same id. The caller is set by the call screen.
     */
    public void correct(RejectedCapture refused) {
        putBack(refused.body());
        correcting.set(refused);
        rejected.remove(refused);
        showObjections(refused);
    }

    /** Fills the form with a request as it was typed. */
    private void putBack(ObjectNode body) {
        clearForm();
        String code = body.path("type_code").asText("");
        matcher.all().stream().filter(c -> c.code().equals(code)).findFirst().ifPresent(type::set);
        if (type.get() == null) {
            typeQuery.set(code);
        }
        if (body.hasNonNull("nature")) {
            nature.set(Nature.valueOf(body.get("nature").asText()));
        }
        if (body.hasNonNull("channel")) {
            channel.set(Channel.valueOf(body.get("channel").asText()));
        }
        JsonNode location = body.path("location");
        if (location.hasNonNull("address_id")) {
            context.mirror().address(location.get("address_id").asText()).ifPresent(address::set);
        } else if (location.isNull() || location.isMissingNode()) {
            noLocation.set(type.get() != null && !type.get().type().locationRequired());
        }
        description.set(body.path("description").asText(""));
        JsonNode values = body.path("attributes");
        for (AttributeField f : fields) {
            f.show(values.get(f.code()));
        }
    }

    private void showObjections(RejectedCapture refused) {
        boolean placed = false;
        for (Problem.FieldError e : refused.errors()) {
            UserMessage message = UserMessage.of("validation." + (e.code() == null ? "type" : e.code()));
            switch (RejectedCapture.fieldFamily(e.field())) {
                case "location" -> {
                    locationError.set(message);
                    placed = true;
                }
                case "attributes" -> {
                    String code = e.field().substring("attributes.".length());
                    for (AttributeField f : fields) {
                        if (f.code().equals(code)) {
                            f.errorProperty().set(message);
                            placed = true;
                        }
                    }
                }
                case "type_code", "nature" -> {
                    typeError.set(message);
                    placed = true;
                }
                default -> {
                }
            }
        }
        rejection.set(placed ? null : refused.reason());
    }

    /** Gives up correcting a refused request: it stays in the list of refused requests, nothing is lost. */
    public void cancelCorrection() {
        if (correcting.get() != null) {
            correcting.set(null);
            clearForm();
            refreshRejected();
        }
    }

    /** Chooses the n-th nature the type allows (Ctrl+1 … Ctrl+4); false when there is none. */
    public boolean chooseNature(int n) {
        if (n < 0 || n >= natures.size()) {
            return false;
        }
        nature.set(natures.get(n));
        return true;
    }

    /**
     * Logs an information-only call answered with a knowledge-base article: its type is the chosen one, else the
     * article's first request type, else the catalogue's first information type.
     */
    public Submitted logInformation(ca.relais.api.KbArticleDto article) {
        TypeChoice t = type.get();
        if (t == null) {
            t = article.typeCodes().stream().flatMap(code -> matcher.all().stream().filter(c -> c.code().equals(code)))
                    .findFirst()
                    .orElseGet(() -> matcher.all().stream().filter(c -> "INFORMATION".equals(c.type().group()))
                            .findFirst().orElse(matcher.all().get(0)));
        }
        UUID id = UUID.randomUUID();
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("id", id.toString()).put("type_code", t.code())
                .put("nature", Nature.INFORMATION.name()).put("channel", channel.get().name())
                .put("description", description.get().isBlank() ? article.title() : description.get().strip())
                .put("kb_article_id", article.id());
        if (callerId.get() != null) {
            body.put("caller_id", callerId.get().toString());
        } else {
            body.putNull("caller_id");
        }
        body.putNull("location");
        body.putObject("attributes");
        String department = t.type().department();
        java.time.Instant now = context.clock().instant();
        Submitted s = new Submitted(id, reference(id), t.code(), Nature.INFORMATION, false);
        Runnable write = () -> context.writes().createRequest(body, context.username(), department, now);
        saveLocally(write, body, null, () -> {
            submitted.set(s);
            clearForm();
        });
        return s;
    }

    /**
     * Adds this call's caller to an existing open request instead of creating a new one ("Link as duplicate"); the
     * link is saved in the background, and should that fail the request is back in the form with the reason.
     * Returns false, with an explanation, when the call has no caller to link.
     */
    public boolean linkAsDuplicate(RequestDto existing) {
        if (existing == null) {
            return false;
        }
        if (callerId.get() == null) {
            typeError.set(UserMessage.of("capture.error.linkNeedsCaller"));
            return false;
        }
        UUID caller = callerId.get();
        TypeChoice t = type.get();
        AddressDto a = address.get();
        String text = description.get();
        saveFailed.set(null);
        saves.save(() -> {
            linked.set(existing);
            clearForm();
        }, () -> {
            context.writes().linkCaller(existing, caller);
            return null;
        }, done -> context.requestSync().run(), failure -> {
            org.slf4j.LoggerFactory.getLogger(RequestCaptureViewModel.class).warn(
                    "A link to a duplicate could not be saved locally; the form is back: {}",
                    ca.relais.domain.LogSafe.describe(failure));
            type.set(t);
            address.set(a);
            description.set(text);
            linked.set(null);
            UserMessage reason = UserMessage.of("capture.error.linkNotSaved");
            typeError.set(reason);
            saveFailed.set(reason);
        });
        return true;
    }

    /** A type's name in both languages; its code when the catalogue no longer has it. */
    public LocalizedText typeNameOf(String code) {
        return matcher.all().stream().filter(c -> c.code().equals(code)).findFirst().map(TypeChoice::name)
                .orElse(new LocalizedText(code, code));
    }

    public ObservableList<RejectedCapture> rejected() {
        return rejected;
    }

    public ReadOnlyObjectProperty<RejectedCapture> correctingProperty() {
        return correcting.getReadOnlyProperty();
    }

    /** Why the request being corrected was refused, when no field of the form carries the objection. */
    public ReadOnlyObjectProperty<UserMessage> rejectionProperty() {
        return rejection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RequestDto> linkedProperty() {
        return linked.getReadOnlyProperty();
    }

    /** The short reference read out before the server's number is known: the first 8 hex digits of the id. */
    public static String reference(UUID id) {
        String hex = id.toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        return hex.substring(0, 4) + "-" + hex.substring(4);
    }

    /** Empties the request form for the next request of the same call. */
    public void clearForm() {
        correcting.set(null);
        rejection.set(null);
        typeError.set(null);
        locationError.set(null);
        type.set(null);
        typeQuery.set("");
        address.set(null);
        addressQuery.set("");
        noLocation.set(false);
        description.set("");
        duplicates.clear();
    }

    public StringProperty typeQueryProperty() {
        return typeQuery;
    }

    public ObservableList<TypeChoice> typeSuggestions() {
        return typeSuggestions;
    }

    public ObjectProperty<TypeChoice> typeProperty() {
        return type;
    }

    public ObservableList<Nature> natures() {
        return natures;
    }

    public ObjectProperty<Nature> natureProperty() {
        return nature;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public StringProperty addressQueryProperty() {
        return addressQuery;
    }

    public ObservableList<AddressDto> addressSuggestions() {
        return addressSuggestions;
    }

    public ObjectProperty<AddressDto> addressProperty() {
        return address;
    }

    public BooleanProperty noLocationProperty() {
        return noLocation;
    }

    public ObservableList<AttributeField> fields() {
        return fields;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObservableList<LocalizedText> notices() {
        return notices;
    }

    public ObservableList<RequestDto> duplicates() {
        return duplicates;
    }

    public ObjectProperty<UUID> callerIdProperty() {
        return callerId;
    }

    public ObjectProperty<UserMessage> typeErrorProperty() {
        return typeError;
    }

    public ObjectProperty<UserMessage> locationErrorProperty() {
        return locationError;
    }

    public ReadOnlyObjectProperty<Submitted> submittedProperty() {
        return submitted.getReadOnlyProperty();
    }
}
