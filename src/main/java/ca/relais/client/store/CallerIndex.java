package ca.relais.client.store;

import ca.relais.domain.PhoneNumbers;
import ca.relais.domain.TextFolding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The caller lookup index, in memory only, built from the encrypted cache on first use and kept in step by the
 * mirror's writes. Every caller's phone digits and folded words sit in two large strings, so a lookup is a few
 * {@code indexOf} passes (which the JVM vectorises) rather than a table scan: phone fragments match anywhere in a
 * number, words match by their start, on the caller's name and email or on the words of their address.
 */
final class CallerIndex {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private final StringBuilder phones = new StringBuilder();
    private final StringBuilder words = new StringBuilder(" ");
    private int[] phoneStart = new int[1024];
    private int[] wordStart = new int[1024];
    private UUID[] ids = new UUID[1024];
    private String[] addressOf = new String[1024];
    private int size;
    private int dead;
    private final Map<UUID, Integer> slot = new HashMap<>();
    private final Map<String, Set<UUID>> callersAt = new HashMap<>();
    private final Map<String, String> addressWords = new HashMap<>();

    /** Adds or replaces a caller; {@code phones} is the stored {@code |digits|digits|} form. */
    void caller(UUID id, String phoneColumn, String foldedText, String addressId) {
        remove(id);
        if (size == ids.length) {
            int n = size * 2;
            phoneStart = Arrays.copyOf(phoneStart, n);
            wordStart = Arrays.copyOf(wordStart, n);
            ids = Arrays.copyOf(ids, n);
            addressOf = Arrays.copyOf(addressOf, n);
        }
        phoneStart[size] = phones.length();
        for (String p : phoneColumn.split("\\|")) {
            if (!p.isEmpty()) {
                phones.append(p).append('|');
            }
        }
        wordStart[size] = words.length();
        words.append(wordsOf(foldedText));
        ids[size] = id;
        addressOf[size] = addressId;
        slot.put(id, size);
        if (addressId != null) {
            callersAt.computeIfAbsent(addressId, k -> new LinkedHashSet<>()).add(id);
        }
        size++;
    }

    void remove(UUID id) {
        Integer old = slot.remove(id);
        if (old == null) {
            return;
        }
        ids[old] = null;
        if (addressOf[old] != null) {
            Set<UUID> at = callersAt.get(addressOf[old]);
            if (at != null) {
                at.remove(id);
            }
        }
        dead++;
        if (dead > 1_000 && dead > size / 2) {
            compact();
        }
    }

    void address(String id, String foldedText) {
        addressWords.put(id, " " + wordsOf(foldedText));
    }

    /** Ids of matching callers, at most {@code limit}, best candidates first. */
    List<UUID> search(String query, int limit) {
        Set<UUID> out = new LinkedHashSet<>();
        String fragment = phoneFragment(query);
        if (fragment != null) {
            for (int at = phones.indexOf(fragment); at >= 0 && out.size() < limit; at = phones.indexOf(fragment,
                    at + 1)) {
                UUID id = ids[record(phoneStart, at)];
                if (id != null) {
                    out.add(id);
                }
            }
            return new ArrayList<>(out);
        }
        List<String> tokens = tokens(query);
        if (tokens.isEmpty()) {
            for (int i = 0; i < size && out.size() < limit; i++) {
                if (ids[i] != null) {
                    out.add(ids[i]);
                }
            }
            return new ArrayList<>(out);
        }
        Map<String, Set<String>> addresses = new HashMap<>();
        String first = " " + tokens.get(0);
        for (int at = words.indexOf(first); at >= 0 && out.size() < limit; at = words.indexOf(first, at + 1)) {
            int i = record(wordStart, at + 1);
            if (ids[i] != null && matchesAll(i, tokens, addresses)) {
                out.add(ids[i]);
            }
        }
        for (String addressId : addressesMatching(tokens.get(0), addresses)) {
            for (UUID id : callersAt.getOrDefault(addressId, Set.of())) {
                if (out.size() >= limit) {
                    return new ArrayList<>(out);
                }
                if (matchesAll(slot.get(id), tokens, addresses)) {
                    out.add(id);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The digits to look for when the query is a phone number or a part of one; null when it is not. */
    static String phoneFragment(String query) {
        String q = query == null ? "" : query.strip();
        String digits = PhoneNumbers.searchDigits(q);
        if (digits.isEmpty() || !q.replaceAll("[\\d\\s().+-]", "").isEmpty()) {
            return null;
        }
        return digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
    }

    /** The folded words of a query that a caller must all match by their start (at most six). */
    static List<String> tokens(String query) {
        return Arrays.stream(NOT_WORD.split(TextFolding.fold(query == null ? "" : query.strip())))
                .filter(t -> !t.isEmpty()).distinct().limit(6).toList();
    }

    private boolean matchesAll(int i, List<String> tokens, Map<String, Set<String>> addresses) {
        String own = words.substring(wordStart[i] - 1, i + 1 < size ? wordStart[i + 1] : words.length());
        for (String t : tokens) {
            if (!own.contains(" " + t) && (addressOf[i] == null
                    || !addressesMatching(t, addresses).contains(addressOf[i]))) {
                return false;
            }
        }
        return true;
    }

    private Set<String> addressesMatching(String token, Map<String, Set<String>> cache) {
        return cache.computeIfAbsent(token, t -> {
            Set<String> found = new HashSet<>();
            String needle = " " + t;
            addressWords.forEach((id, text) -> {
                if (text.contains(needle)) {
                    found.add(id);
                }
            });
            return found;
        });
    }

    private int record(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, 0, size, offset);
        if (i < 0) {
            i = -i - 2;
        }
        while (i + 1 < size && starts[i + 1] == offset) {
            i++;
        }
        return Math.max(0, i);
    }

    private void compact() {
        String[] oldPhones = new String[size];
        String[] oldWords = new String[size];
        for (int i = 0; i < size; i++) {
            if (ids[i] != null) {
                oldPhones[i] = phones.substring(phoneStart[i], i + 1 < size ? phoneStart[i + 1] : phones.length());
                oldWords[i] = words.substring(wordStart[i], i + 1 < size ? wordStart[i + 1] : words.length());
            }
        }
        UUID[] oldIds = ids;
        String[] oldAddress = addressOf;
        int oldSize = size;
        phones.setLength(0);
        words.setLength(1);
        slot.clear();
        callersAt.clear();
        size = 0;
        dead = 0;
        ids = new UUID[ids.length];
        addressOf = new String[ids.length];
        for (int i = 0; i < oldSize; i++) {
            if (oldIds[i] != null) {
                caller(oldIds[i], oldPhones[i], oldWords[i], oldAddress[i]);
            }
        }
    }

    private static String wordsOf(String folded) {
        StringBuilder out = new StringBuilder();
        for (String w : NOT_WORD.split(folded == null ? "" : folded)) {
            if (!w.isEmpty()) {
                out.append(w).append(' ');
            }
        }
        return out.toString();
    }
}
