package ca.relais.client.ui.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.client.config.ClientSettings;
import ca.relais.client.config.Setting;
import ca.relais.client.config.SettingsLoader;
import ca.relais.client.config.TrustStores;
import ca.relais.client.sync.RelaisApi;
import ca.relais.client.sync.SignInService;
import ca.relais.client.sync.SyncStatus;
import ca.relais.client.sync.WorkstationSession;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.server.RelaisServer;
import ca.relais.support.TestServers;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help → Diagnostics on a real signed-in session: what the zip holds, and that no secret is in it. */
class DiagnosticsViewModelTest {
    private static final String TRUST_PASSWORD = "Tr0ustP4ss-ne-pas-divulguer";

    @TempDir
    Path dir;

    @Test
    void theBundleHoldsVersionsSettingsLogsAndSyncStateButNoSecret() throws Exception {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Files.writeString(logs.resolve("relais.log"), "2026-01-02T10:00:00Z INFO  [main] c.r.X - today\n");
        for (int day = 1; day <= 7; day++) {
            Path old = logs.resolve("relais-2026-01-0" + day + ".0.log.gz");
            try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(old))) {
                gz.write(("day " + day + "\n").getBytes(StandardCharsets.UTF_8));
            }
            Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2026-01-0" + day + "T23:59:00Z")));
        }
        Files.writeString(logs.resolve("notes.txt"), "not a log");
        Path trust = TrustStores.create(dir, TRUST_PASSWORD);
        ClientSettings settings = new SettingsLoader(Map.of("RELAIS_TRUSTSTORE", trust.toString(),
                "RELAIS_TRUSTSTORE_PASSWORD", TRUST_PASSWORD, "RELAIS_HTTP_PROXY", "proxy.ville.ca:3128"),
                new SettingsLoader.Defaults(dir.resolve("relais.properties"), dir.resolve("data"), logs))
                .load(new EnumMap<>(Setting.class), null);

        try (RelaisServer server = TestServers.demoOnH2(dir.resolve("server"))) {
            WorkstationSession session = new SignInService(new RelaisApi(URI.create(server.baseUrl())),
                    dir.resolve("client")).signIn("agent8000", "relais-demo".toCharArray());
            try {
                session.sync().drain(Duration.ofSeconds(30));
                Instant now = Instant.parse("2026-01-08T09:30:00Z");
                DiagnosticsBundle bundle = new DiagnosticsBundle(DiagnosticsBundle.systemVersions("9.8.7"),
                        settings.effective(), logs);
                DiagnosticsViewModel vm = new DiagnosticsViewModel(bundle, () -> {
                    SyncStatus s = session.sync().status();
                    return new SyncSnapshot(s.state().name(), s.pending(), s.rejected(), s.conflicts(),
                            s.lastSync(), session.api().baseUrl(), session.api().servers());
                }, dir.resolve("data"), UiExecutors.direct(), Clock.fixed(now, ZoneOffset.UTC));

                vm.export(null);

                assertThat(vm.busyProperty().get()).isFalse();
                Path zip = vm.writtenProperty().get();
                assertThat(zip).isNotNull().hasParent(dir.resolve("data"));
                assertThat(zip.getFileName().toString()).matches("relais-diagnostics-\\d{8}-\\d{6}\\.zip");
                assertThat(vm.messageProperty().get().key()).isEqualTo("diagnostics.done");
                assertThat(Files.list(dir.resolve("data")).toList()).as("no partial file is left").containsExactly(zip);

                Map<String, String> entries = read(zip);
                assertThat(entries.keySet()).startsWith("versions.txt", "configuration.txt", "sync-state.txt")
                        .contains("logs/relais.log", "logs/relais-2026-01-07.0.log.gz")
                        .doesNotContain("logs/notes.txt", "logs/relais-2026-01-01.0.log.gz");
                assertThat(entries.keySet().stream().filter(n -> n.startsWith("logs/")))
                        .hasSize(DiagnosticsBundle.MAX_LOG_FILES);
                assertThat(entries.get("versions.txt")).contains("relais = 9.8.7").contains("java = ")
                        .contains("javafx = ").contains("os = ");
                assertThat(entries.get("configuration.txt"))
                        .contains("http.proxy = proxy.ville.ca:3128 [the environment variable RELAIS_HTTP_PROXY]")
                        .contains("truststore.file = " + trust).contains("truststore.password = **** (masked)");
                assertThat(entries.get("sync-state.txt")).contains("connection = ONLINE")
                        .contains("outbox.pending = 0").contains("server.current = " + server.baseUrl())
                        .containsPattern("last.sync = 20\\d\\d-").contains("cursor.age = ");

                String everything = String.join("\n", entries.values());
                for (String secret : List.of(TRUST_PASSWORD, "relais-demo", session.token())) {
                    assertThat(everything).as("no secret in the bundle").doesNotContain(secret);
                }
            } finally {
                session.close();
            }
        }
    }

    @Test
    void aFolderThatCannotBeWrittenGivesAReadableMessageAndNoFile() throws Exception {
        Path blocked = Files.writeString(dir.resolve("a-file"), "x");
        DiagnosticsViewModel vm = new DiagnosticsViewModel(new DiagnosticsBundle(Map.of(), Map.of(), null),
                () -> new SyncSnapshot("OFFLINE", 3, 1, 0, null, URI.create("http://127.0.0.1:1"),
                        List.of(URI.create("http://127.0.0.1:1"))), dir, UiExecutors.direct(), Clock.systemUTC());
        vm.export(blocked.resolve("inside"));
        assertThat(vm.writtenProperty().get()).isNull();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.messageProperty().get().key()).isEqualTo("diagnostics.failed");
        assertThat(vm.messageProperty().get().args()[0]).isEqualTo(blocked.resolve("inside").toString());

        vm.export(dir.resolve("out"));
        Map<String, String> entries = read(vm.writtenProperty().get());
        assertThat(entries.get("sync-state.txt")).contains("outbox.pending = 3").contains("last.sync = never")
                .contains("cursor.age = unknown");
        assertThat(entries.keySet()).noneMatch(n -> n.startsWith("logs/"));
    }

    private static Map<String, String> read(Path zip) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                z.transferTo(bytes);
                entries.put(e.getName(), bytes.toString(StandardCharsets.ISO_8859_1));
            }
        }
        return entries;
    }
}
