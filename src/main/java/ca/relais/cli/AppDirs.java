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
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return appData != null ? Path.of(appData, "Relais") : home.resolve("AppData/Roaming/Relais");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Relais");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("relais");
    }
}
