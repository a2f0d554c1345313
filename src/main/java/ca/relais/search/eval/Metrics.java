package ca.relais.search.eval;

import java.util.List;
import java.util.Set;

/** Ranking metrics with binary relevance: MRR@10, nDCG@10 and Recall@5, averaged over a judged query set. */
public final class Metrics {
    public static final int DEPTH = 10;
    public static final int RECALL_DEPTH = 5;

    private Metrics() {
    }

    /** Mean scores of a set of queries. */
    public record Scores(double mrr10, double ndcg10, double recall5, int queries) {
    }

    public static Scores evaluate(Retriever retriever, List<JudgedQuery> queries) {
        double mrr = 0;
        double ndcg = 0;
        double recall = 0;
        for (JudgedQuery q : queries) {
            List<String> ranked = retriever.search(q.query(), q.lang(), DEPTH);
            mrr += reciprocalRank(ranked, q.relevant());
            ndcg += ndcg(ranked, q.relevant());
            recall += recall(ranked, q.relevant());
        }
        int n = Math.max(1, queries.size());
        return new Scores(mrr / n, ndcg / n, recall / n, queries.size());
    }

    public static double reciprocalRank(List<String> ranked, Set<String> relevant) {
        for (int i = 0; i < Math.min(DEPTH, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    public static double ndcg(List<String> ranked, Set<String> relevant) {
        double dcg = 0;
        for (int i = 0; i < Math.min(DEPTH, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += gain(i);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(DEPTH, relevant.size()); i++) {
            ideal += gain(i);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    public static double recall(List<String> ranked, Set<String> relevant) {
        if (relevant.isEmpty()) {
            return 0;
        }
        long found = ranked.stream().limit(RECALL_DEPTH).distinct().filter(relevant::contains).count();
        return (double) found / relevant.size();
    }

    private static double gain(int index) {
        return 1.0 / (Math.log(index + 2) / Math.log(2));
    }
}
