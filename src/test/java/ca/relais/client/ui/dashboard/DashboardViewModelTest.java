package ca.relais.client.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.QueueTiles;
import ca.relais.client.sync.ApiException;
import ca.relais.client.sync.SupervisionClient.ItemsQuery;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.support.ManualTimer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/** The dashboard's tiles, lists behind them, targets, and how it follows the server's changes. */
class DashboardViewModelTest {
    private final FakeDashboardSource source = new FakeDashboardSource();
    private final ManualTimer timer = new ManualTimer();
    /** Background work waits here until the test runs it: a read "in flight". */
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final DashboardViewModel vm = new DashboardViewModel(source,
            new UiExecutors(background::add, Runnable::run), timer, true);

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    @Test
    void showingReadsTheFiguresAndBuildsTheTiles() {
        vm.shown();
        runBackground();
        assertThat(source.queueReads).isEqualTo(1);
        assertThat(vm.tiles()).extracting(Tile::id).containsExactlyElementsOf(QueueTiles.ALL);
        assertThat(vm.targets().slaProperty().get()).isEqualTo("80");
        assertThat(vm.targets().fcrProperty().get()).isEqualTo("70");
        assertThat(vm.targets().maxMinutesProperty().get()).isEqualTo("30");
    }

    @Test
    void aBurstOfChangesIsOneReadWithinTheDelay() {
        vm.shown();
        runBackground();
        for (int i = 0; i < 5; i++) {
            vm.serverChanged();
            timer.advance(Duration.ofMillis(50));
        }
        runBackground();
        assertThat(source.queueReads).as("still waiting for the end of the delay").isEqualTo(1);
        timer.advance(LiveRefresh.DELAY.minusMillis(250));
        runBackground();
        assertThat(source.queueReads).isEqualTo(2);
        timer.advance(Duration.ofSeconds(5));
        runBackground();
        assertThat(source.queueReads).isEqualTo(2);
    }

    @Test
    void aSteadyStreamOfChangesCannotHoldTheFiguresBack() {
        vm.shown();
        runBackground();
        for (int i = 0; i < 20; i++) {
            vm.serverChanged();
            timer.advance(Duration.ofMillis(100));
            runBackground();
        }
        assertThat(source.queueReads).as("one read at least every 400 ms over 2 s, unlike a debounce")
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void aChangeDuringAReadAsksForOneMoreReadAfterIt() {
        vm.shown();
        assertThat(background).hasSize(1);
        vm.serverChanged();
        vm.serverChanged();
        runBackground();
        assertThat(source.queueReads).isEqualTo(1);
        timer.advance(LiveRefresh.DELAY);
        runBackground();
        assertThat(source.queueReads).isEqualTo(2);
        timer.advance(Duration.ofSeconds(5));
        runBackground();
        assertThat(source.queueReads).isEqualTo(2);
    }

    @Test
    void aHiddenDashboardDoesNotFollowChanges() {
        vm.shown();
        runBackground();
        vm.serverChanged();
        vm.hidden();
        timer.advance(Duration.ofSeconds(5));
        vm.serverChanged();
        timer.advance(Duration.ofSeconds(5));
        runBackground();
        assertThat(source.queueReads).isEqualTo(1);
        assertThat(timer.waiting()).isZero();
    }

    @Test
    void aTileOpensTheListBehindItAndMoreReadsTheNextPage() {
        vm.drillDown(QueueTiles.AT_RISK);
        runBackground();
        assertThat(source.itemCalls).containsExactly(new FakeDashboardSource.ItemsCall(
                new ItemsQuery(QueueTiles.AT_RISK, null, null, null, null), DrillDown.PAGE, null));
        assertThat(vm.drill().items()).hasSize(1);
        assertThat(vm.drill().totalProperty().get()).isEqualTo(2);
        assertThat(vm.drill().hasMoreProperty().get()).isTrue();
        vm.drill().more();
        runBackground();
        assertThat(source.itemCalls.get(1).cursor()).isEqualTo("c2");
        assertThat(vm.drill().items()).hasSize(2);
        assertThat(vm.drill().hasMoreProperty().get()).isFalse();
    }

    @Test
    void aChartBarOpensTheListWithItsDepartmentAndStatusOrItsHourAndChannel() {
        vm.drillDown(new ItemsQuery(QueueTiles.OPEN, "TP", "NEW", null, null));
        vm.drillDown(new ItemsQuery(QueueTiles.INTAKE, null, null, "EMAIL", "09"));
        runBackground();
        assertThat(source.itemCalls).extracting(FakeDashboardSource.ItemsCall::query).containsExactly(
                new ItemsQuery(QueueTiles.OPEN, "TP", "NEW", null, null),
                new ItemsQuery(QueueTiles.INTAKE, null, null, "EMAIL", "09"));
        assertThat(vm.drill().items()).as("the first list's answer came too late and is dropped").hasSize(1);
        assertThat(vm.drill().queryProperty().get().channel()).isEqualTo("EMAIL");
    }

    @Test
    void targetsAreCheckedThenSavedOverTheVersionReadAndTheFiguresReadAgain() {
        vm.shown();
        runBackground();
        vm.targets().slaProperty().set("101");
        assertThat(vm.targets().save()).isFalse();
        assertThat(vm.targets().messageProperty().get().key()).isEqualTo("dashboard.targets.invalidPercent");
        vm.targets().slaProperty().set(" 85 % ");
        vm.targets().maxMinutesProperty().set("0");
        assertThat(vm.targets().save()).isFalse();
        assertThat(vm.targets().messageProperty().get().key()).isEqualTo("dashboard.targets.invalidMinutes");
        vm.targets().maxMinutesProperty().set("45");
        assertThat(vm.targets().save()).isTrue();
        runBackground();
        assertThat(source.saved).hasSize(1);
        assertThat(source.saved.get(0).slaAttainment()).isEqualTo(0.85);
        assertThat(source.saved.get(0).firstContactResolution()).isEqualTo(0.70);
        assertThat(source.saved.get(0).maxUnacceptedMinutes()).isEqualTo(45);
        assertThat(source.saved.get(0).version()).isEqualTo(3);
        assertThat(vm.targets().messageProperty().get().key()).isEqualTo("dashboard.targets.saved");
        assertThat(source.queueReads).isEqualTo(2);
    }

    @Test
    void aStaleVersionSaysSomeoneElseChangedTheTargets() {
        vm.shown();
        runBackground();
        source.saveFailure = new ApiException(412, null);
        vm.targets().save();
        runBackground();
        assertThat(vm.targets().messageProperty().get().key()).isEqualTo("supervision.stale");
    }
}
