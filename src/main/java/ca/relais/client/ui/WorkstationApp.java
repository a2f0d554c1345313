package ca.relais.client.ui;

import atlantafx.base.theme.PrimerLight;
import ca.relais.api.CatalogueDto;
import ca.relais.client.knowledge.KnowledgeLookup;
import ca.relais.client.knowledge.OfflineKnowledgeIndex;
import ca.relais.client.store.LocalArticles;
import ca.relais.client.store.LocalCatalogue;
import ca.relais.client.store.LocalMirror;
import ca.relais.client.store.LocalStore;
import ca.relais.client.store.LocalWrites;
import ca.relais.client.ui.call.CallViewModel;
import ca.relais.client.ui.call.CaptureContext;
import ca.relais.client.ui.call.DraftKeeper;
import ca.relais.client.sync.ConnectionState;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import ca.relais.client.ui.call.KnowledgeLink;
import ca.relais.client.sync.KnowledgeClient;
import ca.relais.client.ui.common.FxTimer;
import ca.relais.client.ui.knowledge.KnowledgeContext;
import ca.relais.client.ui.knowledge.KnowledgeViewModel;
import ca.relais.domain.LocalizedText;
import java.util.Map;
import java.util.stream.Collectors;
import ca.relais.client.sync.RelaisApi;
import ca.relais.client.sync.SignInService;
import ca.relais.client.sync.WorkstationSession;
import ca.relais.client.telephony.ScreenPop;
import ca.relais.client.telephony.ScreenPopServer;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.sync.SyncStatus;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.client.ui.diagnostics.DiagnosticsBundle;
import ca.relais.client.ui.diagnostics.DiagnosticsViewModel;
import ca.relais.client.ui.diagnostics.SyncSnapshot;
import ca.relais.client.ui.login.LoginView;
import ca.relais.client.ui.login.LoginViewModel;
import ca.relais.client.ui.main.MainView;
import ca.relais.client.ui.main.MainViewModel;
import ca.relais.client.ui.main.Workspace;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.material2.Material2AL;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: sign-in, then the main window, over one scene. */
public final class WorkstationApp extends Application {
    private static volatile WorkstationConfig launchConfig;
    private static volatile CompletableFuture<?> launchServersReady = CompletableFuture.completedFuture(null);

    private final WorkstationConfig config;
    private ExecutorService background;
    private I18n i18n;
    private UiExecutors executors;
    private Scene scene;
    private WorkstationSession session;
    private CompletableFuture<SignInService> signIn;
    private Stage stage;
    private ScreenPopServer screenPops;
    private CallViewModel call;
    private ScreenPop pendingPop;
    private OfflineKnowledgeIndex knowledgeIndex;
    private KnowledgeViewModel knowledge;
    private boolean stylesWarm;
    private volatile Prepared prepared;

    /** Used by {@link Application#launch}; takes the configuration handed to {@link #launch(WorkstationConfig)}. */
    public WorkstationApp() {
        this(Objects.requireNonNull(launchConfig, "launch(config) was not called"));
    }

    public WorkstationApp(WorkstationConfig config) {
        this.config = config;
    }

    /** Opens the workstation and returns when its window is closed. */
    public static void launch(WorkstationConfig config) {
        launch(config, CompletableFuture.completedFuture(null));
    }

    /**
     * The same, while the servers are still starting (the embedded one starts beside the JavaFX toolkit): signing in
     * waits for {@code serversReady}, the sign-in screen does not.
     */
    public static void launch(WorkstationConfig config, CompletableFuture<?> serversReady) {
        launchConfig = config;
        launchServersReady = serversReady;
        Application.launch(WorkstationApp.class);
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.phase("fx-started");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        AtomicInteger threads = new AtomicInteger();
        background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "relais-background-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        i18n = new I18n(config.locale());
        executors = new UiExecutors(background, Platform::runLater);
        signIn = launchServersReady.thenApplyAsync(
                ready -> new SignInService(new RelaisApi(config.servers(), config.http()), config.dataDir()),
                background);

        scene = new Scene(new javafx.scene.layout.StackPane(), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(
                WorkstationApp.class.getResource("relais.css")).toExternalForm());
        stage.titleProperty().bind(i18n.bind("app.title"));
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setScene(scene);
        showLogin();
        stage.show();
        this.stage = stage;
        try {
            screenPops = ScreenPopServer.start(config.dataDir(), pop -> Platform.runLater(() -> screenPop(pop)));
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(WorkstationApp.class).warn("Screen pops are off: {}", e.getMessage());
        }
    }

    private void screenPop(ScreenPop pop) {
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
        if (pop.ani().isEmpty() && pop.line().isEmpty()) {
            return;
        }
        if (call == null) {
            pendingPop = pop;
        } else {
            call.screenPop(pop.ani());
        }
    }

