package ca.relais.cli;

import ca.relais.client.config.ClientSettings;
import ca.relais.client.config.InvalidSettingException;
import ca.relais.client.config.Setting;
import ca.relais.client.config.SettingsLoader;
import ca.relais.client.telephony.ScreenPop;
import ca.relais.client.telephony.ScreenPopClient;
import ca.relais.client.ui.WorkstationApp;
import ca.relais.client.ui.WorkstationConfig;
import ca.relais.server.RelaisServer;
import ca.relais.server.ServerConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
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
    @Option(names = "--server", description = "URL of a running Relais server, or several separated by commas for"
            + " failover (default: start an embedded one). Also RELAIS_SERVER_URLS or server.urls.")
    String server;

    @Option(names = "--proxy", description = "HTTP proxy as host:port. Also RELAIS_HTTP_PROXY or http.proxy.")
    String proxy;

    @Option(names = "--truststore", description = "Trust store (PKCS#12 or JKS) of a private certificate authority;"
            + " its password in RELAIS_TRUSTSTORE_PASSWORD or truststore.password.")
    String trustStore;

    @Option(names = "--data-dir", description = "Folder of the local encrypted caches (default: the user data folder)."
            + " Also RELAIS_DATA_DIR or data.dir.")
    String dataDir;

    @Option(names = "--lang", description = "Interface language at start: fr (default) or en. Also RELAIS_LANGUAGE"
            + " or language.")
    String language;

    @Option(names = "--config", description = "Configuration file (default: relais.properties in the user"
            + " configuration folder).")
    Path configFile;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() {
        ca.relais.client.ui.StartupProbe.phase("main");
        ca.relais.client.ui.Warmup.libraries();
        ClientSettings settings;
        try {
            settings = settings(System.getenv());
        } catch (InvalidSettingException e) {
            System.err.println("relais: " + e.getMessage());
            return 2;
        }
        Path data = settings.dataDir();
        if (ScreenPopClient.running(data.resolve("workstation"))) {
            try {
                ScreenPopClient.send(data.resolve("workstation"), new ScreenPop("", ""));
            } catch (ScreenPopClient.NotDelivered e) {
                // it answered a moment ago; nothing more to do
            }
            System.err.println("Relais is already open for " + data + "; it was brought to the front.");
            return 0;
        }
        WorkstationLogging.toFolder(settings.logDir());
        CompletableFuture<RelaisServer> embedded = null;
        List<URI> servers = settings.servers();
        if (servers.isEmpty()) {
            int port = freeLoopbackPort();
            servers = List.of(URI.create("http://127.0.0.1:" + port));
            embedded = CompletableFuture.supplyAsync(() -> RelaisServer.start(ServerConfig.local(
                    data.resolve("embedded-server"), ServerConfig.Seed.DEMO).withPort(port)
                    .withDemo(ca.relais.server.demo.DemoCity.Scale.FULL, true)), Main::embeddedServerThread);
        }
        try {
            WorkstationApp.launch(new WorkstationConfig(servers, settings.http(), data.resolve("workstation"),
                    settings.language(), settings.logDir(), settings.effective()),
                    embedded == null ? CompletableFuture.completedFuture(null) : embedded);
        } finally {
            if (embedded != null) {
                embedded.thenAccept(RelaisServer::close).exceptionally(e -> null).join();
            }
        }
        return 0;
    }

    /**
     * The embedded server opens its database and starts listening while JavaFX starts (ADR 0020), on a port chosen
     * now so that the workstation knows its address at once; the database persists under the data folder, so only
     * the very first launch generates the demo city.
     */
    private static int freeLoopbackPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("No free local port for the embedded server", e);
        }
    }

    private static void embeddedServerThread(Runnable work) {
        Thread.ofPlatform().name("relais-embedded-server-start").start(work);
    }

    /** The settings of this start: command line, then environment, then file, then defaults. */
    ClientSettings settings(Map<String, String> environment) throws InvalidSettingException {
        Map<Setting, String> given = new EnumMap<>(Setting.class);
        putIfGiven(given, Setting.SERVER_URLS, server);
        putIfGiven(given, Setting.HTTP_PROXY, proxy);
        putIfGiven(given, Setting.TRUSTSTORE, trustStore);
        putIfGiven(given, Setting.DATA_DIR, dataDir);
        putIfGiven(given, Setting.LANGUAGE, language);
        return loader(environment).load(given, configFile);
    }

    /** Reads the workstation settings with this machine's folders as defaults. */
    static SettingsLoader loader(Map<String, String> environment) {
        return new SettingsLoader(environment, new SettingsLoader.Defaults(
                AppDirs.userConfig().resolve("relais.properties"), AppDirs.platformData(), AppDirs.userLogs()));
    }

    private static void putIfGiven(Map<Setting, String> given, Setting setting, String value) {
        if (value != null) {
            given.put(setting, value);
        }
    }

    @Command(name = "version", description = "Prints the version of Relais.")
    int version() {
        System.out.println(new Version().getVersion()[0]);
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
