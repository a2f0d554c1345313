package ca.relais.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KbMetricsTest {
    @Test
    void metricsOfOneRankingComputedByHand() {
        List<String> ranked = List.of("a", "b", "c", "d");
        Set<String> relevant = Set.of("b", "d");
        assertThat(Metrics.reciprocalRank(ranked, relevant)).isCloseTo(0.5, within(1e-9));
        double dcg = 1 / log2(3) + 1 / log2(5);
        double ideal = 1 + 1 / log2(3);
        assertThat(Metrics.ndcg(ranked, relevant)).isCloseTo(dcg / ideal, within(1e-9)).isCloseTo(0.6509, within(1e-4));
        assertThat(Metrics.recall(ranked, relevant)).isEqualTo(1.0);
    }

    @Test
    void relevantArticlesPastTheCutOffsCountForNothing() {
        List<String> ranked = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");
        assertThat(Metrics.reciprocalRank(ranked, Set.of("k"))).isZero();
        assertThat(Metrics.ndcg(ranked, Set.of("k"))).isZero();
        assertThat(Metrics.recall(ranked, Set.of("f"))).isZero();
        assertThat(Metrics.reciprocalRank(ranked, Set.of("f"))).isCloseTo(1 / 6.0, within(1e-9));
    }

    @Test
    void meansOverAQuerySet() {
        Map<String, List<String>> answers = Map.of(
                "q1", List.of("a", "b", "c", "d"),
                "q2", List.of("x", "y", "z", "w", "v", "b"),
                "q3", List.of());
        Retriever retriever = (query, lang, limit) -> answers.get(query);
        Metrics.Scores scores = Metrics.evaluate(retriever, List.of(
                new JudgedQuery("q1", "fr", Set.of("b", "d")),
                new JudgedQuery("q2", "fr", Set.of("b", "q")),
                new JudgedQuery("q3", "fr", Set.of("a"))));
        assertThat(scores.queries()).isEqualTo(3);
        assertThat(scores.mrr10()).isCloseTo((0.5 + 1 / 6.0) / 3, within(1e-9)).isCloseTo(0.2222, within(1e-4));
        double ndcg1 = (1 / log2(3) + 1 / log2(5)) / (1 + 1 / log2(3));
        double ndcg2 = (1 / log2(7)) / (1 + 1 / log2(3));
        assertThat(scores.ndcg10()).isCloseTo((ndcg1 + ndcg2) / 3, within(1e-9)).isCloseTo(0.2898, within(1e-4));
        assertThat(scores.recall5()).isCloseTo(1 / 3.0, within(1e-9));
    }

    @Test
    void judgedQueriesAreReadFromTsv() throws Exception {
        List<JudgedQuery> queries = JudgedQueries.read(new java.io.StringReader("""
                # comment
                bac brun\tfr\tkb-a, kb-b

                pothole\ten\tkb-c
                """));
        assertThat(queries).containsExactly(new JudgedQuery("bac brun", "fr", Set.of("kb-a", "kb-b")),
                new JudgedQuery("pothole", "en", Set.of("kb-c")));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
