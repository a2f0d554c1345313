package ca.relais.cli;

import ca.relais.client.telephony.ScreenPop;
import ca.relais.client.telephony.ScreenPopClient;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code relais call --ani N --line L}: the telephony system's screen pop into the running workstation. */
@Command(name = "call", mixinStandardHelpOptions = true,
        description = "Hands an incoming call to the running workstation (screen pop).")
public final class CallCommand implements Callable<Integer> {
    @Option(names = "--ani", required = true, description = "Calling number (digits; empty for a hidden number).")
    String ani;

    @Option(names = "--line", defaultValue = "8000", description = "Line the call came in on: 8000, 5858…")
    String line;

    @Option(names = "--data-dir", description = "The workstation's data folder (default: the user data folder).")
    Path dataDir;

    @Override
    public Integer call() {
        Path data = (dataDir != null ? dataDir : AppDirs.userData()).resolve("workstation");
        try {
            ScreenPopClient.send(data, new ScreenPop(ani.replaceAll("[\\s().-]", ""), line));
            return 0;
        } catch (ScreenPopClient.NotDelivered e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
