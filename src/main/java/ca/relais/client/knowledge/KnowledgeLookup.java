package ca.relais.client.knowledge;

import ca.relais.api.KbArticleDto;
import ca.relais.client.store.LocalArticles;
import ca.relais.client.sync.KnowledgeClient;
import ca.relais.client.sync.KnowledgeClient.Result;
import ca.relais.client.sync.ServerUnavailableException;
import ca.relais.search.KbHit;
import ca.relais.search.PlainText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the knowledge panel reads: this workstation's index and mirrored articles first (fast, and offline too), the
 * server only while the local index is not built yet or holds nothing.
 */
public final class KnowledgeLookup {
    static final int EXCERPT = 160;
    private static final int SIMILAR_FROM = 12;
    private static final int SIMILAR_TEXT = 2_000;

    private final OfflineKnowledgeIndex local;
    private final LocalArticles articles;
    private final KnowledgeClient server;

    public KnowledgeLookup(OfflineKnowledgeIndex local, LocalArticles articles, KnowledgeClient server) {
        this.local = local;
        this.articles = articles;
        this.server = server;
    }

    /** The best articles for what the agent typed; from the server when the local index cannot answer yet. */
    public List<Result> search(String query, String language, int limit) throws ServerUnavailableException {
        if (localUsable()) {
            return local.search(query, language, limit).stream().map(KnowledgeLookup::result).toList();
        }
        return server.search(query, language, limit);
    }

    /**
     * Articles for a request being captured: those written for its type first (in the agent's language when there
     * are some), then those most like its description. Never fails: what cannot be reached is left out.
     */
    public List<Result> suggest(String description, String typeCode, String language, int limit) {
        Map<String, Result> found = new LinkedHashMap<>();
        if (typeCode != null) {
            List<KbArticleDto> forType = articles.forType(typeCode, language, limit);
            List<KbArticleDto> inLanguage = forType.stream().filter(a -> language.equals(a.language())).toList();
            (inLanguage.isEmpty() ? forType : inLanguage).forEach(a -> found.put(a.id(), excerpt(a)));
        }
        String text = description == null ? "" : description.strip();
        text = text.length() <= SIMILAR_TEXT ? text : text.substring(0, SIMILAR_TEXT);
        if (text.length() >= SIMILAR_FROM && found.size() < limit) {
            for (Result r : similar(text, language, limit)) {
                found.putIfAbsent(r.id(), r);
            }
        }
        return new ArrayList<>(found.values()).subList(0, Math.min(limit, found.size()));
    }

    private List<Result> similar(String text, String language, int limit) {
        if (localUsable()) {
            return local.similar(text, language, limit).stream().map(KnowledgeLookup::result).toList();
        }
        try {
            return server.similar(text, language, limit);
        } catch (ServerUnavailableException e) {
            return List.of();
        }
    }

    /** An article, from the mirror when it is there. */
    public KbArticleDto article(String id) throws ServerUnavailableException {
        Optional<KbArticleDto> mirrored = articles.article(id);
        return mirrored.isPresent() ? mirrored.get() : server.article(id);
    }

    /** True when searches answer from this workstation. */
    public boolean localUsable() {
        return local.isReady() && local.size() > 0;
    }

    private static Result result(KbHit hit) {
        return new Result(hit.id(), hit.title(), hit.snippet(), hit.language());
    }

    static Result excerpt(KbArticleDto a) {
        String text = a.script() != null && !a.script().isBlank() ? a.script() : PlainText.of(a.body());
        String excerpt = text.length() <= EXCERPT ? text : text.substring(0, text.lastIndexOf(' ', EXCERPT) > 0
                ? text.lastIndexOf(' ', EXCERPT) : EXCERPT) + " …";
        return new Result(a.id(), a.title(), excerpt, a.language());
    }
}
