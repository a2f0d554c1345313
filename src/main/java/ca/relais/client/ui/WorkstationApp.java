package ca.relais.client.ui;

import atlantafx.base.theme.PrimerLight;
import ca.relais.client.store.LocalCatalogue;
import ca.relais.client.store.LocalMirror;
import ca.relais.client.store.LocalStore;
import ca.relais.client.store.LocalWrites;
import ca.relais.client.ui.call.CallViewModel;
import ca.relais.client.ui.call.CaptureContext;
import ca.relais.client.sync.RelaisApi;
import ca.relais.client.sync.SignInService;
import ca.relais.client.sync.WorkstationSession;
import ca.relais.client.telephony.ScreenPop;
import ca.relais.client.telephony.ScreenPopServer;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.client.ui.login.LoginView;
import ca.relais.client.ui.login.LoginViewModel;
import ca.relais.client.ui.main.MainView;
import ca.relais.client.ui.main.MainViewModel;
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

    private final WorkstationConfig config;
    private ExecutorService background;
    private I18n i18n;
    private UiExecutors executors;
    private Scene scene;
    private WorkstationSession session;
    private SignInService signIn;
    private Stage stage;
    private ScreenPopServer screenPops;
    private CallViewModel call;
    private ScreenPop pendingPop;

    /** Used by {@link Application#launch}; takes the configuration handed to {@link #launch(WorkstationConfig)}. */
    public WorkstationApp() {
        this(Objects.requireNonNull(launchConfig, "launch(config) was not called"));
    }

    public WorkstationApp(WorkstationConfig config) {
        this.config = config;
    }

    /** Opens the workstation and returns when its window is closed. */
    public static void launch(WorkstationConfig config) {
        launchConfig = config;
        Application.launch(WorkstationApp.class);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        AtomicInteger threads = new AtomicInteger();
        background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "relais-background-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        i18n = new I18n(config.locale());
        executors = new UiExecutors(background, Platform::runLater);
        signIn = new SignInService(new RelaisApi(config.serverUrl()), config.dataDir());

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
        LoginViewModel vm = new LoginViewModel(signIn::signIn, executors, config.serverUrl().toString(),
                this::showMain);
        LoginView view = new LoginView(vm, i18n);
        scene.setRoot(view);
        Platform.runLater(view::focusFirstField);
    }

    private void showMain(WorkstationSession newSession) {
        session = newSession;
        Instant syncedAt = session.store().meta(LocalStore.Meta.LAST_SYNC_AT).map(Instant::parse)
                .or(() -> session.store().meta(LocalStore.Meta.CATALOGUE_SYNCED_AT).map(Instant::parse))
                .orElse(null);
        MainViewModel vm = new MainViewModel(session.user(), config.serverUrl().toString(), syncedAt);
        CaptureContext capture = CaptureContext.of(session, java.time.Clock.systemUTC());
        call = new CallViewModel(capture, executors);
        call.keepDrafts(new ca.relais.client.ui.call.DraftKeeper(session.store(), background));
        CallViewModel current = call;
        ca.relais.client.ui.knowledge.KnowledgeViewModel knowledge = new ca.relais.client.ui.knowledge.KnowledgeViewModel(
                new ca.relais.client.sync.KnowledgeClient(session.api(), session.sync()::token), executors,
                () -> i18n.isEnglish() ? "en" : "fr", (article, done) -> {
                    current.request().logInformation(article);
                    done.run();
                }, java.time.Clock.systemUTC());
        MainView view = new MainView(vm, call, knowledge, i18n, this::signOut);
        scene.setRoot(view);
        session.sync().addListener(status -> Platform.runLater(() -> {
            vm.syncChanged(status);
            if (status.state() == ca.relais.client.sync.ConnectionState.ONLINE && call == current) {
                current.synchronised();
            }
        }));
        Platform.runLater(view::focusSearch);
        if (pendingPop != null) {
            ScreenPop pop = pendingPop;
            pendingPop = null;
            Platform.runLater(() -> call.screenPop(pop.ani()));
        }
    }

    private void signOut() {
        call = null;
        closeSession();
        showLogin();
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
        if (session != null) {
            session.close();
        }
        if (background != null) {
            background.shutdownNow();
        }
    }
}
