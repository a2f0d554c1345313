package ca.relais.client.ui.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's Markdown body as blocks the panel can show: headings (a line in bold on its own, or {@code #}),
 * bullets and paragraphs, without the script line (shown apart) and without emphasis marks.
 */
public final class ArticleText {
    private static final Pattern SCRIPT = Pattern.compile("^\\s*\\*\\*\\s*(Script|Texte)\\s*:?\\s*\\*\\*.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOLD_LINE = Pattern.compile("^\\s*\\*\\*([^*]+?)\\s*:?\\s*\\*\\*\\s*:?\\s*$");
    private static final Pattern ATX = Pattern.compile("^\\s*#{1,6}\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}|_{2,3}|`+|~~");

    private ArticleText() {
    }

    /** One block of an article. */
    public record Block(Kind kind, String text) {
    }

    /** How a block is shown. */
    public enum Kind { HEADING, BULLET, PARAGRAPH }

    public static List<Block> blocks(String markdown) {
        List<Block> out = new ArrayList<>();
        if (markdown == null) {
            return out;
        }
        StringBuilder paragraph = new StringBuilder();
        for (String line : markdown.split("\\R")) {
            Matcher bold = BOLD_LINE.matcher(line);
            Matcher atx = ATX.matcher(line);
            Matcher bullet = BULLET.matcher(line);
            if (line.isBlank() || SCRIPT.matcher(line).matches()) {
                flush(paragraph, out);
            } else if (bold.matches() || atx.matches()) {
                flush(paragraph, out);
                out.add(new Block(Kind.HEADING, clean(bold.matches() ? bold.group(1) : atx.group(1))));
            } else if (bullet.matches()) {
                flush(paragraph, out);
                out.add(new Block(Kind.BULLET, clean(bullet.group(1))));
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        flush(paragraph, out);
        return out;
    }

    private static void flush(StringBuilder paragraph, List<Block> out) {
        if (!paragraph.isEmpty()) {
            out.add(new Block(Kind.PARAGRAPH, clean(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    private static String clean(String text) {
        return EMPHASIS.matcher(LINK.matcher(text).replaceAll("$1")).replaceAll("").strip();
    }
}
