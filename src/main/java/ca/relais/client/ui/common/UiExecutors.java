package ca.relais.client.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Where ViewModels run work: slow work in the background, results on the UI thread. Tests pass same-thread
 * executors; the application passes a thread pool and {@code Platform::runLater}.
 */
public record UiExecutors(Executor background, Executor ui) {

    public static UiExecutors direct() {
        return new UiExecutors(Runnable::run, Runnable::run);
    }

    /**
     * Runs {@code work} in the background, then hands its result or its failure to the UI thread. Once the
     * workstation is closing (its pool shut down), late requests, e.g. from a synchronisation that just finished,
     * are dropped instead of failing on the UI thread.
     */
    public <T> void run(Work<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        try {
            submit(work, onSuccess, onFailure);
        } catch (RejectedExecutionException closing) {
            // nothing more runs after the application stops
        }
    }

    private <T> void submit(Work<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                ui.execute(() -> onFailure.accept(e));
                return;
            }
            ui.execute(() -> onSuccess.accept(result));
        });
    }

    /** Background work that may fail. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }
}
