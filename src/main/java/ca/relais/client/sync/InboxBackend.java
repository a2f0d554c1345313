package ca.relais.client.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;

/**
 * The back office's calls on requests, all answered by the server at once (not queued): the department's queue, one
 * request with its history, and the inbox actions. A change made on an older version fails with
 * {@link VersionConflictException}; any other refusal is an {@link ApiException}; no answer is a
 * {@link ServerUnavailableException}.
 */
public interface InboxBackend {

    /** A department's queue as the server sorts it (by due time), up to {@code limit} requests. */
    Queue queue(String department, int limit) throws ApiException, ServerUnavailableException;

    /** The department's requests resolved or closed in the last 30 days, most recent first: to reopen one. */
    Queue recentlyClosed(String department, int limit) throws ApiException, ServerUnavailableException;

    /** One request with its whole history. */
    InboxRequest read(UUID id) throws ApiException, ServerUnavailableException;

    InboxRequest accept(UUID id, long version)
            throws ApiException, ServerUnavailableException, VersionConflictException;

    /** {@code PATCH}: status, resolution, resolution code... */
    InboxRequest update(UUID id, long version, ObjectNode patch)
            throws ApiException, ServerUnavailableException, VersionConflictException;

    InboxRequest reopen(UUID id, long version, String note)
            throws ApiException, ServerUnavailableException, VersionConflictException;

    void note(UUID id, String text, String visibility) throws ApiException, ServerUnavailableException;

    /** Hands the request to another department: {@code to_department}, {@code note}, {@code urgency}... */
    void handoff(UUID id, ObjectNode body) throws ApiException, ServerUnavailableException;

    /** Merges the duplicates into {@code master}. */
    InboxRequest merge(UUID master, List<Versioned> duplicates, String note)
            throws ApiException, ServerUnavailableException, VersionConflictException;

    /** One action on several requests; each gets its own result. {@code body} holds the action and its fields. */
    List<BulkResult> bulk(ObjectNode body, List<Versioned> items) throws ApiException, ServerUnavailableException;

    /** A request and the version a change was made on. */
    record Versioned(UUID id, long version) {
    }

    /** A page of the queue and how many requests the queue holds in all. */
    record Queue(List<InboxRequest> items, int total) {
    }

    /** The outcome of a bulk action for one request: its HTTP status, its new version, or why it was refused. */
    record BulkResult(UUID id, int status, Long version, String problem) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }
}
