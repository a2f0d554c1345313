package ca.relais.cli;

import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the {@code call} command in-process, as the telephony system would run it. */
public final class CallCommandAccess {
    private CallCommandAccess() {
    }

    public static int run(Path dataDir, String ani, String line) {
        return new CommandLine(new Main()).execute("call", "--ani", ani, "--line", line, "--data-dir",
                dataDir.toString());
    }
}
