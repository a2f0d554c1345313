package ca.relais.search;

import ca.relais.api.KbArticleDto;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * The knowledge-base index: in memory or in a folder. Every write is visible to the next search (near-real-time
 * reopen); retired articles are removed rather than indexed. Thread-safe. On disk, {@link #replaceAll} and
 * {@link #close} commit; single upserts are durable from the next commit on, the store being the source of truth.
 */
public final class KnowledgeIndex implements Closeable {
    private static final double RAM_BUFFER_MB = 64;
    private static final int PARALLEL_FROM = 1_000;

    private final Directory directory;
    private final Analyzer analyzer = new FieldAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    /** An index held in memory; each file is one buffer, so searches clone readers cheaply. */
    public KnowledgeIndex() {
        this(new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER));
    }

    /** An index kept in {@code folder}, which is created if needed and reopened if it exists. */
    public KnowledgeIndex(Path folder) {
        this(open(folder));
    }

    private KnowledgeIndex(Directory directory) {
        this.directory = directory;
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    .setUseCompoundFile(false)
                    .setMaxFullFlushMergeWaitMillis(0);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, true, false, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void upsert(KbArticleDto article) {
        requireId(article);
        write(() -> put(article));
    }

    public void upsertAll(Collection<KbArticleDto> articles) {
        articles.forEach(KnowledgeIndex::requireId);
        write(() -> {
            for (KbArticleDto article : articles) {
                put(article);
            }
        });
    }

    public void delete(String id) {
        if (id == null) {
            return;
        }
        write(() -> writer.deleteDocuments(new Term(KbFields.ID, id)));
    }

    /**
     * Replaces the whole content with {@code articles}, then commits. A large batch is analyzed on every core; a
     * small one in order, so that equal scores always rank the same way.
     */
    public void replaceAll(Collection<KbArticleDto> articles) {
        articles.forEach(KnowledgeIndex::requireId);
        write(() -> {
            writer.deleteAll();
            try {
                Stream<KbArticleDto> stream = articles.size() < PARALLEL_FROM
                        ? articles.stream() : articles.parallelStream();
                stream.forEach(article -> {
                    try {
                        put(article);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.commit();
        });
    }

    public void commit() {
        write(writer::commit);
    }

    /** Number of searchable articles. */
    public int size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    <T> T withSearcher(Function<IndexSearcher, T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Analyzer analyzer() {
        return analyzer;
    }

    @Override
    public void close() {
        try (directory; writer; searchers) {
            if (writer.isOpen()) {
                writer.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireId(KbArticleDto article) {
        if (article == null || article.id() == null || article.id().isBlank()) {
            throw new IllegalArgumentException("a knowledge-base article needs an id");
        }
    }

    private void put(KbArticleDto article) throws IOException {
        Term id = new Term(KbFields.ID, article.id());
        if (article.retired()) {
            writer.deleteDocuments(id);
        } else {
            writer.updateDocument(id, KbDocuments.of(article));
        }
    }

    private void write(IoAction action) {
        try {
            action.run();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Directory open(Path folder) {
        try {
            return FSDirectory.open(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
