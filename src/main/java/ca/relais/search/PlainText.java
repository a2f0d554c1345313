package ca.relais.search;

import java.util.regex.Pattern;

/** Markdown reduced to plain sentences for indexing and snippets: no markup, no angle brackets, one line. */
public final class PlainText {
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINE_MARKUP = Pattern.compile("(?m)^\\s*(#{1,6}\\s+|[-*+]\\s+|\\d+[.)]\\s+|>\\s*)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{2,3}|`+|~~)");
    private static final Pattern TAGS = Pattern.compile("</?[a-zA-Z][^<>]*>");
    private static final Pattern BRACKETS = Pattern.compile("[<>]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern TERMINATED = Pattern.compile(".*[.!?:;…]$");

    private PlainText() {
    }

    public static String of(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String text = LINK.matcher(markdown).replaceAll("$1");
        text = LINE_MARKUP.matcher(text).replaceAll("");
        text = EMPHASIS.matcher(text).replaceAll("");
        text = TAGS.matcher(text).replaceAll("");
        text = BRACKETS.matcher(text).replaceAll(" ");
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\\R")) {
            String clean = SPACES.matcher(line).replaceAll(" ").strip();
            if (clean.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(clean);
            if (!TERMINATED.matcher(clean).matches()) {
                out.append('.');
            }
        }
        return out.toString();
    }
}
