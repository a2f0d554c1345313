package ca.relais.client.ui.diagnostics;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the zip a support technician asks for: versions, the effective configuration without secrets, the recent
 * log files and the synchronisation state. Nothing from the encrypted cache goes in.
 */
public final class DiagnosticsBundle {
    static final int MAX_LOG_FILES = 5;
    static final long MAX_LOG_BYTES = 20L * 1024 * 1024;
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|secret|token|passphrase).*");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final Map<String, String> versions;
    private final Map<String, String> settings;
    private final Path logDir;

    public DiagnosticsBundle(Map<String, String> versions, Map<String, String> settings, Path logDir) {
        this.versions = versions;
        this.settings = settings;
        this.logDir = logDir;
    }

    /** Versions of the application, Java, JavaFX and the operating system, as this process sees them. */
    public static Map<String, String> systemVersions(String appVersion) {
        Map<String, String> v = new java.util.LinkedHashMap<>();
        v.put("relais", appVersion == null ? "dev" : appVersion);
        v.put("java", System.getProperty("java.runtime.version", System.getProperty("java.version")));
        v.put("java.vendor", System.getProperty("java.vendor"));
        v.put("javafx", System.getProperty("javafx.runtime.version", "not started"));
        v.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")");
        v.put("locale", Locale.getDefault().toLanguageTag());
        v.put("time.zone", ZoneId.systemDefault().getId());
        v.put("max.memory.mb", String.valueOf(Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        return v;
    }

    /** The name of a bundle written at {@code now}. */
    public static String fileName(Instant now) {
        return "relais-diagnostics-" + FILE_TIME.format(now.atZone(ZoneId.systemDefault())) + ".zip";
    }

    /** Writes the bundle into {@code folder} (created if missing) and returns its path; all or nothing. */
    public Path write(Path folder, SyncSnapshot sync, Instant now) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(fileName(now));
        Path partial = Files.createTempFile(folder, "relais-diagnostics-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
                text(zip, "versions.txt", lines(versions));
                text(zip, "configuration.txt", lines(masked(settings)));
                text(zip, "sync-state.txt", syncState(sync, now));
                for (Path log : recentLogs()) {
                    zip.putNextEntry(new ZipEntry("logs/" + log.getFileName()));
                    Files.copy(log, zip);
                    zip.closeEntry();
                }
            }
            return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    static Map<String, String> masked(Map<String, String> settings) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        settings.forEach((k, v) -> out.put(k, SECRET_KEY.matcher(k).matches() && !v.equals("(default)")
                ? "**** (masked)" : v));
        return out;
    }

    private static String syncState(SyncSnapshot sync, Instant now) {
        Map<String, String> state = new java.util.LinkedHashMap<>();
        state.put("written.at", now.toString());
        state.put("connection", sync.connection());
        state.put("server.current", String.valueOf(sync.currentServer()));
        state.put("server.list", sync.servers().toString());
        state.put("outbox.pending", String.valueOf(sync.pending()));
        state.put("outbox.rejected", String.valueOf(sync.rejected()));
        state.put("outbox.conflicts", String.valueOf(sync.conflicts()));
        state.put("last.sync", sync.lastSync() == null ? "never" : sync.lastSync().toString());
        state.put("cursor.age", sync.lastSync() == null ? "unknown"
                : Duration.between(sync.lastSync(), now).toSeconds() + " s");
        return lines(state);
    }

    private List<Path> recentLogs() throws IOException {
        if (logDir == null || !Files.isDirectory(logDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(logDir)) {
            List<Path> logs = files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("relais.*\\.log(\\.gz)?"))
                    .sorted(Comparator.comparing(DiagnosticsBundle::modified).reversed())
                    .limit(MAX_LOG_FILES).toList();
            List<Path> kept = new java.util.ArrayList<>();
            long total = 0;
            for (Path log : logs) {
                total += Files.size(log);
                if (total > MAX_LOG_BYTES && !kept.isEmpty()) {
                    break;
                }
                kept.add(log);
            }
            return kept;
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private static String lines(Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        values.forEach((k, v) -> text.append(k).append(" = ").append(v).append('\n'));
        return text.toString();
    }

    private static void text(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
