package ca.relais.client.ui.common;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** The application's {@link UiTimer}: a pause on the JavaFX thread, scheduled from that thread. */
public final class FxTimer implements UiTimer {
    @Override
    public Scheduled schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
