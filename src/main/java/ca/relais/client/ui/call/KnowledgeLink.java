package ca.relais.client.ui.call;

import ca.relais.client.ui.knowledge.KnowledgeViewModel;

/**
 * The knowledge panel follows the call: the description and the chosen type drive its suggestions, a new call ends
 * its search, and "used to answer" logs an information interaction in this call. A draft restored before the link
 * is followed at once.
 */
public final class KnowledgeLink {
    private KnowledgeLink() {
    }

    public static void connect(CallViewModel call, KnowledgeViewModel knowledge) {
        RequestCaptureViewModel request = call.request();
        request.descriptionProperty().addListener((o, a, text) -> knowledge.describe(text));
        request.typeProperty().addListener((o, a, type) -> knowledge.typeChosen(type == null ? null : type.code()));
        call.onNewCall(knowledge::newCall);
        knowledge.onUsedToAnswer(request::logInformation);
        if (request.typeProperty().get() != null) {
            knowledge.typeChosen(request.typeProperty().get().code());
        }
        if (!request.descriptionProperty().get().isBlank()) {
            knowledge.describe(request.descriptionProperty().get());
        }
    }
}
