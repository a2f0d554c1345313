package ca.relais.server.sync;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;

/** The opaque pull-feed cursor: this database's epoch and a sequence number, base64url-encoded. */
public final class FeedCursor {
    private FeedCursor() {
    }

    public static String encode(String epoch, long seq) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("v1." + epoch + "." + seq).getBytes(StandardCharsets.US_ASCII));
    }

    /** The sequence of a cursor of this epoch; empty when the cursor belongs to another database. */
    public static OptionalLong decode(String cursor, String epoch) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a feed cursor");
        }
        String[] parts = text.split("\\.");
        if (parts.length != 3 || !"v1".equals(parts[0])) {
            throw new IllegalArgumentException("not a feed cursor");
        }
        long seq;
        try {
            seq = Long.parseLong(parts[2]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a feed cursor");
        }
        if (seq < 0) {
            throw new IllegalArgumentException("not a feed cursor");
        }
        return parts[1].equals(epoch) ? OptionalLong.of(seq) : OptionalLong.empty();
    }
}
