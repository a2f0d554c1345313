package ca.relais.client.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.QueueTiles;
import ca.relais.api.QueuesDto;
import ca.relais.api.TargetsDto;
import ca.relais.client.ui.common.UserMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each tile's state against its target: on target, within five points below, further below, nothing to measure. */
class TileRulesTest {

    private static Tile tile(QueuesDto q, String id) {
        return TileRules.tiles(q).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aShareIsOnTargetAtOrAboveItAWarningJustBelowAndAnAlertFurther() {
        assertThat(TileRules.share(0.80, 0.80)).isEqualTo(TileState.OK);
        assertThat(TileRules.share(0.93, 0.80)).isEqualTo(TileState.OK);
        assertThat(TileRules.share(0.75, 0.80)).isEqualTo(TileState.WARNING);
        assertThat(TileRules.share(0.7499, 0.80)).isEqualTo(TileState.ALERT);
        assertThat(TileRules.share(null, 0.80)).isEqualTo(TileState.NEUTRAL);
        assertThat(TileRules.share(0.5, null)).isEqualTo(TileState.NEUTRAL);
    }

    @Test
    void breachedRequestsAreJudgedByTheShareOfOpenOnesStillWithinTheirSla() {
        Tile within = tile(FakeDashboardSource.queues(10, 0, 1, 0.80, 0.70, 30), QueueTiles.BREACHED);
        assertThat(within.figure()).isEqualTo("1");
        assertThat(within.state()).isEqualTo(TileState.OK);
        assertThat(within.detail().args()).containsExactly("90 %", "80 %");
        assertThat(tile(FakeDashboardSource.queues(20, 0, 5, 0.80, 0.70, 30), QueueTiles.BREACHED).state())
                .as("75 % within SLA, 5 points under 80").isEqualTo(TileState.WARNING);
        assertThat(tile(FakeDashboardSource.queues(10, 0, 3, 0.80, 0.70, 30), QueueTiles.BREACHED).state())
                .isEqualTo(TileState.ALERT);
        assertThat(tile(FakeDashboardSource.queues(0, 0, 0, 0.80, 0.70, 30), QueueTiles.BREACHED).state())
                .as("nothing open, nothing to measure").isEqualTo(TileState.NEUTRAL);
    }

    @Test
    void firstContactResolutionTodayAgainstItsTarget() {
        Tile fcr = tile(FakeDashboardSource.queues(10, 0, 0, 0.80, 0.70, 30), QueueTiles.FCR);
        assertThat(fcr.figure()).isEqualTo("75 %");
        assertThat(fcr.state()).isEqualTo(TileState.OK);
        assertThat(tile(FakeDashboardSource.queues(10, 0, 0, 0.80, 0.85, 30), QueueTiles.FCR).state())
                .isEqualTo(TileState.ALERT);
    }

    @Test
    void atRiskNeedsWatchingAsSoonAsOneIsThere() {
        assertThat(tile(FakeDashboardSource.queues(10, 0, 0, 0.8, 0.7, 30), QueueTiles.AT_RISK).state())
                .isEqualTo(TileState.OK);
        assertThat(tile(FakeDashboardSource.queues(10, 1, 0, 0.8, 0.7, 30), QueueTiles.AT_RISK).state())
                .isEqualTo(TileState.WARNING);
    }

    @Test
    void unacceptedHandoffsAreAnAlertOnceTheOldestWaitedLongerThanAllowed() {
        QueuesDto none = FakeDashboardSource.queues(10, 0, 0, 0.8, 0.7, 30);
        assertThat(tile(none, QueueTiles.UNACCEPTED).state()).isEqualTo(TileState.OK);
        assertThat(tile(waiting(none, 25), QueueTiles.UNACCEPTED).state()).isEqualTo(TileState.WARNING);
        assertThat(tile(waiting(none, 30), QueueTiles.UNACCEPTED).state()).isEqualTo(TileState.WARNING);
        Tile late = tile(waiting(none, 31), QueueTiles.UNACCEPTED);
        assertThat(late.state()).isEqualTo(TileState.ALERT);
        assertThat(late.detail().args()).extracting(a -> words((UserMessage) a))
                .containsExactly("supervision.minutes 31", "supervision.minutes 30");
        assertThat(words(TileRules.waited(190))).isEqualTo("supervision.hours 3 10");
        assertThat(words(TileRules.waited(775_878))).isEqualTo("supervision.days 538");
    }

    @Test
    void everyTileIsThereInTheOrderOfTheServersTiles() {
        assertThat(TileRules.tiles(FakeDashboardSource.queues(1, 0, 0, null, null, null))).extracting(Tile::id)
                .containsExactlyElementsOf(QueueTiles.ALL);
        assertThat(TileRules.tiles(FakeDashboardSource.queues(1, 0, 0, null, null, null)))
                .filteredOn(t -> !t.id().equals(QueueTiles.AT_RISK) && !t.id().equals(QueueTiles.UNACCEPTED))
                .extracting(Tile::state).containsOnly(TileState.NEUTRAL);
    }

    private static String words(UserMessage m) {
        return m.key() + " " + String.join(" ", java.util.Arrays.stream(m.args()).map(String::valueOf).toList());
    }

    private static QueuesDto waiting(QueuesDto q, long minutes) {
        return new QueuesDto(q.generatedAt(), q.openByDepartment(), q.openByStatus(), q.open(), q.atRisk(),
                q.breached(), q.intakeToday(), q.intakeTodayByChannel(), q.intakeTodayByHour(), q.intakeTodayByLine(),
                q.intakeTodayByChannelHour(), 2, List.of(new QueuesDto.UnacceptedHandoff(UUID.randomUUID(), "R-1",
                        "NIDS", "C311", "TP", Instant.now(), minutes), new QueuesDto.UnacceptedHandoff(
                        UUID.randomUUID(), "R-2", "NIDS", "C311", "TP", Instant.now(), 3)), q.agents(),
                q.resolvedAtFirstContactToday(), q.firstContactResolutionToday(),
                new TargetsDto(0.8, 0.7, 30, 1, null, null));
    }
}
