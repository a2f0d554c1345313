package ca.relais.client.knowledge;

import ca.relais.api.KbArticleDto;
import ca.relais.client.store.ArticleChanges;
import ca.relais.client.store.LocalArticles;
import ca.relais.client.store.LocalStore;
import ca.relais.search.KbHit;
import ca.relais.search.KnowledgeIndex;
import ca.relais.search.KnowledgeSearch;
import ca.relais.search.SearchFilters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workstation's own knowledge-base search: the server's engine over the articles mirrored in the encrypted
 * cache, held in memory only. Built in the background from the cache; every committed change of the mirror (feed
 * pages, a full resynchronisation) reaches it as it commits, so it follows the server without a rebuild.
 *
 * <p>The build reads the cached articles page by page, indexes them all at once without holding the cache, then,
 * holding the cache, replays the changes committed meanwhile (kept in commit order) and goes live. Changes are
 * published while the cache is held, so none can slip between the replay and going live.
 */
public final class OfflineKnowledgeIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OfflineKnowledgeIndex.class);
    private static final int PAGE = 500;

    private final LocalStore store;
    private final LocalArticles articles;
    private final CompletableFuture<Integer> built = new CompletableFuture<>();
    private final Consumer<ArticleChanges> follower = this::follow;
    private final List<ArticleChanges> backlog = new ArrayList<>();
    private volatile Engine engine;
    private volatile boolean closed;

    private record Engine(KnowledgeIndex index, KnowledgeSearch search) {
    }

    public OfflineKnowledgeIndex(LocalStore store) {
        this.store = store;
        this.articles = new LocalArticles(store);
        store.onArticleChanges(follower);
    }

    /** Starts the build on a background thread; returns at once. */
    public OfflineKnowledgeIndex start() {
        Thread.ofPlatform().daemon().name("relais-knowledge-index").start(this::build);
        return this;
    }

    /** Builds in the calling thread; for tools and tests. */
    public void build() {
        KnowledgeIndex fresh = new KnowledgeIndex();
        try {
            List<KbArticleDto> all = new ArrayList<>();
            List<KbArticleDto> page;
            do {
                page = articles.page(all.isEmpty() ? null : all.get(all.size() - 1).id(), PAGE);
                all.addAll(page);
            } while (page.size() == PAGE && !closed);
            fresh.replaceAll(all);
            synchronized (store) {
                if (closed) {
                    throw new CancellationException("closed while building");
                }
                backlog.forEach(changes -> apply(fresh, changes));
                backlog.clear();
                engine = new Engine(fresh, new KnowledgeSearch(fresh));
            }
            built.complete(all.size());
        } catch (RuntimeException e) {
            fresh.close();
            if (!(e instanceof CancellationException)) {
                LOG.warn("The offline knowledge index could not be built: {}", e.toString());
            }
            built.completeExceptionally(e);
        }
    }

    /** True once built: searches then answer from this workstation, connected or not. */
    public boolean isReady() {
        return engine != null && !closed;
    }

    /** Waits for the build; true when it finished in time. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        try {
            built.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException | CancellationException e) {
            return false;
        }
    }

    /** Number of searchable articles; none before the build. */
    public int size() {
        Engine e = engine;
        return e == null ? 0 : e.index().size();
    }

    /** The best articles for a query; none before the build. */
    public List<KbHit> search(String query, String language, int limit) {
        Engine e = engine;
        return e == null ? List.of() : e.search().search(query, language, SearchFilters.NONE, limit);
    }

    /** Articles like a free text, such as a request's description; none before the build. */
    public List<KbHit> similar(String text, String language, int limit) {
        Engine e = engine;
        return e == null ? List.of() : e.search().moreLikeThis(text, language, limit);
    }

    /** Called by the cache, which it holds, after each commit that changed articles. */
    private void follow(ArticleChanges changes) {
        if (closed) {
            return;
        }
        Engine e = engine;
        if (e == null) {
            backlog.add(changes);
        } else {
            apply(e.index(), changes);
        }
    }

    private static void apply(KnowledgeIndex index, ArticleChanges changes) {
        if (changes.cleared()) {
            index.replaceAll(List.of());
        }
        changes.removed().forEach(index::delete);
        if (!changes.upserted().isEmpty()) {
            index.upsertAll(changes.upserted());
        }
    }

    @Override
    public void close() {
        store.removeArticleListener(follower);
        synchronized (store) {
            closed = true;
            backlog.clear();
            Engine e = engine;
            if (e != null) {
                e.index().close();
            }
        }
    }
}
