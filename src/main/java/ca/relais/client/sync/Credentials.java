package ca.relais.client.sync;

import java.util.Arrays;

/**
 * The signed-in user's name and password, kept in memory for the session only, so that an expired token is renewed
 * without interrupting the agent and without losing the outbox.
 */
public final class Credentials implements AutoCloseable {
    private final String username;
    private final char[] password;

    public Credentials(String username, char[] password) {
        this.username = username;
        this.password = password.clone();
    }

    public String username() {
        return username;
    }

    char[] password() {
        return password;
    }

    @Override
    public void close() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return "Credentials[" + username + ", ***]";
    }
}
