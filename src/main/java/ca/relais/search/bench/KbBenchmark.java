package ca.relais.search.bench;

import ca.relais.api.KbArticleDto;
import ca.relais.search.KbHit;
import ca.relais.search.KnowledgeIndex;
import ca.relais.search.KnowledgeSearch;
import ca.relais.search.SearchFilters;
import ca.relais.search.eval.DemoKb;
import ca.relais.search.eval.JudgedQueries;
import ca.relais.search.eval.JudgedQuery;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Measures the engine on a generated knowledge base of 5,000 articles, in memory: the index build (after one
 * warm-up build), query latency over mixed realistic queries (whole questions, words half typed, typos; after a
 * warm-up), and the time from the upsert of one article until a search finds it (after warm-up updates). Prints
 * {@code BENCH} lines: latencies are wall-clock times; {@code *_cpu_*} lines give the CPU time of the measuring
 * thread, which a busy shared machine inflates much less.
 */
public final class KbBenchmark {
    public static final int ARTICLES = 5_000;
    public static final int QUERIES = 2_400;
    private static final long SEED = 311;
    private static final int WARM_UP = 600;
    private static final int UPDATES = 200;
    private static final int UPDATE_WARM_UP = 30;

    private KbBenchmark() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    public static void run(PrintStream out) {
        run(out, ARTICLES, QUERIES, UPDATES);
    }

    static void run(PrintStream out, int articleCount, int queryCount, int updates) {
        out.println("# " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + " before the run");
        List<KbArticleDto> articles = new ArticleGenerator(DemoKb.articles(), SEED).generate(articleCount);
        try (KnowledgeIndex warmUp = new KnowledgeIndex()) {
            warmUp.replaceAll(articles);
        }
        try (KnowledgeIndex index = new KnowledgeIndex()) {
            long start = System.nanoTime();
            index.replaceAll(articles);
            bench(out, "kb_index_build_" + articleCount, millis(System.nanoTime() - start), "ms");
            KnowledgeSearch search = new KnowledgeSearch(index);
            List<JudgedQuery> queries = queries(queryCount + WARM_UP);
            for (JudgedQuery q : queries.subList(0, WARM_UP)) {
                search.search(q.query(), q.lang(), SearchFilters.NONE, 10);
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            double[] latencies = new double[queryCount];
            double[] cpu = new double[queryCount];
            int i = 0;
            for (JudgedQuery q : queries.subList(WARM_UP, queries.size())) {
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                search.search(q.query(), q.lang(), SearchFilters.NONE, 10);
                latencies[i] = millis(System.nanoTime() - t);
                cpu[i++] = millis(threads.getCurrentThreadCpuTime() - c);
            }
            bench(out, "kb_query_p50", percentile(latencies, 50), "ms");
            bench(out, "kb_query_p99", percentile(latencies, 99), "ms");
            bench(out, "kb_query_cpu_p50", percentile(cpu, 50), "ms");
            bench(out, "kb_query_cpu_p99", percentile(cpu, 99), "ms");
            bench(out, "kb_query_count", queryCount, "queries");
            double[][] visible = updates(index, search, articles, updates);
            bench(out, "kb_update_visible_p50", percentile(visible[0], 50), "ms");
            bench(out, "kb_update_visible_p99", percentile(visible[0], 99), "ms");
            bench(out, "kb_update_visible_cpu_p99", percentile(visible[1], 99), "ms");
        }
    }

    /** Wall-clock and CPU milliseconds from each upsert until a search finds it, after untimed warm-up updates. */
    private static double[][] updates(KnowledgeIndex index, KnowledgeSearch search, List<KbArticleDto> articles,
                                      int count) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Random random = new Random(SEED);
        int warmUp = Math.min(UPDATE_WARM_UP, count);
        double[][] visible = new double[2][count];
        for (int i = -warmUp; i < count; i++) {
            KbArticleDto base = articles.get(random.nextInt(articles.size()));
            String marker = "zz" + (100_000 + warmUp + i);
            KbArticleDto changed = new KbArticleDto(base.id(), base.language(), base.title() + " " + marker,
                    base.body(), base.tags(), base.department(), base.audience(), base.reviewedOn(), base.reviewBy(),
                    base.keywords(), base.script(), base.translationOf(), base.typeCodes(), false);
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            index.upsert(changed);
            List<KbHit> hits = search.search(marker, base.language(), SearchFilters.NONE, 1);
            if (i >= 0) {
                visible[0][i] = millis(System.nanoTime() - t);
                visible[1][i] = millis(threads.getCurrentThreadCpuTime() - c);
            }
            if (hits.isEmpty() || !hits.get(0).id().equals(base.id())) {
                throw new IllegalStateException("update of " + base.id() + " not visible");
            }
        }
        return visible;
    }

    /** Judged queries, then variants of them as agents type: cut mid-word, with a typo, or both. */
    static List<JudgedQuery> queries(int count) {
        List<JudgedQuery> judged = JudgedQueries.own();
        Random random = new Random(SEED);
        List<JudgedQuery> queries = new ArrayList<>(count);
        while (queries.size() < count) {
            JudgedQuery q = judged.get(random.nextInt(judged.size()));
            String text = switch (random.nextInt(4)) {
                case 0 -> q.query();
                case 1 -> typed(q.query(), random);
                case 2 -> typo(q.query(), random);
                default -> typed(typo(q.query(), random), random);
            };
            queries.add(new JudgedQuery(text, q.lang(), q.relevant()));
        }
        return queries;
    }

    private static String typed(String text, Random random) {
        int cut = Math.max(3, text.length() / 2 + random.nextInt(Math.max(1, text.length() / 2)));
        return text.substring(0, Math.min(cut, text.length()));
    }

    private static String typo(String text, Random random) {
        if (text.length() < 4) {
            return text;
        }
        int at = 1 + random.nextInt(text.length() - 2);
        char[] chars = text.toCharArray();
        char swap = chars[at];
        chars[at] = chars[at + 1];
        chars[at + 1] = swap;
        return new String(chars);
    }

    private static double percentile(double[] values, int percentile) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static void bench(PrintStream out, String name, double value, String unit) {
        out.println(String.format(Locale.ROOT, "BENCH %s %.2f %s", name, value, unit));
    }

    private static void bench(PrintStream out, String name, int value, String unit) {
        out.println("BENCH " + name + " " + value + " " + unit);
    }
}
