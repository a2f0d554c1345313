package ca.relais.client.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.client.sync.RelaisApi;
import ca.relais.client.sync.SignInService;
import ca.relais.client.sync.WorkstationSession;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.client.ui.common.UserMessage;
import ca.relais.server.RelaisServer;
import ca.relais.support.TestServers;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in rules, against the real server, without a JavaFX toolkit. */
class LoginViewModelTest {
    @TempDir
    static Path dir;
    static RelaisServer server;

    private final AtomicReference<WorkstationSession> signedIn = new AtomicReference<>();

    @BeforeAll
    static void start() {
        server = TestServers.demoOnH2(dir.resolve("server"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private LoginViewModel viewModel(URI url) {
        return viewModel(url, dir.resolve("client"));
    }

    private LoginViewModel viewModel(URI url, Path clientDir) {
        SignInService service = new SignInService(new RelaisApi(url), clientDir);
        return new LoginViewModel(service::signIn, UiExecutors.direct(), url.toString(), signedIn::set);
    }

    @Test
    void signsInAndCachesTheCatalogue() {
        LoginViewModel vm = viewModel(URI.create(server.baseUrl()));
        vm.usernameProperty().set(" agent8000 ");
        vm.passwordProperty().set("relais-demo");
        assertThat(vm.canSignInProperty().get()).isTrue();

        vm.signIn();

        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.passwordProperty().get()).as("the password is not kept").isEmpty();
        try (WorkstationSession session = signedIn.get()) {
            assertThat(session.user().username()).isEqualTo("agent8000");
            assertThat(new ca.relais.client.store.LocalCatalogue(session.store()).catalogue().items()).hasSizeGreaterThanOrEqualTo(60);
        }
    }

    @Test
    void aWrongPasswordIsExplainedAndKeepsTheUsername() {
        LoginViewModel vm = viewModel(URI.create(server.baseUrl()));
        vm.usernameProperty().set("agent5858");
        vm.passwordProperty().set("wrong");

        vm.signIn();

        assertThat(vm.errorProperty().get().key()).isEqualTo("login.error.credentials");
        assertThat(vm.usernameProperty().get()).isEqualTo("agent5858");
        assertThat(signedIn.get()).isNull();
    }

    @Test
    void anUnreachableServerIsExplained() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + closedPort);
        LoginViewModel vm = viewModel(url, dir.resolve("never-used-here"));
        vm.usernameProperty().set("agent8000");
        vm.passwordProperty().set("relais-demo");

        vm.signIn();

        UserMessage error = vm.errorProperty().get();
        assertThat(error.key()).isEqualTo("login.error.unreachable");
        assertThat(error.args()).containsExactly(url.toString());
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void anAgentWhoSignedInHereBeforeCanSignInOfflineButNotWithAWrongPassword() throws Exception {
        Path clientDir = dir.resolve("offline-client");
        LoginViewModel online = viewModel(URI.create(server.baseUrl()), clientDir);
        online.usernameProperty().set("agent5858");
        online.passwordProperty().set("relais-demo");
        online.signIn();
        signedIn.getAndSet(null).close();
        assertThat(java.nio.file.Files.readString(clientDir.resolve("users/agent5858/verifier")))
                .as("the verifier is made from the cache key, no second password hash").startsWith("cache-key-hmac");

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI down = URI.create("http://127.0.0.1:" + closedPort);
        LoginViewModel wrong = viewModel(down, clientDir);
        wrong.usernameProperty().set("agent5858");
        wrong.passwordProperty().set("not-the-password");
        wrong.signIn();
        assertThat(wrong.errorProperty().get().key()).isEqualTo("login.error.credentials");

        LoginViewModel offline = viewModel(down, clientDir);
        offline.usernameProperty().set("agent5858");
        offline.passwordProperty().set("relais-demo");
        offline.signIn();
        try (WorkstationSession session = signedIn.get()) {
            assertThat(session.startedOffline()).isTrue();
            assertThat(session.user().username()).isEqualTo("agent5858");
            assertThat(new ca.relais.client.store.LocalCatalogue(session.store()).catalogue().items()).isNotEmpty();
        }
    }

    @Test
    void aCacheFromAnOlderVersionWithItsOwnVerifierHashStillOpensOfflineAndTheVerifierIsUpgraded() throws Exception {
        Path clientDir = dir.resolve("older-client");
        LoginViewModel online = viewModel(URI.create(server.baseUrl()), clientDir);
        online.usernameProperty().set("agent5858");
        online.passwordProperty().set("relais-demo");
        online.signIn();
        signedIn.getAndSet(null).close();
        Path verifier = clientDir.resolve("users/agent5858/verifier");
        java.nio.file.Files.writeString(verifier,
                ca.relais.domain.PasswordHash.hash("relais-demo".toCharArray()));

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI down = URI.create("http://127.0.0.1:" + closedPort);
        LoginViewModel wrong = viewModel(down, clientDir);
        wrong.usernameProperty().set("agent5858");
        wrong.passwordProperty().set("not-the-password");
        wrong.signIn();
        assertThat(wrong.errorProperty().get().key()).isEqualTo("login.error.credentials");
        assertThat(java.nio.file.Files.readString(verifier)).startsWith("pbkdf2-sha256$");

        LoginViewModel offline = viewModel(down, clientDir);
        offline.usernameProperty().set("agent5858");
        offline.passwordProperty().set("relais-demo");
        offline.signIn();
        try (WorkstationSession session = signedIn.get()) {
            assertThat(session.startedOffline()).isTrue();
            assertThat(new ca.relais.client.store.LocalCatalogue(session.store()).catalogue().items()).isNotEmpty();
        }
        assertThat(java.nio.file.Files.readString(verifier)).startsWith("cache-key-hmac-sha256$");
    }

    @Test
    void emptyFieldsAreNamedBeforeAnyNetworkCall() {
        LoginViewModel vm = new LoginViewModel((u, p) -> {
            throw new AssertionError("must not be called");
        }, UiExecutors.direct(), "x", signedIn::set);
        assertThat(vm.canSignInProperty().get()).isFalse();

        vm.signIn();
        assertThat(vm.errorProperty().get().key()).isEqualTo("login.error.usernameRequired");

        vm.usernameProperty().set("agent8000");
        assertThat(vm.errorProperty().get()).as("typing clears the error").isNull();
        vm.signIn();
        assertThat(vm.errorProperty().get().key()).isEqualTo("login.error.passwordRequired");
    }

    @Test
    void busyBlocksASecondSignIn() {
        AtomicReference<Runnable> pending = new AtomicReference<>();
        int[] calls = {0};
        LoginViewModel vm = new LoginViewModel((u, p) -> {
            calls[0]++;
            return null;
        }, new UiExecutors(pending::set, Runnable::run), "x", signedIn::set);
        vm.usernameProperty().set("agent8000");
        vm.passwordProperty().set("relais-demo");

        vm.signIn();
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.canSignInProperty().get()).isFalse();
        vm.signIn();
        pending.get().run();

        assertThat(calls[0]).isEqualTo(1);
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
