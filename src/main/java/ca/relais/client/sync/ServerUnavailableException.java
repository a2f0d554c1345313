package ca.relais.client.sync;

/** The server could not be reached, timed out, or answered with a 5xx or garbage: worth retrying later. */
public final class ServerUnavailableException extends Exception {
    public ServerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
