package ca.relais.server.store;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Group commit: units of work submitted at the same time by different threads run one after the other in a shared
 * transaction, committed once. Each unit still gets its own result or its own exception: each runs behind a
 * savepoint, a failing unit is rolled back to it and runs again alone in a transaction of its own (and fails there,
 * for its caller only), while the others commit together. A failed commit reruns every unit alone. A unit therefore
 * commits exactly once or fails alone, as with {@link Database#inTransaction}; units must not have effects outside the
 * database, since they may run more than once (only the last run commits).
 *
 * <p>The append-only rows of a group's units (history events, change-log, audit and idempotency records) are inserted
 * as JDBC batches just before the commit ({@link GroupScope}); if that fails, every unit runs again alone.
 *
 * <p>Latency is bounded by the batch size: a unit waits at most for the batch running ahead of it and its own.
 */
public final class GroupCommit implements AutoCloseable {
    private final Database db;
    private final int maxBatch;
    private final LinkedBlockingQueue<Job<?>> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private final AtomicLong transactions = new AtomicLong();
    private final AtomicLong units = new AtomicLong();
    private volatile boolean closed;

    /** {@code writers} threads each run batches of at most {@code maxBatch} units. */
    public GroupCommit(Database db, int writers, int maxBatch) {
        if (writers < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("writers and maxBatch must be positive");
        }
        this.db = db;
        this.maxBatch = maxBatch;
        for (int i = 0; i < writers; i++) {
            Thread t = new Thread(this::loop, "relais-group-commit-" + i);
            t.setDaemon(true);
            t.start();
            this.writers.add(t);
        }
    }

    private static final class Job<T> {
        final Database.SqlWork<T> work;
        final CompletableFuture<T> result = new CompletableFuture<>();
        T value;

        Job(Database.SqlWork<T> work) {
            this.work = work;
        }

        void run(java.sql.Connection c) throws SQLException {
            value = work.run(c);
        }

        void complete() {
            result.complete(value);
        }
    }

    /** Runs {@code work} in a transaction shared with other units submitted meanwhile; its result or its failure. */
    public <T> T inTransaction(Database.SqlWork<T> work) {
        if (closed) {
            return db.inTransaction(work);
        }
        Job<T> job = new Job<>(work);
        queue.add(job);
        if (closed && queue.remove(job)) {
            return db.inTransaction(work);
        }
        try {
            return job.result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the write was queued", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Transactions committed or attempted, and units run: their ratio is the mean batch size. */
    public long transactions() {
        return transactions.get();
    }

    public long units() {
        return units.get();
    }

    private void loop() {
        List<Job<?>> batch = new ArrayList<>(maxBatch);
        while (!closed || !queue.isEmpty()) {
            Job<?> first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                continue;
            }
            if (first == null) {
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, maxBatch - 1);
            units.addAndGet(batch.size());
            try {
                runTogether(batch);
            } catch (Throwable unexpected) {
                batch.forEach(j -> j.result.completeExceptionally(unexpected));
            }
            batch.clear();
        }
    }

    /**
     * Runs the batch in one transaction, each unit behind a savepoint: a failing unit is rolled back to its savepoint
     * without undoing the others (nor burning their change-log sequence numbers, which would leave gaps that hold
     * readers back), then runs again alone so that its caller gets exactly the failure of a transaction of its own.
     */
    private void runTogether(List<Job<?>> batch) {
        if (batch.size() == 1) {
            runAlone(batch.get(0));
            return;
        }
        List<Job<?>> failed = new ArrayList<>();
        List<Job<?>> done = new ArrayList<>();
        transactions.incrementAndGet();
        try {
            db.inTransaction(c -> {
                GroupScope scope = GroupScope.begin(c, batch.size());
                try {
                    for (Job<?> job : batch) {
                        Savepoint before = c.setSavepoint();
                        int mark = scope.mark();
                        try {
                            job.run(c);
                            done.add(job);
                        } catch (SQLException | RuntimeException e) {
                            c.rollback(before);
                            scope.truncate(mark);
                            failed.add(job);
                        }
                    }
                } finally {
                    GroupScope.end();
                }
                scope.flush();
                return null;
            });
        } catch (RuntimeException commitFailed) {
            batch.forEach(this::runAlone);
            return;
        }
        done.forEach(Job::complete);
        failed.forEach(this::runAlone);
    }

    private <T> void runAlone(Job<T> job) {
        transactions.incrementAndGet();
        try {
            job.result.complete(db.inTransaction(job.work));
        } catch (Throwable e) {
            job.result.completeExceptionally(e);
        }
    }

    /** Stops taking new units (they then run in transactions of their own) and finishes the queued ones. */
    @Override
    public void close() {
        closed = true;
        for (Thread t : writers) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
