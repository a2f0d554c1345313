package ca.relais.client.ui.dashboard;

import ca.relais.api.QueueTiles;
import ca.relais.api.QueuesDto;
import ca.relais.api.TargetsDto;
import ca.relais.client.ui.common.UserMessage;
import java.util.List;

/**
 * Turns the queue figures into tiles, each judged against the targets. A share within {@link #MARGIN} below its
 * target is a warning; further below, an alert.
 */
public final class TileRules {
    /** Five percentage points. */
    static final double MARGIN = 0.05;

    private TileRules() {
    }

    public static List<Tile> tiles(QueuesDto q) {
        TargetsDto t = q.targets();
        Double slaTarget = t == null ? null : t.slaAttainment();
        Double fcrTarget = t == null ? null : t.firstContactResolution();
        Integer maxWait = t == null ? null : t.maxUnacceptedMinutes();
        Double withinSla = q.open() == 0 ? null : (double) (q.open() - q.breached()) / q.open();
        return List.of(
                new Tile(QueueTiles.OPEN, Long.toString(q.open()), TileState.NEUTRAL,
                        UserMessage.of("dashboard.tile.open.detail", q.openByDepartment().size())),
                new Tile(QueueTiles.AT_RISK, Long.toString(q.atRisk()),
                        q.atRisk() == 0 ? TileState.OK : TileState.WARNING, UserMessage.of("dashboard.tile.atRisk.detail")),
                new Tile(QueueTiles.BREACHED, Long.toString(q.breached()), share(withinSla, slaTarget),
                        slaTarget == null ? null : UserMessage.of("dashboard.tile.breached.detail", percent(withinSla),
                                percent(slaTarget))),
                new Tile(QueueTiles.INTAKE, Long.toString(q.intakeToday()), TileState.NEUTRAL,
                        UserMessage.of("dashboard.tile.intake.detail", q.intakeTodayByChannel().size())),
                new Tile(QueueTiles.UNACCEPTED, Long.toString(q.unacceptedHandoffs()), waiting(q, maxWait),
                        maxWait == null ? null : UserMessage.of("dashboard.tile.unaccepted.detail", waited(oldest(q)),
                                waited(maxWait))),
                new Tile(QueueTiles.FCR, percent(q.firstContactResolutionToday()),
                        share(q.firstContactResolutionToday(), fcrTarget),
                        fcrTarget == null ? null : UserMessage.of("dashboard.tile.fcr.detail",
                                q.resolvedAtFirstContactToday(), percent(fcrTarget))));
    }

    /** A share against its target; nothing to measure or no target is neutral. */
    static TileState share(Double value, Double target) {
        if (value == null || target == null) {
            return TileState.NEUTRAL;
        }
        if (value + 1e-9 >= target) {
            return TileState.OK;
        }
        return value + MARGIN + 1e-9 >= target ? TileState.WARNING : TileState.ALERT;
    }

    /** None waiting is fine; waiting within the limit needs watching; longer than the limit is an alert. */
    static TileState waiting(QueuesDto q, Integer maxMinutes) {
        if (q.unacceptedHandoffs() == 0) {
            return TileState.OK;
        }
        return maxMinutes != null && oldest(q) > maxMinutes ? TileState.ALERT : TileState.WARNING;
    }

    static long oldest(QueuesDto q) {
        return q.oldestUnacceptedHandoffs().stream().mapToLong(QueuesDto.UnacceptedHandoff::waitingMinutes).max()
                .orElse(0);
    }

    /** A wait in minutes, in the unit that reads best: "25 min", "3 h 10", "12 j". */
    public static UserMessage waited(long minutes) {
        if (minutes < 60) {
            return UserMessage.of("supervision.minutes", minutes);
        }
        if (minutes < 1440) {
            return UserMessage.of("supervision.hours", minutes / 60, String.format("%02d", minutes % 60));
        }
        return UserMessage.of("supervision.days", minutes / 1440);
    }

    /** "83 %" (rounded), or a dash when there is nothing to measure. */
    public static String percent(Double share) {
        return share == null ? "—" : Math.round(share * 100) + " %";
    }
}
