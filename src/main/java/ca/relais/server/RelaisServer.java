package ca.relais.server;

import ca.relais.server.auth.LoginThrottle;
import ca.relais.server.demo.DemoSeed;
import ca.relais.server.http.Authentication;
import ca.relais.server.http.CatalogueRoutes;
import ca.relais.server.http.HealthRoutes;
import ca.relais.server.http.Problems;
import ca.relais.server.http.SessionRoutes;
import ca.relais.server.store.ApiKeyStore;
import ca.relais.server.store.AuditLog;
import ca.relais.server.store.CatalogueStore;
import ca.relais.server.store.Database;
import ca.relais.server.store.SessionStore;
import ca.relais.server.store.UserStore;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;

/** The central request server: one Javalin app over one migrated database. */
public final class RelaisServer implements AutoCloseable {
    /** Largest JSON body accepted, in bytes. */
    public static final long MAX_BODY_BYTES = 1_000_000L;

    private final ServerConfig config;
    private final Database db;
    private final Javalin app;

    private RelaisServer(ServerConfig config, Database db, Javalin app) {
        this.config = config;
        this.db = db;
        this.app = app;
    }

    /** Migrates the database, seeds it if asked, and starts listening. */
    public static RelaisServer start(ServerConfig config) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data directory " + config.dataDir(), e);
        }
        Database db = Database.open(config.effectiveJdbcUrl(), config.dbUser(), config.dbPassword());
        try {
            Clock clock = Clock.systemUTC();
            UserStore users = new UserStore(db);
            SessionStore sessions = new SessionStore(db, clock, config.sessionTtl());
            CatalogueStore catalogues = new CatalogueStore(db);
            ApiKeyStore apiKeys = new ApiKeyStore(db);
            AuditLog audit = new AuditLog(db, clock);
            if (config.seed() == ServerConfig.Seed.DEMO) {
                new DemoSeed(db, catalogues, users, apiKeys).seedIfEmpty();
            }
            Bootstrap.firstAdmin(db, catalogues, users, System.getenv(Bootstrap.ADMIN_PASSWORD_ENV));

            Authentication authentication = new Authentication(sessions, users);
            Javalin app = Javalin.create(cfg -> {
                cfg.showJavalinBanner = false;
                cfg.startupWatcherEnabled = false;
                cfg.http.maxRequestSize = MAX_BODY_BYTES;
                cfg.http.defaultContentType = "application/json";
                cfg.jsonMapper(Problems.jsonMapper());
            });
            app.beforeMatched(authentication::check);
            Problems.install(app);
            new HealthRoutes(db).register(app);
            new SessionRoutes(users, sessions, new LoginThrottle(clock), audit).register(app);
            new CatalogueRoutes(catalogues).register(app);
            app.start(config.host(), config.port());
            return new RelaisServer(config, db, app);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public int port() {
        return app.port();
    }

    public String baseUrl() {
        return "http://" + config.host() + ":" + port();
    }

    public Database database() {
        return db;
    }

    @Override
    public void close() {
        app.stop();
        db.close();
    }
}
