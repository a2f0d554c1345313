package ca.relais.client.ui.login;

import ca.relais.client.store.CacheLockedException;
import ca.relais.client.sync.ApiException;
import ca.relais.client.sync.ServerUnavailableException;
import ca.relais.client.sync.WorkstationSession;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.client.ui.common.UserMessage;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Sign-in: checks the fields, signs in in the background, and explains any failure in the user's language. */
public final class LoginViewModel {
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<UserMessage> error = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canSignIn;

    private final Authenticator authenticator;
    private final UiExecutors executors;
    private final Consumer<WorkstationSession> onSignedIn;
    private final String serverLabel;

    public LoginViewModel(Authenticator authenticator, UiExecutors executors, String serverLabel,
                          Consumer<WorkstationSession> onSignedIn) {
        this.authenticator = authenticator;
        this.executors = executors;
        this.serverLabel = serverLabel;
        this.onSignedIn = onSignedIn;
        this.canSignIn = Bindings.createBooleanBinding(
                () -> !busy.get() && !username.get().isBlank() && !password.get().isEmpty(),
                busy, username, password);
        username.addListener((o, a, b) -> error.set(null));
        password.addListener((o, a, b) -> error.set(null));
    }

    /** Signs a user in, off the UI thread. */
    @FunctionalInterface
    public interface Authenticator {
        WorkstationSession signIn(String username, char[] password) throws Exception;
    }

    public void signIn() {
        if (busy.get()) {
            return;
        }
        if (username.get().isBlank()) {
            error.set(UserMessage.of("login.error.usernameRequired"));
            return;
        }
        if (password.get().isEmpty()) {
            error.set(UserMessage.of("login.error.passwordRequired"));
            return;
        }
        busy.set(true);
        error.set(null);
        String user = username.get().trim();
        char[] secret = password.get().toCharArray();
        executors.run(() -> authenticator.signIn(user, secret), session -> {
            busy.set(false);
            password.set("");
            onSignedIn.accept(session);
        }, failure -> {
            busy.set(false);
            error.set(explain(failure));
        });
    }

    UserMessage explain(Exception failure) {
        if (failure instanceof ApiException api) {
            return switch (api.status()) {
                case 401 -> UserMessage.of("login.error.credentials");
                case 429 -> UserMessage.of("login.error.throttled");
                default -> UserMessage.of("login.error.refused", api.getMessage());
            };
        }
        if (failure instanceof ServerUnavailableException) {
            return UserMessage.of("login.error.unreachable", serverLabel);
        }
        if (failure instanceof CacheLockedException) {
            return UserMessage.of("login.error.cacheLocked");
        }
        return UserMessage.of("login.error.unexpected", String.valueOf(failure.getMessage()));
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UserMessage> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canSignInProperty() {
        return canSignIn;
    }

    public String serverLabel() {
        return serverLabel;
    }
}
