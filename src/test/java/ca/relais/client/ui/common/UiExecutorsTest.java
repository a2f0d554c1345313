package ca.relais.client.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class UiExecutorsTest {
    @Test
    void workAskedForAfterThePoolIsShutDownIsDroppedWithoutFailingTheCaller() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        pool.shutdownNow();
        List<String> seen = new ArrayList<>();
        UiExecutors executors = new UiExecutors(pool, Runnable::run);

        assertThatCode(() -> executors.run(() -> "late", seen::add, e -> seen.add("failed")))
                .doesNotThrowAnyException();
        assertThat(seen).isEmpty();
    }

    @Test
    void workRunsInTheBackgroundAndItsResultReachesTheUiThread() {
        List<String> seen = new ArrayList<>();
        new UiExecutors(Runnable::run, Runnable::run).run(() -> "done", seen::add, e -> seen.add("failed"));
        UiExecutors.Work<String> failing = () -> {
            throw new IllegalStateException("no");
        };
        new UiExecutors(Runnable::run, Runnable::run).run(failing, seen::add, e -> seen.add("failed: " + e.getMessage()));
        assertThat(seen).containsExactly("done", "failed: no");
    }
}
