package ca.relais.client.ui.kbadmin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The light Markdown of articles, read into blocks for the editor's preview: headings ({@code #}), paragraphs,
 * bulleted ({@code -}, {@code *}) and numbered ({@code 1.}) items, quotes ({@code >}); inside them **bold**, *italic*
 * or _italic_, `code`, and [links](url) shown as their text.
 */
public final class MarkdownBlocks {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})[.)]\\s+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^\\s*>\\s?(.*)$");
    private static final Pattern INLINE = Pattern.compile(
            "\\*\\*\\*(.+?)\\*\\*\\*|\\*\\*(.+?)\\*\\*|__(.+?)__|\\*(?!\\s)(.+?)\\*|(?<![\\w])_(?!\\s)(.+?)_(?![\\w])|`([^`]+)`"
                    + "|\\[([^\\]]+)]\\(([^)\\s]+)\\)");

    private MarkdownBlocks() {
    }

    /** What a block is. */
    public enum Kind { HEADING, PARAGRAPH, BULLET, NUMBERED, QUOTE }

    /** A run of text with one style. */
    public record Span(String text, boolean bold, boolean italic, boolean code) {
    }

    /** One block: its kind, its level (heading depth, or the item's number), and its text. */
    public record Block(Kind kind, int level, List<Span> spans) {
        public String text() {
            StringBuilder sb = new StringBuilder();
            spans.forEach(s -> sb.append(s.text()));
            return sb.toString();
        }
    }

    public static List<Block> parse(String markdown) {
        List<Block> out = new ArrayList<>();
        if (markdown == null) {
            return out;
        }
        StringBuilder paragraph = new StringBuilder();
        for (String line : markdown.split("\r?\n", -1)) {
            Matcher m;
            if (line.isBlank()) {
                flush(paragraph, out);
            } else if ((m = HEADING.matcher(line)).matches()) {
                flush(paragraph, out);
                out.add(new Block(Kind.HEADING, m.group(1).length(), inline(m.group(2))));
            } else if ((m = BULLET.matcher(line)).matches()) {
                flush(paragraph, out);
                out.add(new Block(Kind.BULLET, 0, inline(m.group(1))));
            } else if ((m = NUMBERED.matcher(line)).matches()) {
                flush(paragraph, out);
                out.add(new Block(Kind.NUMBERED, Integer.parseInt(m.group(1)), inline(m.group(2))));
            } else if ((m = QUOTE.matcher(line)).matches()) {
                flush(paragraph, out);
                out.add(new Block(Kind.QUOTE, 0, inline(m.group(1))));
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        flush(paragraph, out);
        return out;
    }

    private static void flush(StringBuilder paragraph, List<Block> out) {
        if (!paragraph.isEmpty()) {
            out.add(new Block(Kind.PARAGRAPH, 0, inline(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    static List<Span> inline(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                spans.add(new Span(text.substring(at, m.start()), false, false, false));
            }
            if (m.group(1) != null) {
                spans.add(new Span(m.group(1), true, true, false));
            } else if (m.group(2) != null || m.group(3) != null) {
                String inner = m.group(2) != null ? m.group(2) : m.group(3);
                for (Span s : inline(inner)) {
                    spans.add(new Span(s.text(), true, s.italic(), s.code()));
                }
            } else if (m.group(4) != null || m.group(5) != null) {
                spans.add(new Span(m.group(4) != null ? m.group(4) : m.group(5), false, true, false));
            } else if (m.group(6) != null) {
                spans.add(new Span(m.group(6), false, false, true));
            } else {
                spans.add(new Span(m.group(7), false, false, false));
            }
            at = m.end();
        }
        if (at < text.length()) {
            spans.add(new Span(text.substring(at), false, false, false));
        }
        return spans;
    }
}
