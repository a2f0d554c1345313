package ca.relais.server.kb;

import ca.relais.api.KbArticleDto;
import ca.relais.api.KbArticleRules;
import ca.relais.api.Problem;
import ca.relais.search.KbHit;
import ca.relais.search.KnowledgeIndex;
import ca.relais.search.KnowledgeSearch;
import ca.relais.search.SearchFilters;
import ca.relais.server.http.ProblemException;
import ca.relais.server.store.ChangeLog;
import ca.relais.server.store.KbStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The knowledge base of each jurisdiction: stored articles and their in-memory search index. */
public final class KnowledgeService implements AutoCloseable {
    private final KbStore store;
    private final ChangeLog changes;
    private final Clock clock;
    private final Map<String, Engine> engines = new ConcurrentHashMap<>();

    private record Engine(KnowledgeIndex index, KnowledgeSearch search) {
    }

    public KnowledgeService(KbStore store, ChangeLog changes, Clock clock) {
        this.store = store;
        this.changes = changes;
        this.clock = clock;
    }

    private Engine engine(String jurisdiction) {
        return engines.computeIfAbsent(jurisdiction, j -> {
            KnowledgeIndex index = new KnowledgeIndex();
            index.replaceAll(store.all(j));
            return new Engine(index, new KnowledgeSearch(index));
        });
    }

    public List<KbHit> search(String jurisdiction, String query, String lang, SearchFilters filters, int limit) {
        return engine(jurisdiction).search().search(query, lang, filters, limit);
    }

    public List<KbHit> similar(String jurisdiction, String text, String lang, int limit) {
        return engine(jurisdiction).search().moreLikeThis(text, lang, limit);
    }

    /**
     * Checks every article first and reports each problem by its position; nothing is written unless all are valid.
     * Then upserts them in the caller's transaction, with their change-log entries.
     */
    public List<KbArticleDto> upsert(Connection c, String jurisdiction, List<KbArticleDto> articles)
            throws SQLException {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < articles.size(); i++) {
            validate(articles.get(i), "[" + i + "]", errors, seen);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        Instant now = clock.instant();
        for (KbArticleDto a : articles) {
            long version = store.upsert(c, jurisdiction, a, now);
            changes.record(c, jurisdiction, "kb_article", a.id(), "UPSERT", version);
        }
        return articles;
    }

    /** Makes committed articles searchable at once. */
    public void indexed(String jurisdiction, List<KbArticleDto> articles) {
        Engine e = engine(jurisdiction);
        e.index().upsertAll(articles);
        e.index().commit();
    }

    private static void validate(KbArticleDto a, String at, List<Problem.FieldError> errors, Set<String> seen) {
        if (a == null) {
            errors.add(new Problem.FieldError(at, "must be an article object", "type"));
            return;
        }
        KbArticleRules.check(a).forEach(v -> errors.add(new Problem.FieldError(at + "." + v.field(), v.message(),
                v.code())));
        if (KbArticleRules.validId(a.id()) && !seen.add(a.id())) {
            errors.add(new Problem.FieldError(at + ".id", "appears twice in this import", "duplicate"));
        }
    }

    @Override
    public void close() {
        engines.values().forEach(e -> e.index().close());
        engines.clear();
    }
}