    private void showLogin() {
        java.util.concurrent.atomic.AtomicBoolean signInBegun = new java.util.concurrent.atomic.AtomicBoolean();
        LoginViewModel vm = new LoginViewModel((user, password) -> {
            signInBegun.set(true);
            StartupProbe.phase("sign-in");
            WorkstationSession signedIn = signIn.join().signIn(user, password);
            StartupProbe.phase("signed-in");
            prepared = prepare(signedIn);
            return signedIn;
        }, executors, config.serverUrl().toString(), this::showMain);
        LoginView view = new LoginView(vm, i18n);
        scene.setRoot(view);
        Platform.runLater(view::focusFirstField);
        StartupProbe.autoSignIn().ifPresent(account -> {
            Runnable signInNow = () -> {
                signInBegun.set(true);
                vm.usernameProperty().set(account[0]);
                vm.passwordProperty().set(account[1]);
                vm.signIn();
            };
            long typing = StartupProbe.autoSignInAfterMs();
            if (typing == 0) {
                signInNow.run();
            } else {
                PauseTransition typingPause = new PauseTransition(javafx.util.Duration.millis(typing));
                typingPause.setOnFinished(e -> signInNow.run());
                typingPause.play();
            }
        });
        if (!stylesWarm) {
            stylesWarm = true;
            Platform.runLater(() -> Warmup.styles(scene.getStylesheets()));
            Platform.runLater(() -> Warmup.whileTheAgentTypes(signInBegun::get));
        }
    }

    /**
     * What the call screen reads from the cache (the catalogue, the draft left by a crash, the last synchronisation),
     * read on the sign-in thread: the FX thread never waits for the cache, which the first synchronisation keeps busy.
     * The caller lookup index starts building only after that, since it holds the cache while it reads it.
     */
    private record Prepared(WorkstationSession session, CaptureContext capture, DraftKeeper drafts, Instant syncedAt) {
    }

    private Prepared prepare(WorkstationSession s) {
        Instant syncedAt = s.store().meta(LocalStore.Meta.LAST_SYNC_AT).map(Instant::parse)
                .or(() -> s.store().meta(LocalStore.Meta.CATALOGUE_SYNCED_AT).map(Instant::parse))
                .orElse(null);
        DraftKeeper drafts = new DraftKeeper(s.store(), background);
        drafts.preload();
        return new Prepared(s, CaptureContext.of(s, java.time.Clock.systemUTC()), drafts, syncedAt);
    }

    private void showMain(WorkstationSession newSession) {
        session = newSession;
        Prepared data = prepared != null && prepared.session() == newSession ? prepared : prepare(newSession);
        prepared = null;
        MainViewModel vm = new MainViewModel(session.user(), config.serverUrl().toString(), data.syncedAt());
        CaptureContext capture = data.capture();
        call = new CallViewModel(capture, executors);
        call.keepDrafts(data.drafts());
        CallViewModel current = call;
        knowledgeIndex = new OfflineKnowledgeIndex(session.store());
        OfflineKnowledgeIndex articlesIndex = knowledgeIndex;
        WorkstationSession shown = session;
        knowledge = new KnowledgeViewModel(knowledgeContext(session, capture), executors, new FxTimer());
        KnowledgeLink.connect(call, knowledge);
        MainView view = new MainView(vm, call, knowledge, i18n, this::signOut);
        if (!vm.takesCalls()) {
            view.withoutCalls();
        }
        if (vm.canManageKnowledge()) {
            ca.relais.client.ui.kbadmin.KbAdminView kbAdmin = new ca.relais.client.ui.kbadmin.KbAdminView(
                    new ca.relais.client.ui.kbadmin.KbAdminViewModel(new ca.relais.client.sync.KnowledgeAdminClient(
                            session.api(), session.sync()::token), executors, java.time.Clock.systemUTC()), i18n);
            view.addWorkspace(new Workspace("kb-admin", "kbadmin.open", Material2AL.LIBRARY_BOOKS, "shortcuts.kbAdmin",
                    new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                    kbAdmin, kbAdmin::shown, kbAdmin::setOnBack));
        }
        ca.relais.client.ui.inbox.InboxViewModel inbox = vm.hasInbox() ? inbox(session, capture) : null;
        if (inbox != null) {
            ca.relais.client.ui.inbox.InboxView inboxView = new ca.relais.client.ui.inbox.InboxView(inbox, i18n,
                    capture.catalogue().items().stream().collect(Collectors.toMap(CatalogueDto.ServiceDto::serviceCode,
                            t -> new LocalizedText(t.serviceName(), t.serviceNameEn()), (a, b) -> a)));
            view.addWorkspace(new Workspace("inbox", "inbox.open", Material2AL.INBOX, "shortcuts.inbox",
                    new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                    inboxView, inboxView::shown, inboxView::setOnBack));
            view.addShortcuts(inboxView::installShortcuts);
            WorkstationSession owner = session;
            session.sync().addEventListener(() -> Platform.runLater(() -> {
                if (session == owner && !background.isShutdown()) {
                    inbox.serverChanged();
                }
            }));
        }
        if (vm.canEditRouting()) {
            ca.relais.client.ui.routing.RoutingRulesView routing = new ca.relais.client.ui.routing.RoutingRulesView(
                    new ca.relais.client.ui.routing.RoutingRulesViewModel(new ca.relais.client.sync.RoutingClient(
                            session.api(), session.sync()::token), executors), i18n);
            view.addWorkspace(new Workspace("routing", "routing.open", Material2AL.ALT_ROUTE, "shortcuts.routing",
                    new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                    routing, routing::shown, routing::setOnBack));
        }
        String firstWorkspace = RoleWorkspaces.install(view, session, call, capture.catalogue(), i18n, executors);
        view.enableDiagnostics(diagnostics(session));
        StartupProbe.phase("call-screen-built");
        scene.setRoot(view);
        Runnable[] ready = new Runnable[1];
        ready[0] = () -> {
            scene.removePostLayoutPulseListener(ready[0]);
            startIndexes(shown, articlesIndex);
            StartupProbe.callScreenReady();
            if (StartupProbe.exitWhenReady()) {
                PauseTransition settle = new PauseTransition(
                        javafx.util.Duration.seconds(3));
                settle.setOnFinished(e -> Platform.exit());
                settle.play();
            }
        };
        scene.addPostLayoutPulseListener(ready[0]);
        session.sync().addListener(status -> Platform.runLater(() -> {
            if (background.isShutdown()) {
                return;
            }
            vm.syncChanged(status);
            if (status.state() == ConnectionState.ONLINE && call == current) {
                current.synchronised();
                if (inbox != null && !background.isShutdown()) {
                    inbox.serverChanged();
                }
            }
        }));
        if (inbox != null && vm.opensOnInbox()) {
            view.showWorkspace("inbox");
        } else if (firstWorkspace != null) {
            Platform.runLater(() -> view.showWorkspace(firstWorkspace));
        } else {
            Platform.runLater(view::focusSearch);
        }
        if (pendingPop != null) {
            ScreenPop pop = pendingPop;
            pendingPop = null;
            Platform.runLater(() -> call.screenPop(pop.ani()));
        }
    }

