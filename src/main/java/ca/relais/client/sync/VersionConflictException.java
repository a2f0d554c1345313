package ca.relais.client.sync;

/** The server refused a change made on an older version (412): {@link #current()} is the request as it is now. */
public final class VersionConflictException extends Exception {
    private final transient InboxRequest current;

    public VersionConflictException(InboxRequest current) {
        super("Changed by someone else");
        this.current = current;
    }

    public InboxRequest current() {
        return current;
    }
}
