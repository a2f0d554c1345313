package ca.relais.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Canadian postal codes ({@code A1A 1A1}): letters D, F, I, O, Q and U never appear; W and Z never lead. */
public final class PostalCodes {
    private static final Pattern CANADIAN =
            Pattern.compile("[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9]");

    private PostalCodes() {
    }

    /** The canonical form {@code J1H 5N4}, or empty when the text is not a Canadian postal code. */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = raw.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (compact.length() != 6 || !CANADIAN.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(compact.substring(0, 3) + " " + compact.substring(3));
    }
}
