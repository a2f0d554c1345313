package ca.relais.client.store;

/** The cache exists but this password does not open it. */
public final class CacheLockedException extends Exception {
    public CacheLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
