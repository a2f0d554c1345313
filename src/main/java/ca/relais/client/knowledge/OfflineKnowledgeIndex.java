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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workstation's own knowledge-base search: the server's engine over the articles mirrored in the encrypted
 * cache, held in memory only. Built in the background from the cache, page by page; every committed change of the
 * mirror (feed pages, a full resynchronisation) reaches it as it commits, so it follows the server without a rebuild.
 */
public final class OfflineKnowledgeIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OfflineKnowledgeIndex.class);
    private static final int PAGE = 250;

    private final LocalStore store;
    private final LocalArticles articles;
    private final KnowledgeIndex index = new KnowledgeIndex();
    private final KnowledgeSearch search = new KnowledgeSearch(index);
    private final CompletableFuture<Integer> built = new CompletableFuture<>();
    private final Consumer<ArticleChanges> follower = this::apply;
    private volatile boolean closed;

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
        try {
            String after = null;
            int total = 0;
            List<KbArticleDto> page;
            do {
                if (closed) {
                    built.cancel(false);
                    return;
                }
                page = articles.page(after, PAGE, found -> {
                    if (!closed) {
                        index.upsertAll(found);
                    }
                });
                total += page.size();
                after = page.isEmpty() ? after : page.get(page.size() - 1).id();
            } while (page.size() == PAGE);
            built.complete(total);
        } catch (RuntimeException e) {
            LOG.warn("The offline knowledge index could not be built: {}", e.toString());
            built.completeExceptionally(e);
        }
    }

    /** True once built: searches then answer from this workstation, connected or not. */
    public boolean isReady() {
        return built.isDone() && !built.isCompletedExceptionally() && !closed;
    }

    /** Waits for the build; true when it finished in time. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        try {
            built.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException | java.util.concurrent.CancellationException e) {
            return false;
        }
    }

    /** Number of searchable articles. */
    public int size() {
        return index.size();
    }

    public List<KbHit> search(String query, String language, int limit) {
        return search.search(query, language, SearchFilters.NONE, limit);
    }

    /** Articles like a free text, such as a request's description. */
    public List<KbHit> similar(String text, String language, int limit) {
        return search.moreLikeThis(text, language, limit);
    }

    private void apply(ArticleChanges changes) {
        if (closed) {
            return;
        }
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
        closed = true;
        store.removeArticleListener(follower);
        synchronized (store) {
            index.close();
        }
    }
}
