package ca.relais.search;

import java.util.Collection;

/** Edit distances for typo tolerance: optimal string alignment (a swap of two neighbours costs one edit). */
final class Spelling {
    private Spelling() {
    }

    /** Edits allowed for a term: none under 5 characters, 1 from 5, 2 from 8. */
    static int maxEdits(String term) {
        return term.length() >= 8 ? 2 : term.length() >= 5 ? 1 : 0;
    }

    /** The closest word within {@link #maxEdits} of {@code word}, or null when there is none. */
    static String closest(String word, Collection<String> vocabulary) {
        int limit = maxEdits(word);
        String best = null;
        int bestDistance = limit + 1;
        for (String candidate : vocabulary) {
            if (Math.abs(candidate.length() - word.length()) > limit) {
                continue;
            }
            int d = distance(word, candidate, bestDistance);
            if (d < bestDistance || d == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    static int distance(String a, String b, int ceiling) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > ceiling) {
                return rowMin;
            }
        }
        return d[a.length()][b.length()];
    }
}
