package ca.relais.search.eval;

import ca.relais.api.KbArticleDto;
import ca.relais.search.KbHit;
import ca.relais.search.KnowledgeIndex;
import ca.relais.search.KnowledgeSearch;
import ca.relais.search.SearchFilters;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Measures the engine against the naive baseline on the project's own judged set and, when present, on the real
 * Quebec-French FAQ set, and prints {@code BENCH <name> <value> <unit>} lines.
 */
public final class KbEvaluation {
    public static final double OWN_TARGET_MRR = 0.92;
    public static final double OWN_BASELINE_CEILING_MRR = 0.85;
    public static final double COVID_MARGIN_MRR = 0.10;

    private KbEvaluation() {
    }

    /** Both engines' scores on one query set. */
    public record Comparison(Metrics.Scores ours, Metrics.Scores baseline) {
    }

    public static Comparison own() {
        return compare(DemoKb.articles(), JudgedQueries.own());
    }

    public static Comparison covid(Path dir) {
        try {
            return compare(CovidFaq.articles(dir), CovidFaq.queries(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Comparison compare(List<KbArticleDto> articles, List<JudgedQuery> queries) {
        try (KnowledgeIndex index = new KnowledgeIndex();
             BaselineSearch baseline = new BaselineSearch(articles)) {
            index.replaceAll(articles);
            Retriever ours = ours(new KnowledgeSearch(index));
            return new Comparison(Metrics.evaluate(ours, queries), Metrics.evaluate(baseline, queries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Retriever ours(KnowledgeSearch search) {
        return (query, lang, limit) -> search.search(query, lang, SearchFilters.NONE, limit).stream()
                .map(KbHit::id).toList();
    }

    /** Runs the own set and, if {@code covidDir} holds the real set, that one too; true when every target is met. */
    public static boolean run(PrintStream out, Path covidDir) {
        Comparison own = own();
        print(out, "kb_own", own, OWN_TARGET_MRR);
        bench(out, "kb_own_queries", own.ours().queries(), "queries");
        boolean met = own.ours().mrr10() >= OWN_TARGET_MRR && own.baseline().mrr10() < OWN_BASELINE_CEILING_MRR;
        if (CovidFaq.present(covidDir)) {
            Comparison covid = covid(covidDir);
            double target = covid.baseline().mrr10() + COVID_MARGIN_MRR;
            print(out, "kb_covid", covid, target);
            bench(out, "kb_covid_queries", covid.ours().queries(), "queries");
            met &= covid.ours().mrr10() >= target;
        } else {
            out.println("# real set not found" + (covidDir == null ? "" : " in " + covidDir) + ": kb_covid_* skipped");
        }
        return met;
    }

    private static void print(PrintStream out, String name, Comparison c, double targetMrr) {
        bench(out, name + "_mrr10", c.ours().mrr10(), "score");
        bench(out, name + "_baseline_mrr10", c.baseline().mrr10(), "score");
        bench(out, name + "_target_mrr10", targetMrr, "score");
        bench(out, name + "_ndcg10", c.ours().ndcg10(), "score");
        bench(out, name + "_baseline_ndcg10", c.baseline().ndcg10(), "score");
        bench(out, name + "_recall5", c.ours().recall5(), "score");
        bench(out, name + "_baseline_recall5", c.baseline().recall5(), "score");
    }

    private static void bench(PrintStream out, String name, double value, String unit) {
        out.println(String.format(Locale.ROOT, "BENCH %s %.3f %s", name, value, unit));
    }

    private static void bench(PrintStream out, String name, int value, String unit) {
        out.println("BENCH " + name + " " + value + " " + unit);
    }
}
