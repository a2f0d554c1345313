package ca.relais.client.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.AddressDto;
import ca.relais.client.store.LocalCatalogue;
import ca.relais.client.store.LocalMirror;
import ca.relais.client.store.LocalWrites;
import ca.relais.client.store.Outbox;
import ca.relais.client.sync.RelaisApi;
import ca.relais.client.sync.SignInService;
import ca.relais.client.sync.WorkstationSession;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.domain.Channel;
import ca.relais.domain.LogSafe;
import ca.relais.domain.Nature;
import ca.relais.server.RelaisServer;
import ca.relais.server.ServerConfig;
import ca.relais.server.demo.DemoCity;
import ca.relais.support.Http;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A whole capture (new caller, request, sync to the real server, the server going away and coming back, a refused
 * write) with a memorable fake caller, and not one log line, at DEBUG, that names, calls or locates that caller.
 */
class NoPersonalDataInLogsTest {
    private static final String LAST_NAME = "Quatrebarbes";
    private static final String FIRST_NAME = "Zéphirine";
    private static final String PHONE = "819 555-0142";
    private static final String EMAIL = "zephirine.quatrebarbes@exemple.ca";
    private static final String DESCRIPTION = "Nid-de-poule géant signalé par madame Quatrebarbes";
    private static final List<String> SECRETS = List.of(LAST_NAME, FIRST_NAME, "5550142", "555-0142", "555 0142",
            EMAIL, "Nid-de-poule géant");

    @TempDir
    Path dir;
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    Logger relais = (Logger) LoggerFactory.getLogger("ca.relais");
    Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    Level relaisLevel;

    @BeforeEach
    void capture() {
        relaisLevel = relais.getLevel();
        relais.setLevel(Level.DEBUG);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        relais.setLevel(relaisLevel);
    }

    @Test
    void aCaptureSyncedThroughAnOutageLogsNoPersonalData() throws Exception {
        ServerConfig config = ServerConfig.local(dir.resolve("server"), ServerConfig.Seed.DEMO)
                .withDemo(DemoCity.Scale.SMALL, false);
        RelaisServer server = RelaisServer.start(config);
        config = config.withPort(server.port());
        WorkstationSession session = new SignInService(new RelaisApi(URI.create(server.baseUrl())),
                dir.resolve("client")).signIn("agent8000", "relais-demo".toCharArray());
        try {
            session.sync().drain(Duration.ofSeconds(30));
            CallViewModel call = new CallViewModel(CaptureContext.of(session, Clock.systemUTC()),
                    UiExecutors.direct());

            CallerLookupViewModel caller = call.caller();
            caller.queryProperty().set(PHONE);
            caller.startNewCaller();
            caller.firstNameProperty().set(FIRST_NAME);
            caller.lastNameProperty().set(LAST_NAME);
            caller.emailProperty().set(EMAIL);
            assertThat(caller.saveNewCaller()).isPresent();

            RequestCaptureViewModel request = call.request();
            request.typeQueryProperty().set("nid poule");
            request.chooseFirstSuggestion();
            request.fields().get(0).choiceProperty().set("LARGE");
            request.fields().get(1).choiceProperty().set("LANE");
            request.fields().get(2).textProperty().set("2");
            List<AddressDto> addresses = new LocalMirror(session.store()).searchAddresses("rue", 1);
            if (addresses.isEmpty()) {
                request.natureProperty().set(Nature.INFORMATION);
            } else {
                request.addressProperty().set(addresses.get(0));
            }
            request.descriptionProperty().set(DESCRIPTION);
            assertThat(request.submit()).isTrue();
            assertThat(session.sync().drain(Duration.ofSeconds(30))).isTrue();

            server.close();
            request.typeQueryProperty().set("nid poule");
            request.chooseFirstSuggestion();
            request.natureProperty().set(Nature.INFORMATION);
            request.descriptionProperty().set(DESCRIPTION + " (rappel)");
            assertThat(request.submit()).isTrue();
            assertThat(session.sync().drain(Duration.ofSeconds(2))).as("offline").isFalse();
            server = RelaisServer.start(config);
            assertThat(session.sync().drain(Duration.ofSeconds(60))).isTrue();
            assertThat(new Outbox(session.store()).counts().pending()).isZero();

            Http http = new Http(server.baseUrl());
            String token = http.login("agent8000", "relais-demo");
            http.post("/api/v1/callers", token, "{\"last_name\":\"" + LAST_NAME + "\",\"phones\":[\"" + PHONE
                    + "\"],\"email\":\"" + EMAIL + "\",\"oops\":");
            http.post("/api/v1/requests", token, "{\"description\":\"" + DESCRIPTION + "\",\"type_code\":\"NOPE\"}");
        } finally {
            session.close();
            server.close();
        }

        assertThat(captured.list).as("the capture is wired: the server's own lines arrive").isNotEmpty();
        for (ILoggingEvent event : captured.list) {
            String text = event.getFormattedMessage() + throwableText(event.getThrowableProxy());
            for (String secret : SECRETS) {
                assertThat(text).as("log line of %s", event.getLoggerName()).doesNotContain(secret);
            }
        }
    }

    @Test
    void anErrorThatQuotesPersonalDataIsLoggedWithoutItsMessage() {
        SQLIntegrityConstraintViolationException error = new SQLIntegrityConstraintViolationException(
                "Unique index violation: VALUES ('" + LAST_NAME + "', '" + PHONE + "')", "23505", 23505);
        RuntimeException wrapped = new IllegalStateException("store failed for " + EMAIL, error);
        LoggerFactory.getLogger("ca.relais.test").error("Database error on {} {}", "POST", "/api/v1/callers",
                LogSafe.redact(wrapped));
        LoggerFactory.getLogger("ca.relais.test").warn("Draft not saved: {}", LogSafe.describe(wrapped));

        assertThat(captured.list).hasSize(2);
        String logged = captured.list.get(0).getFormattedMessage() + throwableText(captured.list.get(0)
                .getThrowableProxy()) + captured.list.get(1).getFormattedMessage();
        assertThat(logged).contains("java.lang.IllegalStateException")
                .contains("java.sql.SQLIntegrityConstraintViolationException (SQLState 23505, code 23505)");
        assertThat(captured.list.get(0).getThrowableProxy().getStackTraceElementProxyArray())
                .as("the stack frames stay for the developers").isNotEmpty();
        for (String secret : SECRETS) {
            assertThat(logged).doesNotContain(secret);
        }
    }

    private static String throwableText(IThrowableProxy proxy) {
        StringBuilder text = new StringBuilder();
        for (IThrowableProxy t = proxy; t != null; t = t.getCause()) {
            text.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }
}
