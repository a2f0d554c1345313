package ca.relais.server.http;

import ca.relais.server.RelaisServer;
import ca.relais.support.Http;
import ca.relais.support.TestDatabases.Engine;
import ca.relais.support.TestServers;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** One demo server per database engine for a test class, started on first use, with signed-in users. */
final class KbServers implements AutoCloseable {
    private final Path dir;
    private final Map<Engine, RelaisServer> servers = new EnumMap<>(Engine.class);
    private final Map<String, String> tokens = new java.util.HashMap<>();

    KbServers(Path dir) {
        this.dir = dir;
    }

    synchronized Http http(Engine engine) {
        return new Http(servers.computeIfAbsent(engine, e -> TestServers.demo(e, dir.resolve(e.name())))
                .baseUrl());
    }

    /** A token for a demo user (password relais-demo) on that engine's server. */
    synchronized String token(Engine engine, String username) {
        return tokens.computeIfAbsent(engine + "/" + username, k -> http(engine).login(username, "relais-demo"));
    }

    @Override
    public synchronized void close() {
        servers.values().forEach(RelaisServer::close);
        servers.clear();
    }
}
