package ca.relais.client.store;

/** The local cache failed in a way the user cannot fix by retyping a password. */
public final class LocalStoreException extends RuntimeException {
    public LocalStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
