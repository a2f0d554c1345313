package ca.relais.server.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque list cursors: an offset, encoded so clients do not build them by hand. */
public final class PageCursor {
    private PageCursor() {
    }

    public static String encode(long offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("o:" + offset).getBytes(StandardCharsets.US_ASCII));
    }

    /** The offset of a cursor; 0 for none; -1 when the cursor is not one of ours. */
    public static long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!s.startsWith("o:")) {
                return -1;
            }
            long offset = Long.parseLong(s.substring(2));
            return offset < 0 ? -1 : offset;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
