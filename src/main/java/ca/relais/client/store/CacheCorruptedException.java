package ca.relais.client.store;

import java.nio.file.Path;

/**
 * The cache file is damaged and cannot be opened. {@link CacheRecovery} saves the unsent changes from the outbox
 * journal to a file, sets the damaged file aside and starts a fresh cache that resynchronises from the server.
 */
public final class CacheCorruptedException extends Exception {
    private final transient Path file;

    public CacheCorruptedException(Path file, Throwable cause) {
        super("The local cache " + file + " is damaged and cannot be opened (" + rootMessage(cause) + "). Its unsent "
                + "changes are kept in the outbox journal beside it: recovery exports them to a file, sets the damaged "
                + "cache aside and starts a fresh one that sends them again and resynchronises from the server.", cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = String.valueOf(root.getMessage());
        int line = m.indexOf('\n');
        String first = line < 0 ? m : m.substring(0, line);
        return first.length() <= 160 ? first : first.substring(0, 160) + "…";
    }
}
