package ca.relais.client.ui.knowledge;

import java.util.ArrayList;
import java.util.List;

/** A search snippet cut into plain and matched parts: {@code <mark>} and {@code </mark>} are its only markup. */
public final class Highlight {
    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";

    private Highlight() {
    }

    /** A run of text, matched by the query or not. */
    public record Part(String text, boolean matched) {
    }

    public static List<Part> parts(String snippet) {
        List<Part> out = new ArrayList<>();
        if (snippet == null) {
            return out;
        }
        int at = 0;
        while (at < snippet.length()) {
            int open = snippet.indexOf(OPEN, at);
            int close = open < 0 ? -1 : snippet.indexOf(CLOSE, open + OPEN.length());
            if (open < 0 || close < 0) {
                out.add(new Part(snippet.substring(at).replace(OPEN, "").replace(CLOSE, ""), false));
                break;
            }
            if (open > at) {
                out.add(new Part(snippet.substring(at, open).replace(CLOSE, ""), false));
            }
            out.add(new Part(snippet.substring(open + OPEN.length(), close), true));
            at = close + CLOSE.length();
        }
        out.removeIf(p -> p.text().isEmpty());
        return out;
    }

    public static String plain(String snippet) {
        return snippet == null ? "" : snippet.replace(OPEN, "").replace(CLOSE, "");
    }
}
