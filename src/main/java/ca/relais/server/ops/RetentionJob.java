package ca.relais.server.ops;

import ca.relais.domain.CityCalendar;
import ca.relais.server.store.AuditLog;
import ca.relais.server.store.ChangeLog;
import ca.relais.server.store.Database;
import ca.relais.server.store.RetentionStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Law 25 retention: anonymises the callers whose requests have all been closed for longer than the retention period.
 * Runs in batches, each in its own transaction, so a long run never holds locks for long; safe to run on several
 * server instances at once (a caller is erased only from the version that was read). Each erasure, and each run, is
 * in the audit trail; erased callers travel in the change feed so that workstation caches forget them too.
 */
public final class RetentionJob {
    public static final String ACTOR = "system:retention";
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);
    private static final int BATCH = 500;
    private final Database db;
    private final RetentionStore store;
    private final ChangeLog changes;
    private final AuditLog audit;
    private final Clock clock;
    private final int retentionMonths;

    public RetentionJob(Database db, RetentionStore store, ChangeLog changes, AuditLog audit, Clock clock,
                        int retentionMonths) {
        this.db = db;
        this.store = store;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
        this.retentionMonths = retentionMonths;
    }

    /** What one run did. */
    public record Run(Instant cutoff, int anonymised, boolean enabled) {
    }

    /** The moment before which a closed request's callers may be erased: now minus the period, in city time. */
    public Instant cutoff() {
        return ZonedDateTime.now(clock.withZone(CityCalendar.ZONE)).minusMonths(retentionMonths).toInstant();
    }

    public Run run(String requestedBy) {
        if (retentionMonths == 0) {
            return new Run(null, 0, false);
        }
        Instant cutoff = cutoff();
        int total = 0;
        int done;
        do {
            done = db.inTransaction(c -> {
                List<RetentionStore.Candidate> batch = store.candidates(c, cutoff, BATCH);
                int erased = 0;
                for (RetentionStore.Candidate caller : batch) {
                    Instant now = clock.instant();
                    var version = store.anonymise(c, caller, now);
                    if (version.isPresent()) {
                        changes.record(c, caller.jurisdictionId(), "caller", caller.id().toString(), "UPSERT",
                                version.get());
                        audit.append(c, new AuditLog.Entry(ACTOR, "ANONYMISE", "caller", caller.id().toString(),
                                null, "retention=" + retentionMonths + " months"));
                        erased++;
                    }
                }
                return batch.isEmpty() ? -1 : erased;
            });
            total += Math.max(done, 0);
        } while (done > 0);
        audit.append(new AuditLog.Entry(ACTOR, "RETENTION_RUN", "caller", null, null,
                "requested_by=" + requestedBy + " cutoff=" + cutoff + " months=" + retentionMonths
                        + " anonymised=" + total));
        LOG.info("Retention run: {} caller(s) anonymised (cutoff {}, {} months)", total, cutoff, retentionMonths);
        return new Run(cutoff, total, true);
    }
}
