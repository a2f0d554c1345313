package ca.relais.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.KbArticleDto;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The quality gate of knowledge-base search on the project's own judged queries (not a timing test). */
class KbQualityGateTest {
    @Test
    void theJudgedSetIsLargeAndPointsAtRealArticlesInTheQueryLanguage() {
        Map<String, KbArticleDto> articles = DemoKb.articles().stream()
                .collect(Collectors.toMap(KbArticleDto::id, Function.identity()));
        List<JudgedQuery> queries = JudgedQueries.own();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(120);
        assertThat(queries).extracting(JudgedQuery::lang).contains("fr", "en");
        for (JudgedQuery q : queries) {
            assertThat(q.relevant()).as(q.query()).isNotEmpty();
            for (String id : q.relevant()) {
                assertThat(articles).as(q.query()).containsKey(id);
                assertThat(articles.get(id).language()).as(q.query()).isEqualTo(q.lang());
            }
        }
    }

    @Test
    void oursBeatsTheTargetAndTheSetIsTooHardForTheBaseline() {
        KbEvaluation.Comparison own = KbEvaluation.own();
        assertThat(own.ours().mrr10()).isGreaterThanOrEqualTo(KbEvaluation.OWN_TARGET_MRR);
        assertThat(own.baseline().mrr10()).isLessThan(KbEvaluation.OWN_BASELINE_CEILING_MRR);
        assertThat(own.ours().ndcg10()).isGreaterThan(own.baseline().ndcg10());
        assertThat(own.ours().recall5()).isGreaterThan(own.baseline().recall5());
    }
}
