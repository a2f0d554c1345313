package ca.relais.cli;

import ca.relais.client.telephony.ScreenPop;
import ca.relais.client.telephony.ScreenPopClient;
import ca.relais.client.ui.WorkstationApp;
import ca.relais.client.ui.WorkstationConfig;
import ca.relais.client.ui.common.I18n;
import ca.relais.server.RelaisServer;
import ca.relais.server.ServerConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code relais}: with no subcommand, opens the agent workstation. Without {@code --server} it first starts an
 * embedded, demo-seeded server on 127.0.0.1 and connects to it over HTTP. Not a JavaFX {@code Application}, so the
 * single shaded jar can start JavaFX from the class path.
 */
@Command(name = "relais", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Relais: the 311 agent workstation and its central request server.",
        subcommands = {ServerCommand.class, SimulateCommand.class, CallCommand.class, EvalKbCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    @Option(names = "--server", description = "URL of a running Relais server (default: start an embedded one).")
    URI server;

    @Option(names = "--data-dir", description = "Folder of the local encrypted caches (default: the user data folder).")
    Path dataDir;

    @Option(names = "--lang", defaultValue = "fr", description = "Interface language at start: fr or en.")
    String language;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() {
        ca.relais.client.ui.StartupProbe.phase("main");
        ca.relais.client.ui.Warmup.libraries();
        Path data = dataDir != null ? dataDir : AppDirs.userData();
        if (ScreenPopClient.running(data.resolve("workstation"))) {
            try {
                ScreenPopClient.send(data.resolve("workstation"), new ScreenPop("", ""));
            } catch (ScreenPopClient.NotDelivered e) {
                // it answered a moment ago; nothing more to do
            }
            System.err.println("Relais is already open for " + data + "; it was brought to the front.");
            return 0;
        }
        RelaisServer embedded = null;
        URI url = server;
        if (url == null) {
            embedded = RelaisServer.start(ServerConfig.local(data.resolve("embedded-server"), ServerConfig.Seed.DEMO)
                    .withDemo(ca.relais.server.demo.DemoCity.Scale.FULL, true));
            url = URI.create(embedded.baseUrl());
        }
        try {
            WorkstationApp.launch(new WorkstationConfig(url, data.resolve("workstation"), I18n.parse(language)));
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
        return 0;
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"Relais " + (v == null ? "dev" : v)};
        }
    }
}
