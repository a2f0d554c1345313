package ca.relais.search.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.KbArticleDto;
import ca.relais.search.eval.DemoKb;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's data and output (its timings are measured by the bench command, never asserted). */
class KbBenchmarkTest {
    @Test
    void generatedArticlesAreDeterministicAndLookLikeTheDemoOnes() {
        List<KbArticleDto> first = new ArticleGenerator(DemoKb.articles(), 7).generate(300);
        List<KbArticleDto> again = new ArticleGenerator(DemoKb.articles(), 7).generate(300);
        assertThat(first).isEqualTo(again).hasSize(300);
        assertThat(first).extracting(KbArticleDto::id).doesNotHaveDuplicates();
        assertThat(first).extracting(KbArticleDto::language).contains("fr", "en");
        assertThat(first).allSatisfy(a -> assertThat(a.body()).isNotBlank());
    }

    @Test
    void queriesMixWholeQuestionsWordsHalfTypedAndTypos() {
        assertThat(KbBenchmark.queries(2_000)).hasSize(2_000)
                .extracting(q -> q.query()).doesNotContainNull().hasSizeGreaterThan(1_000);
    }

    @Test
    void aSmallRunPrintsEveryBenchLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        KbBenchmark.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), 200, 50, 5);
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .containsPattern("BENCH kb_index_build_200 [0-9.]+ ms")
                .containsPattern("BENCH kb_query_p50 [0-9.]+ ms")
                .containsPattern("BENCH kb_query_p99 [0-9.]+ ms")
                .containsPattern("BENCH kb_update_visible_p99 [0-9.]+ ms");
    }
}
