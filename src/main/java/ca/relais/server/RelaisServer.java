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
import ca.relais.server.callers.CallerService;
import ca.relais.server.http.AddressRoutes;
import ca.relais.server.http.AuditRoutes;
import ca.relais.server.http.CallerRoutes;
import ca.relais.server.http.ChangeRoutes;
import ca.relais.server.http.RequestRoutes;
import ca.relais.server.http.Writes;
import ca.relais.server.http.KbFeedbackRoutes;
import ca.relais.server.http.KbManageRoutes;
import ca.relais.server.http.KbRoutes;
import ca.relais.server.kb.KnowledgeService;
import ca.relais.server.store.KbFeedbackStore;
import ca.relais.server.store.KbGapStore;
import ca.relais.server.store.KbStore;
import ca.relais.server.http.ReportRoutes;
import ca.relais.server.http.DashboardRoutes;
import ca.relais.server.store.PresenceStore;
import ca.relais.server.store.TargetStore;
import ca.relais.server.open311.Open311Routes;
import ca.relais.server.open311.Open311Submission;
import ca.relais.server.requests.RequestService;
import ca.relais.server.requests.RequestWorkflow;
import ca.relais.server.store.AddressStore;
import ca.relais.server.store.CallerStore;
import ca.relais.server.store.CatalogueCache;
import ca.relais.server.store.ChangeLog;
import ca.relais.server.store.GroupCommit;
import ca.relais.server.store.IdempotencyStore;
import ca.relais.server.store.PublicRequestStore;
import ca.relais.server.store.RequestStore;
import ca.relais.server.store.ServerMeta;
import ca.relais.server.sync.EventHub;
import ca.relais.server.sync.FeedService;
import ca.relais.server.http.ClientAddress;
import ca.relais.server.http.MetricsRoutes;
import ca.relais.server.ops.ServerMetrics;
import ca.relais.server.http.RetentionRoutes;
import ca.relais.server.ops.RetentionJob;
import ca.relais.server.store.RetentionStore;
import ca.relais.server.http.InboxRoutes;
import ca.relais.server.http.RoutingRoutes;
import ca.relais.server.requests.BulkActions;
import ca.relais.server.requests.RequestMerge;
import ca.relais.server.routing.RoutingService;
import ca.relais.server.store.InboxStore;
import ca.relais.server.store.RoutingStore;
import ca.relais.server.store.UserDirectory;
import io.javalin.Javalin;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;

/** The central request server: one Javalin app over one migrated database. */
public final class RelaisServer implements AutoCloseable {
    /** Largest JSON body accepted, in bytes. */
    public static final long MAX_BODY_BYTES = 1_000_000L;
    /** How long a stopping server lets requests in flight finish; event streams are closed at once. */
    public static final java.time.Duration GRACE = java.time.Duration.ofSeconds(10);

    /**
     * Requests are handled on virtual threads from Java 24 on (ADR 0023): a handler waiting for its group commit or
     * for the database then costs no thread switch, and two carrier threads serve every request in turn instead of a
     * few hundred threads sharing two cores. Before 24 a virtual thread blocked inside {@code synchronized} (H2's JDBC
     * driver, OkHttp) held its carrier, so older runtimes keep Jetty's thread pool.
     */
    static boolean handlesOnVirtualThreads(Runtime.Version runtime) {
        return runtime.feature() >= 24;
    }

    /**
     * Group commit of creates (ADR 0019, 0023): one writer thread, and the most creates one transaction takes. A
     * second writer halved the creates per transaction and made them wait on each other's locks, on H2 and PostgreSQL.
     */
    static final int GROUP_COMMIT_WRITERS = 1;
    static final int GROUP_COMMIT_BATCH = 32;

    private final ServerConfig config;
    private final Database db;
    private final GroupCommit groupCommit;
    private final Javalin app;
    private final ServerMetrics metrics;

    private RelaisServer(ServerConfig config, Database db, GroupCommit groupCommit, Javalin app,
                         ServerMetrics metrics) {
        this.config = config;
        this.db = db;
        this.groupCommit = groupCommit;
        this.app = app;
        this.metrics = metrics;
    }

