package ca.relais.domain;

/** What happened to a request, as its history records it. */
public enum EventKind {
    CREATED, NOTE, STATUS, HANDOFF, ASSIGNED, UPDATED, MERGED, CALLER_LINKED, ACCEPTED, REOPENED, MERGED_INTO
}
