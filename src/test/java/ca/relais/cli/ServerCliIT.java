package ca.relais.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as operations would run it. */
class ServerCliIT {
    private static final Pattern LISTENING = Pattern.compile("^relais server listening on (http://[^:]+:(\\d+))$");

    @TempDir
    Path dir;

    private static Path jar() {
        Path jar = Path.of("target", "relais.jar");
        assertThat(jar).as("mvn verify packages the jar before integration tests").exists();
        return jar;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void serverPrintsItsListeningLineAndAnswersHealth() throws Exception {
        Process process = new ProcessBuilder(java(), "-jar", jar().toString(), "server", "--port", "0",
                "--data-dir", dir.toString(), "--seed", "demo")
                .redirectError(dir.resolve("stderr.log").toFile())
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as(() -> readQuietly(dir.resolve("stderr.log"))).isNotNull().matches(LISTENING);
            Matcher m = LISTENING.matcher(line);
            assertThat(m.matches()).isTrue();
            assertThat(Integer.parseInt(m.group(2))).isPositive();

            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(m.group(1) + "/health")).timeout(Duration.ofSeconds(10))
                            .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(dir.resolve("relais-server.mv.db")).exists();
        } finally {
            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
    }

    @Test
    void versionAndHelpWork() throws Exception {
        Process version = new ProcessBuilder(java(), "-jar", jar().toString(), "--version").start();
        String text = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(version.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(version.exitValue()).isZero();
        assertThat(text).startsWith("Relais ");

        Process help = new ProcessBuilder(java(), "-jar", jar().toString(), "server", "--help").start();
        String usage = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(help.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(usage).contains("--port", "--data-dir", "--db", "--seed");
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (Exception e) {
            return "";
        }
    }
}
