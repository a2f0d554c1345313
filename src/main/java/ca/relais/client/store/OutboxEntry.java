package ca.relais.client.store;

import java.time.Instant;

/**
 * One local write waiting for the server, in the order it was made.
 *
 * @param baseVersion the server version the edit was made on (updates only)
 * @param baseJson    the state the edit was made on, for a field-by-field merge after a 412
 */
public record OutboxEntry(long mutationId, Kind kind, String entityId, String bodyJson, Long baseVersion,
                          String baseJson, State state, int attempts, String lastError, String problemJson,
                          Instant createdAt) {

    /** What the entry asks the server to do. */
    public enum Kind {
        CREATE_CALLER, UPDATE_CALLER, CREATE_REQUEST, UPDATE_REQUEST, NOTE, HANDOFF, LINK_CALLER, KB_FEEDBACK, KB_GAP;

        /** True for the kinds whose answer is a request or a caller, which the mirror takes in. */
        public boolean answersWithARecord() {
            return this != KB_FEEDBACK && this != KB_GAP;
        }
    }

    /**
     * {@code PENDING} waits to be sent; {@code REJECTED} got a definite 4xx and waits for a person; {@code CONFLICT}
     * changed a field that someone else changed too.
     */
    public enum State { PENDING, REJECTED, CONFLICT }
}
