package ca.relais.bench;

import ca.relais.api.AddressDto;
import ca.relais.api.CallerDto;
import ca.relais.api.ChangeDto;
import ca.relais.api.Json;
import ca.relais.client.store.LocalMirror;
import ca.relais.client.store.LocalStore;
import ca.relais.client.sync.RelaisApi;
import ca.relais.client.sync.SignInService;
import ca.relais.client.sync.WorkstationSession;
import ca.relais.client.ui.WorkstationApp;
import ca.relais.client.ui.WorkstationConfig;
import ca.relais.client.ui.common.I18n;
import ca.relais.server.RelaisServer;
import ca.relais.server.ServerConfig;
import ca.relais.server.demo.DemoCity;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Issue 5's FX thread budget: the real workstation, headless (Monocle, software rendering, 1366×768), signed in on a
 * cache holding 250,000 callers, while calls are typed at 14 keys a second into the caller lookup, the type picker,
 * the location and the knowledge search (each ended with Enter, which builds the attribute form, looks for duplicates
 * and opens the first article). It measures every pulse's work on the FX thread (from its animation phase to the end
 * of its layout), every keystroke's handling, and the longest gap between two pulses (which catches any other work
 * that held the FX thread, such as results arriving).
 */
public final class UiPulseBenchmark {
    /** Issue 5's 250,000 cached callers; {@code -Dbench.callers=…} changes it to try a change of the screen quickly. */
    static final int CALLERS = Integer.getInteger("bench.callers", 250_000);
    private static final int CALLS = Integer.getInteger("bench.calls", 6);
    private static final long KEY_INTERVAL_MS = 70;
    private static final char[] PASSWORD = "relais-demo".toCharArray();

    /**
     * One stretch of FX thread work: its wall time, the CPU time the FX thread spent, and what caused it: the last key
     * delivered before it and how many pulses later it came ("same pulse" when the key was handled just before).
     * {@code cssLayoutCpuNs} is the part of a pulse's CPU spent in its CSS and layout passes.
     */
    private record Busy(long wallNs, long cpuNs, long cssLayoutCpuNs, String during) {
        Busy(long wallNs, long cpuNs, String during) {
            this(wallNs, cpuNs, -1, during);
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private final List<Busy> pulses = new CopyOnWriteArrayList<>();
    private final List<Long> gaps = new CopyOnWriteArrayList<>();
    private final List<Busy> keys = new CopyOnWriteArrayList<>();
    /** FX thread work from the end of one pulse's layout to the next pulse: keys, results arriving, scene sync. */
    private final List<Busy> between = new CopyOnWriteArrayList<>();
    private volatile boolean measuring;
    private volatile String typing = "";
    private long pulseStart;
    private long pulseCpu;
    private long preLayoutCpu;
    private long pulseEndCpu;
    private long lastFrame;
    /** The last key handled on the FX thread, and how many pulses have run since (FX thread only). */
    private String lastKey = "(no key yet)";
    private int pulsesSinceKey;
    private Scene scene;

    private UiPulseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1920x1080-32");
        Path dir = Files.createTempDirectory("relais-bench-pulse");
        try (RelaisServer server = RelaisServer.start(ServerConfig.local(dir.resolve("server"),
                ServerConfig.Seed.DEMO).withDemo(DemoCity.Scale.SMALL, false))) {
            Path data = dir.resolve("client");
            fillCache(server.baseUrl(), data);
            new UiPulseBenchmark().run(server.baseUrl(), data);
        } finally {
            Platform.exit();
            Bench.delete(dir);
        }
    }

    /** Signs in once (a real first sync), then adds 250,000 callers to the cache as pulls would. */
    private static void fillCache(String serverUrl, Path data) throws Exception {
        WorkstationSession session = new SignInService(new RelaisApi(URI.create(serverUrl)), data)
                .signIn("agent8000", PASSWORD);
        session.sync().drain(Duration.ofSeconds(120));
        session.close();
        BenchData bench = new BenchData(5);
        List<AddressDto> addresses = bench.addresses(2_000);
        List<CallerDto> callers = bench.callers(CALLERS, addresses);
        long t0 = System.nanoTime();
        try (LocalStore store = LocalStore.open(data, "agent8000", PASSWORD)) {
            String cursor = store.meta(LocalStore.Meta.FEED_CURSOR).orElseThrow();
            LocalMirror mirror = new LocalMirror(store);
            List<ChangeDto> page = new ArrayList<>();
            for (CallerDto c : callers) {
                page.add(new ChangeDto("caller", c.id().toString(), "upsert", 1, Json.mapper().valueToTree(c)));
                if (page.size() == 1_000) {
                    mirror.apply(page, cursor);
                    page.clear();
                }
            }
            mirror.apply(page, cursor);
            System.out.printf("# %d callers in the workstation cache (%d written in %.1f s)%n",
                    mirror.count("callers"), CALLERS, (System.nanoTime() - t0) / 1e9);
        }
    }

