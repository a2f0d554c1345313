package ca.relais.client.ui.knowledge;

import ca.relais.client.knowledge.KnowledgeLookup;
import ca.relais.client.store.LocalWrites;
import ca.relais.domain.LocalizedText;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the knowledge panel needs: where articles are read, where feedback and gaps are saved (the outbox), a way to
 * ask the sync engine to push soon, the search language, the departments' names and the clock.
 */
public record KnowledgeContext(KnowledgeLookup lookup, LocalWrites writes, Runnable requestSync,
                               Supplier<String> language, Map<String, LocalizedText> departments, Clock clock) {
}