    /** Migrates the database, seeds it if asked, and starts listening. */
    public static RelaisServer start(ServerConfig config) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data directory " + config.dataDir(), e);
        }
        ServerMetrics metrics = new ServerMetrics();
        Database db = Database.open(config.effectiveJdbcUrl(), config.dbUser(), config.dbPassword(),
                metrics.registry());
        GroupCommit groupCommit = new GroupCommit(db, GROUP_COMMIT_WRITERS, GROUP_COMMIT_BATCH);
        try {
            Clock clock = Clock.systemUTC();
            UserStore users = new UserStore(db);
            SessionStore sessions = new SessionStore(db, clock, config.sessionTtl());
            CatalogueStore catalogues = new CatalogueStore(db);
            ApiKeyStore apiKeys = new ApiKeyStore(db);
            AuditLog audit = new AuditLog(db, clock);
            if (config.seed() == ServerConfig.Seed.DEMO) {
                new DemoSeed(db, catalogues, users, apiKeys).seedIfEmpty(config.demoScale(), config.demoInBackground());
            }
            Bootstrap.firstAdmin(db, catalogues, users, System.getenv(Bootstrap.ADMIN_PASSWORD_ENV));

            Authentication authentication = new Authentication(sessions, users);
            CatalogueCache catalogueCache = new CatalogueCache(catalogues);
            AddressStore addresses = new AddressStore(db);
            CallerStore callers = new CallerStore(db);
            RequestStore requests = new RequestStore(db);
            ChangeLog changeLog = new ChangeLog(db, clock);
            Writes writes = new Writes(db, groupCommit, new IdempotencyStore(db), clock, metrics);
            KbStore kbStore = new KbStore(db);
            UserDirectory userDirectory = new UserDirectory(db, clock);
            RoutingStore routingStore = new RoutingStore(db);
            FeedService feed = new FeedService(db, changeLog, requests, callers, addresses, audit,
                    ServerMeta.epoch(db), kbStore, metrics, routingStore, userDirectory);
            EventHub hub = new EventHub(changeLog, feed);
            metrics.gauge("relais.sse.clients", "Workstations connected to the event stream", hub::subscriberCount);
            metrics.gauge("relais.feed.head", "Newest change sequence number", hub::head);
            Javalin app = Javalin.create(cfg -> {
                cfg.showJavalinBanner = false;
                cfg.startupWatcherEnabled = false;
                cfg.useVirtualThreads = handlesOnVirtualThreads(Runtime.version());
                cfg.jetty.modifyServer(server -> server.setStopTimeout(GRACE.toMillis()));
                ClientAddress clientAddress = new ClientAddress(config.operations().trustedProxies());
                cfg.contextResolver.ip = clientAddress::of;
                cfg.http.maxRequestSize = MAX_BODY_BYTES;
                cfg.http.defaultContentType = "application/json";
                // Gzip's fastest level: a feed page of 500 requests shrinks about 9 times at a fraction of the
                // default level's CPU, which the server spends on every page it sends.
                cfg.http.gzipOnlyCompression(1);
                cfg.jsonMapper(Problems.jsonMapper());
                cfg.requestLogger.http((ctx, millis) -> metrics.request(ctx.method().name(), routeOf(ctx),
                        ctx.statusCode(), millis));
                if (config.tls() != null) {
                    cfg.jetty.addConnector((server, http) -> TlsConnector.create(server, http, config));
                }
            });
            app.beforeMatched(authentication::check);
            Problems.install(app);
            new HealthRoutes(db).register(app);
            new MetricsRoutes(metrics, authentication, config.operations().metricsToken()).register(app);
            DashboardRoutes dashboard = new DashboardRoutes(db, new PresenceStore(db), new TargetStore(db), changeLog,
                    audit, clock);
            new SessionRoutes(users, sessions, new LoginThrottle(clock), audit, authentication, dashboard::signedOut)
                    .register(app);
            dashboard.register(app);
            new CatalogueRoutes(catalogues, routingStore).register(app);
            new AddressRoutes(addresses).register(app);
            CallerService callerService = new CallerService(callers, addresses, changeLog, audit, clock);
            RoutingService routing = new RoutingService(routingStore, catalogueCache, changeLog, audit, clock);
            RequestService requestService = new RequestService(requests, callers, addresses, catalogueCache,
                    changeLog, audit, clock, routing);
            new CallerRoutes(db, callers, addresses, callerService, writes, audit).register(app);
            RequestWorkflow workflow = new RequestWorkflow(requests, catalogueCache, changeLog, audit, clock,
                    userDirectory);
            new RequestRoutes(db, requests, requestService, workflow, writes, audit, callers,
                    new RequestMerge(workflow, requests, audit, clock), new BulkActions(db, workflow), userDirectory)
                    .register(app);
            new InboxRoutes(new InboxStore(db), catalogueCache, audit, clock).register(app);
            new RoutingRoutes(db, routing, catalogueCache, addresses, writes).register(app);
            new ChangeRoutes(feed, hub).register(app);
            new ca.relais.server.http.OmbudsmanRoutes(db, requests, callers, audit, clock, catalogueCache)
                    .register(app);
            new AuditRoutes(audit).register(app);
            int retentionMonths = config.operations().retentionMonths();
            RetentionJob retention = new RetentionJob(db, new RetentionStore(), changeLog, audit, clock,
                    retentionMonths);
            new RetentionRoutes(retention, audit, retentionMonths).register(app);
            ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "relais-retention");
                t.setDaemon(true);
                return t;
            });
            if (retentionMonths > 0) {
                long every = config.operations().retentionEvery().toMillis();
                housekeeping.scheduleWithFixedDelay(() -> runRetention(retention), Math.min(every, 600_000L),
                        every, TimeUnit.MILLISECONDS);
            }
            KnowledgeService knowledge = new KnowledgeService(kbStore, changeLog, clock);
            new KbRoutes(knowledge, kbStore, writes).register(app);
            KbFeedbackStore kbFeedback = new KbFeedbackStore(db);
            KbGapStore kbGaps = new KbGapStore(db);
            new KbFeedbackRoutes(kbStore, kbFeedback, kbGaps, writes, clock).register(app);
            new KbManageRoutes(kbStore, kbFeedback, kbGaps, writes, audit, clock).register(app);
            new ReportRoutes(db, new TargetStore(db), audit, clock).register(app);
            new Open311Routes(db, catalogues, catalogueCache, addresses, new PublicRequestStore(),
                    new Open311Submission(db, apiKeys, callers, callerService, requests, requestService), clock)
                    .register(app);
            app.events(e -> e.serverStopping(() -> {
                housekeeping.shutdownNow();
                hub.close();
                knowledge.close();
            }));
            app.start(config.host(), config.port());
            return new RelaisServer(config, db, groupCommit, app, metrics);
        } catch (RuntimeException e) {
            groupCommit.close();
            db.close();
            metrics.close();
            throw e;
        }
    }

    private static void runRetention(RetentionJob retention) {
        try {
            retention.run(RetentionJob.ACTOR);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(RelaisServer.class).warn("Retention run failed; retrying at the next "
                    + "run", e);
        }
    }

    /** The route template that matched, so that metrics never carry ids; unmatched paths share one label. */
    private static String routeOf(io.javalin.http.Context ctx) {
        try {
            String matched = ctx.endpointHandlerPath();
            return matched == null || matched.isEmpty() || "*".equals(matched) ? "unmatched" : matched;
        } catch (IllegalStateException noEndpointMatched) {
            return "unmatched";
        }
    }

    public int port() {
        return app.port();
    }

    public String baseUrl() {
        return (config.tls() == null ? "http://" : "https://") + config.host() + ":" + port();
    }

    /** Every HTTP route the app registered, as {@code METHOD path} (before-, after- and error handlers left out). */
    public java.util.List<String> routes() {
        return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(e -> e.getEndpoint().getMethod().name() + " " + e.getEndpoint().getPath())
                .filter(r -> !r.startsWith("BEFORE") && !r.startsWith("AFTER"))
                .distinct().toList();
    }

    public Database database() {
        return db;
    }

    /** Transactions and units run by the group commit of creates; their ratio is the mean batch size. */
    public GroupCommit groupCommit() {
        return groupCommit;
    }

    @Override
    public void close() {
        app.stop();
        groupCommit.close();
        db.close();
        metrics.close();
    }
}
