package ca.relais.domain;

/**
 * Throwables as they may go into a log file: the class names, SQL states and stack frames, never the messages,
 * which can quote what failed (a SQL statement's values, a slice of JSON input, a caller's name or phone number).
 */
public final class LogSafe {
    private static final int MAX_CAUSES = 10;

    private LogSafe() {
    }

    /** A copy of {@code error} and its causes, with the same stack frames and no message. */
    public static Throwable redact(Throwable error) {
        return redact(error, 0);
    }

    /** One line for a log message: the class and the SQL state of the error and its causes. */
    public static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        Throwable t = error;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            text.append(depth == 0 ? "" : " caused by ").append(label(t));
        }
        return text.toString();
    }

    private static Throwable redact(Throwable error, int depth) {
        Throwable cause = error.getCause() != null && depth < MAX_CAUSES ? redact(error.getCause(), depth + 1) : null;
        Redacted copy = new Redacted(label(error), cause);
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    private static String label(Throwable t) {
        if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
            return t.getClass().getName() + " (SQLState " + sql.getSQLState() + ", code " + sql.getErrorCode() + ")";
        }
        return t.getClass().getName();
    }

    /** Prints as the original class name, without a message. */
    private static final class Redacted extends RuntimeException {
        private final String label;

        Redacted(String label, Throwable cause) {
            super(label + " [message withheld]", cause, false, true);
            this.label = label;
        }

        @Override
        public String toString() {
            return label + " [message withheld]";
        }
    }
}
