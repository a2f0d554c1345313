package ca.relais.client.ui.call;

import ca.relais.domain.TextFolding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a caller search matched in a text, so the results can show it: phone fragments match digits whatever the
 * separators ("4321" in "819 555-4321"), words match the start of words without regard to case or accents ("cote"
 * in "Côté").
 */
public final class Highlights {
    /** A piece of the text, matched or not. */
    public record Segment(String text, boolean match) {
    }

    private Highlights() {
    }

    public static List<Segment> of(String text, String query) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        boolean[] marked = new boolean[text.length()];
        String q = query == null ? "" : query.strip();
        if (q.matches("[\\d\\s().+-]+")) {
            String digits = q.replaceAll("\\D", "");
            if (digits.length() >= 3) {
                markDigits(text, digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits,
                        marked);
            }
            return segments(text, marked);
        }
        for (String word : TextFolding.fold(q).split("[^\\p{L}\\p{N}]+")) {
            if (word.matches("\\d{3,}")) {
                markDigits(text, word, marked);
            } else if (!word.isEmpty() && !word.chars().allMatch(Character::isDigit)) {
                markWordStarts(text, word, marked);
            }
        }
        return segments(text, marked);
    }

    private static List<Segment> segments(String text, boolean[] marked) {
        List<Segment> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marked[i] != marked[start]) {
                out.add(new Segment(text.substring(start, i), marked[start]));
                start = i;
            }
        }
        return out;
    }

    private static void markDigits(String text, String digits, boolean[] marked) {
        StringBuilder only = new StringBuilder();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                only.append(text.charAt(i));
                at.add(i);
            }
        }
        for (int i = only.indexOf(digits); i >= 0; i = only.indexOf(digits, i + 1)) {
            Arrays.fill(marked, at.get(i), at.get(i + digits.length() - 1) + 1, true);
        }
    }

    private static void markWordStarts(String text, String word, boolean[] marked) {
        StringBuilder folded = new StringBuilder();
        List<Integer> from = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            String f = TextFolding.fold(String.valueOf(text.charAt(i)));
            if (f.isEmpty()) {
                f = " ";
            }
            for (int k = 0; k < f.length(); k++) {
                folded.append(f.charAt(k));
                from.add(i);
            }
        }
        for (int i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + 1)) {
            if (i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1))) {
                Arrays.fill(marked, from.get(i), from.get(i + word.length() - 1) + 1, true);
            }
        }
    }
}
