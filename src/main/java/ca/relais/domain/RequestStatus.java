package ca.relais.domain;

/** Life cycle of a request. */
public enum RequestStatus {
    NEW, ASSIGNED, IN_PROGRESS, WAITING, RESOLVED, CLOSED, DUPLICATE, CANCELLED;

    public boolean isOpen() {
        return this == NEW || this == ASSIGNED || this == IN_PROGRESS || this == WAITING;
    }
}
