package ca.relais.client.ui.knowledge;

import java.util.regex.Pattern;

/**
 * An article's Markdown body as the panel shows it: without the {@code **Script :**} line that some bodies repeat,
 * since the script is shown apart.
 */
public final class ArticleText {
    private static final Pattern SCRIPT_LINE = Pattern.compile(
            "(?im)^[ \\t]*\\*\\*[ \\t]*Script[ \\t]*:?[ \\t]*:?\\*\\*.*$\\R?");

    private ArticleText() {
    }

    public static String withoutScript(String markdown) {
        return markdown == null ? "" : SCRIPT_LINE.matcher(markdown).replaceAll("").strip();
    }
}
