package ca.relais.client.ui.call;

import ca.relais.domain.Channel;
import ca.relais.domain.Nature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;

/** Saves the call screen as a draft on every change, and puts a saved draft back after a restart. */
final class DraftBinding {
    private final CallViewModel call;
    private final CaptureContext context;
    private final DraftKeeper keeper;
    private final InvalidationListener save = o -> save();
    private boolean restoring;

    DraftBinding(CallViewModel call, CaptureContext context, DraftKeeper keeper) {
        this.call = call;
        this.context = context;
        this.keeper = keeper;
    }

    void bind() {
        keeper.load().ifPresent(this::restore);
        CallerLookupViewModel c = call.caller();
        RequestCaptureViewModel r = call.request();
        List<Observable> watched = List.of(c.queryProperty(), c.callerProperty(), c.anonymousProperty(),
                c.creatingProperty(), c.firstNameProperty(), c.lastNameProperty(), c.phoneProperty(),
                c.emailProperty(), r.typeProperty(), r.natureProperty(), r.channelProperty(), r.addressProperty(),
                r.addressQueryProperty(), r.noLocationProperty(), r.descriptionProperty());
        watched.forEach(o -> o.addListener(save));
        r.fields().addListener((ListChangeListener<AttributeField>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
            }
        });
        r.fields().forEach(this::watch);
    }

    private void watch(AttributeField f) {
        f.textProperty().addListener(save);
        f.choiceProperty().addListener(save);
        f.choices().addListener((javafx.collections.SetChangeListener<String>) ch -> save());
    }

    private void save() {
        if (!restoring) {
            keeper.save(capture());
        }
    }

    CallDraft capture() {
        CallerLookupViewModel c = call.caller();
        RequestCaptureViewModel r = call.request();
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> choices = new LinkedHashMap<>();
        Map<String, List<String>> multi = new LinkedHashMap<>();
        for (AttributeField f : r.fields()) {
            if (!f.textProperty().get().isEmpty()) {
                texts.put(f.code(), f.textProperty().get());
            }
            if (f.choiceProperty().get() != null) {
                choices.put(f.code(), f.choiceProperty().get());
            }
            if (!f.choices().isEmpty()) {
                multi.put(f.code(), new ArrayList<>(f.choices()));
            }
        }
        return new CallDraft(c.queryProperty().get(), c.callerProperty().get() == null ? null
                : c.callerProperty().get().id(), c.anonymousProperty().get(), c.creatingProperty().get(),
                c.firstNameProperty().get(), c.lastNameProperty().get(), c.phoneProperty().get(),
                c.emailProperty().get(), r.typeProperty().get() == null ? null : r.typeProperty().get().code(),
                r.natureProperty().get() == null ? null : r.natureProperty().get().name(),
                r.channelProperty().get() == null ? null : r.channelProperty().get().name(),
                r.addressProperty().get() == null ? null : r.addressProperty().get().id(),
                r.addressQueryProperty().get(), r.noLocationProperty().get(), r.descriptionProperty().get(), texts,
                choices, multi);
    }

    void restore(CallDraft d) {
        restoring = true;
        try {
            CallerLookupViewModel c = call.caller();
            RequestCaptureViewModel r = call.request();
            c.queryProperty().set(nz(d.callerQuery()));
            if (d.callerId() != null) {
                context.mirror().caller(d.callerId()).ifPresent(c::choose);
            }
            c.anonymousProperty().set(d.anonymous());
            if (d.creating()) {
                c.startNewCaller();
                c.firstNameProperty().set(nz(d.firstName()));
                c.lastNameProperty().set(nz(d.lastName()));
                c.phoneProperty().set(nz(d.phone()));
                c.emailProperty().set(nz(d.email()));
            }
            if (d.typeCode() != null) {
                r.typeQueryProperty().set("");
                new TypeMatcher(context.catalogue(), context.lineCode()).all().stream()
                        .filter(t -> t.code().equals(d.typeCode())).findFirst().ifPresent(r.typeProperty()::set);
            }
            if (d.nature() != null) {
                r.natureProperty().set(Nature.valueOf(d.nature()));
            }
            if (d.channel() != null) {
                r.channelProperty().set(Channel.valueOf(d.channel()));
            }
            r.addressQueryProperty().set(nz(d.addressQuery()));
            if (d.addressId() != null) {
                context.mirror().address(d.addressId()).ifPresent(r.addressProperty()::set);
            }
            r.noLocationProperty().set(d.noLocation());
            r.descriptionProperty().set(nz(d.description()));
            for (AttributeField f : r.fields()) {
                if (d.texts() != null && d.texts().containsKey(f.code())) {
                    f.textProperty().set(d.texts().get(f.code()));
                }
                if (d.choices() != null && d.choices().containsKey(f.code())) {
                    f.choiceProperty().set(d.choices().get(f.code()));
                }
                if (d.multi() != null && d.multi().containsKey(f.code())) {
                    f.choices().addAll(d.multi().get(f.code()));
                }
            }
        } finally {
            restoring = false;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
