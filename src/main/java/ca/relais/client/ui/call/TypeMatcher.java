package ca.relais.client.ui.call;

import ca.relais.api.CatalogueDto;
import ca.relais.domain.TextFolding;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ranks request types as the agent types: every word must start a word of the type's names, keywords or group, in
 * French or English, without regard to accents; names beat keywords, and the line's frequent types come first.
 */
public final class TypeMatcher {
    private final List<TypeChoice> choices;
    private final String line;

    public TypeMatcher(CatalogueDto catalogue, String line) {
        Map<String, CatalogueDto.GroupDto> groups = catalogue.groups().stream()
                .collect(Collectors.toMap(CatalogueDto.GroupDto::code, Function.identity(), (a, b) -> a));
        this.choices = catalogue.items().stream().map(t -> TypeChoice.of(t, groups.get(t.group()))).toList();
        this.line = line;
    }

    public List<TypeChoice> all() {
        return choices;
    }

    public List<TypeChoice> match(String query, int limit) {
        String[] words = Arrays.stream(TextFolding.fold(query).split("[\\s'’-]+")).filter(w -> !w.isBlank())
                .toArray(String[]::new);
        return choices.stream()
                .map(c -> new Scored(c, score(c, words)))
                .filter(s -> s.score() > 0)
                .sorted(Comparator.comparingInt(Scored::score).reversed()
                        .thenComparing(s -> s.choice().name().fr()))
                .limit(limit)
                .map(Scored::choice)
                .toList();
    }

    private record Scored(TypeChoice choice, int score) {
    }

    private int score(TypeChoice c, String[] words) {
        int frequent = line != null && c.type().lines().contains(line) ? 5 : 0;
        if (words.length == 0) {
            return 1 + frequent;
        }
        int total = frequent;
        for (String w : words) {
            if (startsWord(c.foldedNames(), w)) {
                total += 20;
            } else if (startsWord(c.folded(), w)) {
                total += 10;
            } else if (w.length() >= 4 && c.folded().contains(w)) {
                total += 3;
            } else {
                return 0;
            }
        }
        return total;
    }

    private static boolean startsWord(String text, String word) {
        int i = text.indexOf(word);
        while (i >= 0) {
            if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                return true;
            }
            i = text.indexOf(word, i + 1);
        }
        return false;
    }
}
