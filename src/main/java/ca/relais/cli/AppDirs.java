package ca.relais.cli;

import java.nio.file.Path;
import java.util.Locale;

/** Where Relais keeps its files on this operating system, unless {@code RELAIS_DATA_DIR} says otherwise. */
public final class AppDirs {
    private AppDirs() {
    }

    public static Path userData() {
        String override = System.getenv("RELAIS_DATA_DIR");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return platformData();
    }

    /** The data folder of this operating system, whatever the environment says. */
    public static Path platformData() {
        Path home = home();
        if (windows()) {
            String appData = System.getenv("APPDATA");
            return appData != null ? Path.of(appData, "Relais") : home.resolve("AppData/Roaming/Relais");
        }
        if (mac()) {
            return home.resolve("Library/Application Support/Relais");
        }
        return xdg("XDG_DATA_HOME", home.resolve(".local/share")).resolve("relais");
    }

    /** The folder of {@code relais.properties}. */
    public static Path userConfig() {
        if (windows() || mac()) {
            return platformData();
        }
        return xdg("XDG_CONFIG_HOME", home().resolve(".config")).resolve("relais");
    }

    /** The folder of the workstation's log files. */
    public static Path userLogs() {
        Path home = home();
        if (windows()) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local, "Relais") : home.resolve("AppData/Local/Relais")).resolve("logs");
        }
        if (mac()) {
            return home.resolve("Library/Logs/Relais");
        }
        return xdg("XDG_STATE_HOME", home.resolve(".local/state")).resolve("relais").resolve("logs");
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    private static Path xdg(String variable, Path fallback) {
        String value = System.getenv(variable);
        return value != null && !value.isBlank() ? Path.of(value) : fallback;
    }

    private static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    }

    private static boolean mac() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
    }
}
