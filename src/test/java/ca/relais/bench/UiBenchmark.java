package ca.relais.bench;

import ca.relais.server.RelaisServer;
import ca.relais.server.ServerConfig;
import ca.relais.server.demo.DemoCity;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Issue 5's cold start: a new JVM launches the workstation ({@code ca.relais.cli.Main --server URL}) against a demo
 * server with the full demo city, signs in as {@code agent8000} ({@code -Drelais.autoSignIn}) and prints
 * {@code RELAIS_READY <ms since its JVM started>} once the call screen with the cached catalogue is laid out
 * ({@code -Drelais.readyMarker}). The first start has an empty cache; the next ones find the agent's cache, as every
 * morning. The child runs the packaged {@code target/relais.jar} headless (Monocle, software rendering; the Monocle
 * jar is the one thing added to its class path). Then the same start with a class-data archive made by one training
 * run ({@code -XX:ArchiveClassesAtExit}, then {@code -XX:SharedArchiveFile}), as the README describes. Last, starts
 * where the sign-in waits three seconds on its screen, as an agent typing ({@code -Drelais.autoSignInAfterMs}): the
 * figure is the wait from Enter to the call screen.
 */
public final class UiBenchmark {
    private static final int WARM_STARTS = 5;
    private static final long TYPING_MS = 3_000;

    private UiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("relais-bench-ui");
        try (RelaisServer server = RelaisServer.start(ServerConfig.local(dir.resolve("server"),
                ServerConfig.Seed.DEMO).withDemo(DemoCity.Scale.FULL, false))) {
            Path data = dir.resolve("client");
            Start first = start(server.baseUrl(), data, List.of());
            Bench.line(System.out, "ui_cold_start_first_ms", first.readyMs(), "ms");
            List<Start> warm = new ArrayList<>();
            for (int i = 0; i < WARM_STARTS; i++) {
                warm.add(start(server.baseUrl(), data, List.of()));
            }
            long[] ready = warm.stream().mapToLong(s -> s.readyMs() * 1_000_000L).toArray();
            long[] wall = warm.stream().mapToLong(s -> s.wallMs() * 1_000_000L).toArray();
            Bench.line(System.out, "ui_cold_start_ms", Bench.percentileMillis(ready, 0.5), "ms");
            Bench.line(System.out, "ui_cold_start_max_ms", Bench.percentileMillis(ready, 1.0), "ms");
            Bench.line(System.out, "ui_cold_start_wall_ms", Bench.percentileMillis(wall, 0.5), "ms");
            Path archive = dir.resolve("relais.jsa");
            train(server.baseUrl(), data, archive);
            List<Start> cds = new ArrayList<>();
            for (int i = 0; i < WARM_STARTS; i++) {
                cds.add(start(server.baseUrl(), data, List.of("-XX:SharedArchiveFile=" + archive)));
            }
            Bench.line(System.out, "ui_cold_start_appcds_ms", Bench.percentileMillis(cds.stream()
                    .mapToLong(s -> s.readyMs() * 1_000_000L).toArray(), 0.5), "ms");
            // As an agent signs in: three seconds of typing on the sign-in screen, then Enter; what counts is the
            // wait after Enter, while the start-up work done during the typing has already run.
            List<Start> typed = new ArrayList<>();
            for (int i = 0; i < WARM_STARTS; i++) {
                typed.add(start(server.baseUrl(), data, List.of("-Drelais.autoSignInAfterMs=" + TYPING_MS)));
            }
            Bench.line(System.out, "ui_enter_to_call_screen_ms", Bench.percentileMillis(typed.stream()
                    .mapToLong(s -> (s.readyMs() - s.signInMs()) * 1_000_000L).toArray(), 0.5), "ms");
        } finally {
            Bench.delete(dir);
        }
        UiPulseBenchmark.main(args);
    }

    private static List<String> command(String serverUrl, Path data, List<String> jvmOptions) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dheadless.geometry=1920x1080-32", "-Drelais.autoSignIn=agent8000:relais-demo",
                "-Drelais.readyMarker=true"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath(), "ca.relais.cli.Main", "--server", serverUrl, "--data-dir",
                data.toString()));
        return command;
    }

    /** The packaged jar and the headless toolkit; a class-data archive needs jars only, no class folders. */
    private static String classPath() {
        Path jar = Path.of("target", "relais.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Package first: " + jar + " is missing");
        }
        String monocle = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> e.contains("openjfx-monocle")).findFirst()
                .orElseThrow(() -> new IllegalStateException("Monocle is not on the test class path"));
        return jar.toAbsolutePath() + java.io.File.pathSeparator + monocle;
    }

    /** One training run that closes itself once ready, leaving the class-data archive behind. */
    private static void train(String serverUrl, Path data, Path archive) throws Exception {
        Process p = new ProcessBuilder(command(serverUrl, data, List.of("-XX:ArchiveClassesAtExit=" + archive,
                "-Drelais.exitWhenReady=true", "-Xlog:cds=off"))).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("The training run did not close on its own");
        }
        if (!Files.exists(archive)) {
            throw new IllegalStateException("The training run left no archive at " + archive);
        }
    }

    /** One start: what the child measured from its JVM's start, and what this process saw from the spawn. */
    record Start(long readyMs, long wallMs, long signInMs) {
    }

    static Start start(String serverUrl, Path data, List<String> jvmOptions) throws Exception {
        List<String> command = command(serverUrl, data, jvmOptions);
        long spawned = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Long> ready = new CompletableFuture<>();
        CompletableFuture<Long> cpu = new CompletableFuture<>();
        CompletableFuture<Long> signIn = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("RELAIS_PHASE ")) {
                        System.out.println("#   " + line);
                        if (line.startsWith("RELAIS_PHASE sign-in ")) {
                            signIn.complete(Long.parseLong(line.split(" ")[2]));
                        }
                    } else if (line.startsWith("RELAIS_READY ")) {
                        ready.complete(Long.parseLong(line.substring("RELAIS_READY ".length()).strip()));
                    } else if (line.startsWith("RELAIS_READY_CPU ")) {
                        cpu.complete(Long.parseLong(line.substring("RELAIS_READY_CPU ".length()).strip()));
                    }
                }
            } catch (java.io.IOException | NumberFormatException e) {
                ready.completeExceptionally(e);
            }
            ready.completeExceptionally(new IllegalStateException("The workstation exited without its call screen"));
        });
        try {
            long readyMs = ready.get(180, TimeUnit.SECONDS);
            long wall = (System.nanoTime() - spawned) / 1_000_000;
            System.out.printf("# start: ready %d ms after its JVM started, %d ms after the spawn, %s ms of CPU%n",
                    readyMs, wall, cpu.completeOnTimeout(-1L, 5, TimeUnit.SECONDS).get());
            Thread.sleep(3_000);
            return new Start(readyMs, wall, signIn.getNow(-1L));
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }
}
