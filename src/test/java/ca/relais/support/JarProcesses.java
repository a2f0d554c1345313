package ca.relais.support;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged jar run as separate processes, as operations run it: a server, and simulator runs against it. */
public final class JarProcesses {
    private static final Pattern LISTENING = Pattern.compile("^relais server listening on (http://[^:]+:\\d+)$");

    private JarProcesses() {
    }

    public static Path jar() {
        Path jar = Path.of("target", "relais.jar");
        assertThat(jar).as("mvn verify packages the jar before integration tests").exists();
        return jar;
    }

    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A running {@code relais server} process and the URL it printed. */
    public record Server(Process process, String url) implements AutoCloseable {
        public static Server start(Path dataDir, Path log, String... extraArgs) throws Exception {
            Files.createDirectories(dataDir);
            List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString(), "server", "--port", "0",
                    "--data-dir", dataDir.toString(), "--seed", "demo", "--demo-city", "none"));
            command.addAll(List.of(extraArgs));
            Process p = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).get(120, TimeUnit.SECONDS);
            assertThat(line).as(() -> read(log)).isNotNull();
            Matcher m = LISTENING.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            return new Server(p, m.group(1));
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A finished simulator run: its exit code, its JSON summary (the last stdout line) and all its output. */
    public record Run(int exitCode, JsonNode summary, String stdout) {
    }

    /** Starts a simulator run; its stdout is piped when {@code keepOutput}, else discarded. */
    public static Process startSimulate(Path log, List<String> javaOptions, boolean keepOutput, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar().toString(), "simulate"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectOutput(keepOutput ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.DISCARD).start();
    }

    public static Run simulate(Path log, String... args) throws Exception {
        Process p = startSimulate(log, List.of(), true, args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).as(() -> out + read(log)).isNotEmpty();
        return new Run(p.exitValue(), Json.mapper().readTree(lines.get(lines.size() - 1)), out);
    }

    /** Every request id on the server, counted one by one through the paged list (duplicates would show). */
    public static List<UUID> serverRequestIds(String url) {
        Http http = new Http(url);
        String token = http.login("supervisor", "relais-demo");
        List<UUID> ids = new ArrayList<>();
        http.allItems("/api/v1/requests", token).forEach(i -> ids.add(UUID.fromString(i.get("id").asText())));
        return ids;
    }

    public static Set<UUID> distinct(List<UUID> ids) {
        return new HashSet<>(ids);
    }

    public static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
