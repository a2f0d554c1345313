package ca.relais.cli;

import ca.relais.client.telephony.ScreenPop;
import ca.relais.client.telephony.ScreenPopClient;
import ca.relais.client.config.InvalidSettingException;
import ca.relais.client.config.Setting;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
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

    @Option(names = "--data-dir", description = "The workstation's data folder (default: as the workstation finds it:"
            + " RELAIS_DATA_DIR, then data.dir in relais.properties, then the user data folder).")
    Path dataDir;

    @Override
    public Integer call() {
        Map<Setting, String> given = new EnumMap<>(Setting.class);
        if (dataDir != null) {
            given.put(Setting.DATA_DIR, dataDir.toString());
        }
        Path data;
        try {
            data = Main.loader(System.getenv()).load(given, null).dataDir().resolve("workstation");
        } catch (InvalidSettingException e) {
            System.err.println("relais: " + e.getMessage());
            return 2;
        }
        try {
            ScreenPopClient.send(data, new ScreenPop(ani.replaceAll("[\\s().-]", ""), line));
            return 0;
        } catch (ScreenPopClient.NotDelivered e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
