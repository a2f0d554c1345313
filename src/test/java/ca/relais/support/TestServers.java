package ca.relais.support;

import ca.relais.server.RelaisServer;
import ca.relais.server.ServerConfig;
import java.nio.file.Path;

/** Starts real Relais servers for tests, always on a free port. */
public final class TestServers {
    private TestServers() {
    }

    public static RelaisServer demoOnH2(Path dir) {
        return RelaisServer.start(ServerConfig.local(dir, ServerConfig.Seed.DEMO)
                .withDemo(ca.relais.server.demo.DemoCity.Scale.SMALL, false));
    }

    /** A small demo city on a fresh database of the given engine. */
    public static RelaisServer demo(TestDatabases.Engine engine, Path dir) {
        if (engine == TestDatabases.Engine.H2) {
            return demoOnH2(dir);
        }
        return RelaisServer.start(ServerConfig.local(dir, ServerConfig.Seed.DEMO)
                .withDemo(ca.relais.server.demo.DemoCity.Scale.SMALL, false)
                .withJdbc(TestDatabases.freshPostgresUrl(), TestDatabases.postgresUser(), null));
    }
}
