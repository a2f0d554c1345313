package ca.relais.client.ui.inbox;

import ca.relais.api.CatalogueDto;
import ca.relais.client.sync.InboxBackend;
import ca.relais.client.sync.InboxRequest;
import ca.relais.domain.RequestStatus;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the inbox's action form asks for, checked and turned into the call to make, without making it: the form is
 * incomplete (with the reason), or one call on one request (versioned, so a stale one opens the conflict, or plain),
 * or one bulk call on a selection.
 */
final class InboxActionPlan {
    private InboxActionPlan() {
    }

    /** What the user filled in; {@code note} is stripped. */
    record Form(String note, RequestStatus status, String resolutionCode, CatalogueDto.DepartmentDto target,
                String urgency, InboxRequest master) {
    }

    @FunctionalInterface
    interface VersionedCall {
        InboxRequest send(long version) throws Exception;
    }

    @FunctionalInterface
    interface PlainCall {
        void send() throws Exception;
    }

    sealed interface Plan permits Nothing, Incomplete, Versioned, Plain, Bulk {
    }

    /** No form is open. */
    record Nothing() implements Plan {
    }

    record Incomplete(String messageKey) implements Plan {
    }

    /** One request, sent with the version it was seen at; {@code changes} are what a conflict shows as mine. */
    record Versioned(String actionKey, InboxRequest seen, Map<String, String> changes, VersionedCall call)
            implements Plan {
    }

    record Plain(String actionKey, InboxRequest seen, PlainCall call) implements Plan {
    }

    record Bulk(String actionKey, ObjectNode body, List<InboxRequest> on) implements Plan {
    }

    /** The plan for {@code mode}, made on the requests {@code on} as they were when the form opened. */
    static Plan of(InboxViewModel.Mode mode, Form form, List<InboxRequest> on, InboxBackend backend) {
        return switch (mode) {
            case NONE -> new Nothing();
            case NOTE_INTERNAL, NOTE_PUBLIC -> note(mode, form, on, backend);
            case STATUS -> status(form, on, backend);
            case REASSIGN -> reassign(form, on, backend);
            case MERGE -> merge(form, on, backend);
            case REOPEN -> reopen(form, on, backend);
        };
    }

    private static Plan note(InboxViewModel.Mode mode, Form form, List<InboxRequest> on, InboxBackend backend) {
        if (form.note().isEmpty()) {
            return new Incomplete("inbox.error.text");
        }
        String visibility = mode == InboxViewModel.Mode.NOTE_PUBLIC ? "PUBLIC" : "INTERNAL";
        if (on.size() > 1) {
            return new Bulk("inbox.action.note", JsonNodeFactory.instance.objectNode().put("action", "note")
                    .put("text", form.note()).put("visibility", visibility), on);
        }
        InboxRequest one = on.get(0);
        return new Plain("inbox.action.note", one, () -> backend.note(one.request().id(), form.note(), visibility));
    }

    private static Plan status(Form form, List<InboxRequest> on, InboxBackend backend) {
        RequestStatus next = form.status();
        if (next == null) {
            return new Incomplete("inbox.error.status");
        }
        if (next.needsResolution() && form.resolutionCode() == null) {
            return new Incomplete("inbox.error.resolutionCode");
        }
        ObjectNode patch = JsonNodeFactory.instance.objectNode().put("status", next.name());
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("status", next.name());
        if (next.needsResolution()) {
            patch.put("resolution_code", form.resolutionCode());
            changes.put("resolution_code", form.resolutionCode());
            if (!form.note().isEmpty()) {
                patch.put("resolution", form.note());
                changes.put("resolution", form.note());
            }
        }
        if (on.size() > 1) {
            return new Bulk("inbox.action.status", patch.deepCopy().put("action", "status"), on);
        }
        InboxRequest one = on.get(0);
        return new Versioned("inbox.action.status", one, changes,
                version -> backend.update(one.request().id(), version, patch));
    }

    private static Plan reassign(Form form, List<InboxRequest> on, InboxBackend backend) {
        CatalogueDto.DepartmentDto to = form.target();
        if (to == null) {
            return new Incomplete("inbox.error.department");
        }
        if (on.stream().anyMatch(i -> to.code().equals(i.request().department()))) {
            return new Incomplete("inbox.error.sameDepartment");
        }
        if (form.note().isEmpty()) {
            return new Incomplete("inbox.error.handoffNote");
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("to_department", to.code())
                .put("note", form.note()).put("urgency", form.urgency());
        if (on.size() > 1) {
            return new Bulk("inbox.action.reassign", body.deepCopy().put("action", "handoff"), on);
        }
        InboxRequest one = on.get(0);
        return new Plain("inbox.action.reassign", one, () -> backend.handoff(one.request().id(), body));
    }

    private static Plan merge(Form form, List<InboxRequest> on, InboxBackend backend) {
        InboxRequest chosen = form.master();
        InboxRequest into = chosen == null ? null : on.stream()
                .filter(i -> i.request().id().equals(chosen.request().id())).findFirst().orElse(null);
        if (into == null) {
            return new Incomplete("inbox.error.master");
        }
        List<InboxBackend.Versioned> duplicates = on.stream().filter(i -> i != into)
                .map(i -> new InboxBackend.Versioned(i.request().id(), i.request().version())).toList();
        return new Versioned("inbox.action.merge", into, Map.of(),
                version -> backend.merge(into.request().id(), duplicates, form.note()));
    }

    private static Plan reopen(Form form, List<InboxRequest> on, InboxBackend backend) {
        if (form.note().isEmpty()) {
            return new Incomplete("inbox.error.reopenNote");
        }
        InboxRequest one = on.get(0);
        return new Versioned("inbox.action.reopen", one, Map.of("status", RequestStatus.IN_PROGRESS.name()),
                version -> backend.reopen(one.request().id(), version, form.note()));
    }
}