    private ca.relais.client.ui.inbox.InboxViewModel inbox(WorkstationSession session, CaptureContext capture) {
        LocalMirror mirror = capture.mirror();
        ca.relais.client.ui.inbox.InboxCache cache = new ca.relais.client.ui.inbox.InboxCache() {
            @Override
            public java.util.List<ca.relais.api.RequestDto> queue(String department) {
                return mirror.openRequestsOf(department, ca.relais.client.ui.inbox.InboxViewModel.LIMIT);
            }

            @Override
            public java.util.List<ca.relais.api.EventDto> history(java.util.UUID id) {
                return mirror.history(id);
            }
        };
        return new ca.relais.client.ui.inbox.InboxViewModel(new ca.relais.client.sync.InboxClient(session.api(),
                session.sync()::token), cache, session.user(), capture.catalogue().departments(), executors,
                java.time.Clock.systemUTC());
    }

    /**
     * Builds the caller lookup index and the knowledge index once the call screen is up, not while it is being built:
     * on two cores they would slow the start down. Until then, lookups read the cache and knowledge searches go to
     * the server (ADR 0020).
     */
    private static void startIndexes(WorkstationSession shown, OfflineKnowledgeIndex articlesIndex) {
        shown.store().warmUpLookups();
        articlesIndex.start();
    }

    private KnowledgeContext knowledgeContext(WorkstationSession session, CaptureContext capture) {
        KnowledgeLookup lookup = new KnowledgeLookup(knowledgeIndex, new LocalArticles(session.store()),
                new KnowledgeClient(session.api(), session.sync()::token));
        Map<String, LocalizedText> departments = capture.catalogue().departments().stream().collect(
                Collectors.toMap(CatalogueDto.DepartmentDto::code, d -> new LocalizedText(d.nameFr(), d.nameEn()),
                        (a, b) -> a));
        return new KnowledgeContext(lookup, capture.writes(), capture.requestSync(),
                () -> i18n.isEnglish() ? "en" : "fr", departments, capture.clock());
    }

    private DiagnosticsViewModel diagnostics(WorkstationSession current) {
        DiagnosticsBundle bundle = new DiagnosticsBundle(
                DiagnosticsBundle.systemVersions(WorkstationApp.class.getPackage().getImplementationVersion()),
                config.settings(), config.logDir());
        return new DiagnosticsViewModel(bundle, () -> {
            SyncStatus status = current.sync().status();
            return new SyncSnapshot(status.state().name(), status.pending(), status.rejected(), status.conflicts(),
                    status.lastSync(), current.api().baseUrl(), current.api().servers());
        }, config.dataDir(), executors,
                java.time.Clock.systemUTC());
    }

    private void signOut() {
        call = null;
        closeKnowledge();
        closeSession();
        showLogin();
    }

    private void closeKnowledge() {
        if (knowledge != null) {
            knowledge.close();
            knowledge = null;
        }
        if (knowledgeIndex != null) {
            knowledgeIndex.close();
            knowledgeIndex = null;
        }
    }

    private void closeSession() {
        if (session != null) {
            WorkstationSession closing = session;
            session = null;
            background.execute(closing::close);
        }
    }

    @Override
    public void stop() {
        if (screenPops != null) {
            screenPops.close();
        }
        closeKnowledge();
        if (session != null) {
            session.close();
        }
        if (background != null) {
            background.shutdownNow();
        }
    }
}
