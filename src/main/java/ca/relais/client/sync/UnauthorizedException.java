package ca.relais.client.sync;

/** The server no longer accepts the token: sign in again, keeping everything local. */
public final class UnauthorizedException extends Exception {
    public UnauthorizedException(String message) {
        super(message);
    }
}
