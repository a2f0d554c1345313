package ca.relais.search.eval;

import ca.relais.api.KbArticleDto;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The real Quebec-French FAQ retrieval set (shared/data/kb-fr-covidfaq), read at run time and never copied: the 50
 * answers of {@code data__fr__responses.md} become articles (id: the faq_id; title: the topic named by the id and the
 * answer's first informative sentence; body: the answer), and {@code derived_queries_fr.tsv} gives the 712 queries.
 */
public final class CovidFaq {
    public static final String RESPONSES = "data__fr__responses.md";
    public static final String QUERIES = "derived_queries_fr.tsv";
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+");

    private CovidFaq() {
    }

    public static boolean present(Path dir) {
        return dir != null && Files.isRegularFile(dir.resolve(RESPONSES)) && Files.isRegularFile(dir.resolve(QUERIES));
    }

    public static List<KbArticleDto> articles(Path dir) throws IOException {
        List<KbArticleDto> articles = new ArrayList<>();
        String id = null;
        StringBuilder answer = new StringBuilder();
        for (String line : Files.readAllLines(dir.resolve(RESPONSES), StandardCharsets.UTF_8)) {
            String text = line.strip();
            if (text.startsWith("## ")) {
                add(articles, id, answer);
                id = text.substring(3).strip();
                answer.setLength(0);
            } else if (id != null && text.startsWith("- ")) {
                answer.append(answer.isEmpty() ? "" : "\n").append(text.substring(2).strip());
            }
        }
        add(articles, id, answer);
        return articles;
    }

    public static List<JudgedQuery> queries(Path dir) throws IOException {
        List<JudgedQuery> queries = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir.resolve(QUERIES), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            int tab = line.indexOf('\t');
            if (tab > 0 && !line.substring(tab + 1).isBlank()) {
                queries.add(new JudgedQuery(line.substring(tab + 1).strip(), "fr", Set.of(line.substring(0, tab))));
            }
        }
        return queries;
    }

    private static void add(List<KbArticleDto> articles, String id, StringBuilder answer) {
        if (id == null || answer.isEmpty()) {
            return;
        }
        String body = answer.toString();
        String title = topic(id) + " : " + firstInformativeSentence(body);
        articles.add(new KbArticleDto(id, "fr", title, body, List.of(), "SCEC", "PUBLIC", null, null, List.of(),
                null, null, List.of(), false));
    }

    static String topic(String id) {
        return LEADING_NUMBER.matcher(id).replaceFirst("").replace('-', ' ').strip();
    }

    static String firstInformativeSentence(String body) {
        String[] sentences = SENTENCE_END.split(body.strip());
        for (String sentence : sentences) {
            if (sentence.split("\\s+").length > 3) {
                return sentence;
            }
        }
        return sentences[0];
    }
}
