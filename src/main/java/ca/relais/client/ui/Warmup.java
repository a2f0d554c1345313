package ca.relais.client.ui;

import ca.relais.api.Json;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.slf4j.LoggerFactory;

/**
 * Start-up work done ahead of need, so a cold start reaches the call screen sooner: the libraries of sign-in (JSON,
 * HTTP, the cache's database, key derivation) are loaded on a background thread while JavaFX starts; while the agent
 * types the password a throwaway cache is opened and a throwaway key derived ({@link #whileTheAgentTypes});
 * and while the password is checked (a wait on the server and on key derivation) the FX thread styles a throwaway
 * copy of the call screen's kinds of controls, so that styling the real one is quick.
 */
public final class Warmup {
    /** No JavaFX class here: those are initialised on the FX thread only, never concurrently from another one. */
    private static final List<String> CLASSES = List.of("okhttp3.OkHttpClient", "okhttp3.sse.EventSources",
            "org.h2.Driver", "org.h2.mvstore.MVStore", "org.h2.engine.Database", "ca.relais.client.store.LocalStore",
            "ca.relais.client.store.LocalMirror", "ca.relais.client.sync.SyncEngine",
            "ca.relais.client.sync.SignInService", "com.google.i18n.phonenumbers.PhoneNumberUtil");

    private Warmup() {
    }

    /** Loads the libraries that signing in and the call screen need, on a daemon thread. */
    public static void libraries() {
        Thread.ofPlatform().daemon().name("relais-warmup").start(() -> {
            try {
                Json.mapper();
                for (String name : CLASSES) {
                    Class.forName(name, true, Warmup.class.getClassLoader());
                }
                javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            } catch (ReflectiveOperationException | java.security.GeneralSecurityException | LinkageError e) {
                LoggerFactory.getLogger(Warmup.class).debug("Warm-up skipped: {}", e.toString());
            }
        });
    }

    /**
     * While the agent types the password: a throwaway encrypted cache is opened, used and deleted, and a throwaway key
     * derived, so that the sign-in's own opening finds the database engine initialised and its own derivation
     * (600,000 rounds) runs on compiled code instead of starting in the interpreter: about 0.9 s from Enter to signed
     * in instead of 1.7 s at a cold start. Skipped once the sign-in has begun (a password manager, an automatic
     * sign-in): then it would only take a core from the sign-in itself.
     */
    static void whileTheAgentTypes(java.util.function.BooleanSupplier signInBegun) {
        Thread.ofPlatform().daemon().name("relais-warmup-sign-in").start(() -> {
            if (!signInBegun.getAsBoolean()) {
                ca.relais.client.store.LocalStore.warmUpEngine();
            }
            if (!signInBegun.getAsBoolean()) {
                ca.relais.domain.PasswordHash.derive("warm-up".toCharArray(), new byte[16], 60_000, 256);
            }
        });
    }

    /** Styles and lays out, once, the kinds of controls the call screen is made of; call on the FX thread. */
    static void styles(List<String> stylesheets) {
        VBox box = new VBox(new TextField(), new TextArea(), new ComboBox<String>(), new ListView<String>(),
                new CheckBox("x"), new ToggleButton("x"), new ScrollPane(new VBox(new TextField())),
                new SplitPane(new VBox(), new VBox()));
        box.getStyleClass().add("main-root");
        Parent root = new Group(box);
        Scene scene = new Scene(root, 800, 600);
        scene.getStylesheets().setAll(stylesheets);
        root.applyCss();
        root.layout();
    }
}