    private void run(String serverUrl, Path data) throws Exception {
        System.setProperty("relais.autoSignIn", "agent8000:relais-demo");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        onFx(() -> {
            Stage stage = new Stage();
            new WorkstationApp(new WorkstationConfig(URI.create(serverUrl), data, I18n.FRENCH)).start(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
            scene = stage.getScene();
            return null;
        });
        waitFor(60, () -> scene.lookup("#caller-search") != null);
        installProbe();
        typeCall("Tremblay", true);
        waitFor(120, () -> !((ListView<?>) scene.lookup("#caller-results")).getItems().isEmpty());
        System.out.println("# the caller lookup index is built; typing calls");
        for (int i = 0; i < 2; i++) {
            call(i);
        }
        measuring = true;
        for (int i = 0; i < CALLS; i++) {
            call(i);
        }
        measuring = false;
        Thread.sleep(500);
        report();
    }

    private static final String[][] SCRIPT = {
        {"819 555", "nid poule", "12 rue king", "bac brun pas ramasse"},
        {"tremblay", "deneigement", "wellington sud", "stationnement hiver"},
        {"4321", "lampadaire", "100 king ouest", "collecte feuilles"},
        {"cote marie", "bac brun", "galt", "permis piscine"},
    };

    private void call(int n) throws Exception {
        String[] call = SCRIPT[n % SCRIPT.length];
        shortcut(KeyCode.N);
        typeInto("caller-search", call[0], false);
        shortcut(KeyCode.T);
        typeInto("type-search", call[1], true);
        shortcut(KeyCode.L);
        typeInto("address-search", call[2], true);
        shortcut(KeyCode.K);
        typeInto("kb-search", call[3], true);
        Thread.sleep(400);
    }

    private void typeCall(String text, boolean enter) throws Exception {
        shortcut(KeyCode.N);
        typeInto("caller-search", text, enter);
    }

    private void typeInto(String id, String text, boolean enter) throws Exception {
        onFx(() -> {
            scene.lookup("#" + id).requestFocus();
            return null;
        });
        for (char c : text.toCharArray()) {
            typing = id + " «" + text + "»";
            key(new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), String.valueOf(c), KeyCode.UNDEFINED, false,
                    false, false, false), typing + " '" + c + "'");
            Thread.sleep(KEY_INTERVAL_MS);
        }
        if (enter) {
            Thread.sleep(250);
            key(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false),
                    typing + " Enter");
            Thread.sleep(KEY_INTERVAL_MS * 3);
        }
    }

    private void shortcut(KeyCode code) throws Exception {
        key(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, true, false, false), "Ctrl+" + code.getName());
        Thread.sleep(KEY_INTERVAL_MS);
    }

    /** Delivers a key to the focused control as the toolkit would, and times its handling on the FX thread. */
    private void key(KeyEvent event, String during) {
        Platform.runLater(() -> {
            long start = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            Event.fireEvent(target, event.copyFor(target, target));
            lastKey = during;
            pulsesSinceKey = 0;
            if (measuring) {
                keys.add(new Busy(System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu, during));
            }
        });
    }

    private void installProbe() {
        onFx(() -> {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long t = System.nanoTime();
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    if (measuring && lastFrame > 0) {
                        gaps.add(t - lastFrame);
                        between.add(new Busy(t - lastFrame, cpu - pulseEndCpu, cause()));
                    }
                    lastFrame = t;
                    pulseStart = t;
                    pulseCpu = cpu;
                }
            }.start();
            scene.addPreLayoutPulseListener(() -> preLayoutCpu = THREADS.getCurrentThreadCpuTime());
            scene.addPostLayoutPulseListener(() -> {
                long cpu = THREADS.getCurrentThreadCpuTime();
                if (measuring && pulseStart > 0) {
                    pulses.add(new Busy(System.nanoTime() - pulseStart, cpu - pulseCpu, cpu - preLayoutCpu,
                            cause()));
                }
                pulsesSinceKey++;
                pulseEndCpu = cpu;
            });
            return null;
        });
    }

    private String cause() {
        return lastKey + (pulsesSinceKey == 0 ? " (same pulse)" : " (+" + pulsesSinceKey + " pulses)");
    }

    private void report() {
        long[] g = gaps.stream().mapToLong(Long::longValue).toArray();
        System.out.printf("# %d pulses, %d keystrokes measured over %d calls%n", pulses.size(), keys.size(), CALLS);
        line("ui_pulse", pulses);
        line("ui_keystroke", keys);
        line("ui_between_pulses", between);
        Bench.line(System.out, "ui_frame_gap_max_ms", Bench.percentileMillis(g, 1.0), "ms");
        Bench.line(System.out, "ui_frame_gap_p99_ms", Bench.percentileMillis(g, 0.99), "ms");
    }

    /** Wall and CPU figures of FX thread work: on a busy machine the wall time includes waits for a core. */
    private static void line(String name, List<Busy> busy) {
        long[] wall = busy.stream().mapToLong(Busy::wallNs).toArray();
        long[] cpu = busy.stream().mapToLong(Busy::cpuNs).toArray();
        Bench.line(System.out, name + "_max_ms", Bench.percentileMillis(wall, 1.0), "ms");
        Bench.line(System.out, name + "_p99_ms", Bench.percentileMillis(wall, 0.99), "ms");
        Bench.line(System.out, name + "_cpu_max_ms", Bench.percentileMillis(cpu, 1.0), "ms");
        Bench.line(System.out, name + "_cpu_p99_ms", Bench.percentileMillis(cpu, 0.99), "ms");
        busy.stream().sorted(java.util.Comparator.comparingLong(Busy::cpuNs).reversed()).limit(8)
                .forEach(b -> System.out.printf(java.util.Locale.ROOT, "#   %s: %.1f ms (%.1f ms CPU%s) after %s%n",
                        name, b.wallNs() / 1e6, b.cpuNs() / 1e6, b.cssLayoutCpuNs() < 0 ? ""
                        : String.format(java.util.Locale.ROOT, ", %.1f in CSS and layout", b.cssLayoutCpuNs() / 1e6),
                        b.during()));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.join();
    }

    private static void waitFor(int seconds, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!onFx(condition::get)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out");
            }
            Thread.sleep(100);
        }
    }
}
