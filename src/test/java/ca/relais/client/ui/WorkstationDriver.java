package ca.relais.client.ui;

import ca.relais.client.ui.common.I18n;
import ca.relais.support.Snapshots;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real workstation application in a headless TestFX stage, for flows against a real server: launch, sign in,
 * type, press shortcuts, wait for what the screen shows, and save snapshots of it.
 */
final class WorkstationDriver {
    static final String PASSWORD = "relais-demo";
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Application app;

    /** Opens the sign-in screen of a workstation connected to {@code serverUrl}, its caches under {@code data}. */
    WorkstationDriver launch(String serverUrl, Path data) throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        WorkstationConfig config = new WorkstationConfig(URI.create(serverUrl), data, I18n.FRENCH);
        app = FxToolkit.setupApplication(() -> new WorkstationApp(config));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Resizes the window, e.g. to the smallest supported screen (1366×768). */
    WorkstationDriver size(double width, double height) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    FxRobot robot() {
        return robot;
    }

    Stage stage() {
        return stage;
    }

    Scene scene() {
        return stage.getScene();
    }

    /** Signs in with the keyboard and waits for the call screen. */
    void signIn(String username) {
        signIn(username, "caller-search");
    }

    /** Signs in with the keyboard and waits for the node {@code readyId} of the first screen (e.g. the inbox's). */
    void signIn(String username, String readyId) {
        robot.write(username).type(KeyCode.TAB).write(PASSWORD).type(KeyCode.ENTER);
        waitUntil(20, () -> onFx(() -> robot.lookup("#" + readyId).tryQuery().isPresent()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Alt plus the key: the inbox's actions. */
    void alt(KeyCode key) {
        robot.press(KeyCode.ALT);
        try {
            robot.type(key);
        } finally {
            robot.release(KeyCode.ALT);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Ctrl plus the keys (Cmd on a Mac). */
    void ctrl(KeyCode... keys) {
        robot.press(KeyCode.CONTROL);
        try {
            robot.type(keys);
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    void ctrlShift(KeyCode key) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT);
        try {
            robot.type(key);
        } finally {
            robot.release(KeyCode.SHIFT, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    void type(KeyCode... keys) {
        robot.type(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void write(String text) {
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Looks the node up on the FX thread: a walk of the scene graph from another thread can meet it mid-change. */
    <T extends Node> T node(String id, Class<T> type) {
        return onFx(() -> robot.lookup("#" + id).queryAs(type));
    }

    /** The text a label, button or field shows. */
    String text(String id) {
        Node n = node(id, Node.class);
        return onFx(() -> n instanceof Labeled l ? l.getText() : ((TextInputControl) n).getText());
    }

    boolean visible(String id) {
        return onFx(() -> robot.lookup("#" + id).tryQuery()).map(n -> onFx(() -> {
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return true;
        })).orElse(false);
    }

    boolean focused(String id) {
        Node n = node(id, Node.class);
        return onFx(n::isFocused);
    }

    /** The id of the node holding the keyboard focus, or of its nearest parent that has one. */
    String focusedId() {
        return onFx(() -> {
            for (Node n = scene().getFocusOwner(); n != null; n = n.getParent()) {
                if (n.getId() != null) {
                    return n.getId();
                }
            }
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    <T> java.util.List<T> items(String id) {
        ListView<T> list = node(id, ListView.class);
        return onFx(() -> java.util.List.copyOf(list.getItems()));
    }

    void waitUntil(int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Still not true after " + seconds + " s; the screen shows "
                    + Snapshots.saveFailure(scene(), "timeout-" + System.currentTimeMillis()), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    Path snapshot(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        return Snapshots.save(scene(), name);
    }

    /** Runs {@code work} on the FX thread and returns its result. */
    <T> T onFx(Callable<T> work) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }
}
