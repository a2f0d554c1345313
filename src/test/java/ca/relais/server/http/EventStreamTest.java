package ca.relais.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.server.RelaisServer;
import ca.relais.support.Http;
import ca.relais.support.DemoServerExtension;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The change feed as Server-Sent Events: a change made by one agent reaches another's open stream. */
class EventStreamTest {
    @RegisterExtension
    static final DemoServerExtension demo = new DemoServerExtension();
    static RelaisServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = demo.server();
        http = demo.http();
    }


    @Test
    void aNewRequestIsPushedToAnOpenStreamWithItsCursor() throws Exception {
        String listener = http.login("secretariat-fleurimont", "relais-demo");
        String writer = http.login("agent8000", "relais-demo");
        String now = http.get("/api/v1/changes?limit=1000", listener).json().get("cursor").asText();
        while (true) {
            var page = http.get("/api/v1/changes?limit=1000&since=" + now, listener).json();
            now = page.get("cursor").asText();
            if (!page.get("has_more").asBoolean()) {
                break;
            }
        }
        BlockingQueue<String[]> events = new LinkedBlockingQueue<>();
        OkHttpClient client = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
        Request request = new Request.Builder().url(server.baseUrl() + "/api/v1/events?since=" + now)
                .header("Authorization", "Bearer " + listener).build();
        EventSource source = EventSources.createFactory(client).newEventSource(request, new EventSourceListener() {
            @Override
            public void onEvent(EventSource s, String id, String type, String data) {
                events.add(new String[] {id, type, data});
            }

            @Override
            public void onFailure(EventSource s, Throwable t, Response response) {
                events.add(new String[] {null, "failure", String.valueOf(response == null ? t : response.code())});
            }
        });
        try {
            UUID id = UUID.randomUUID();
            assertThat(http.post("/api/v1/requests", writer, "{\"id\":\"" + id
                    + "\",\"type_code\":\"INF-HEURES\",\"nature\":\"INFORMATION\"}").status()).isEqualTo(201);
            String[] event;
            do {
                event = events.poll(10, TimeUnit.SECONDS);
                assertThat(event).as("an event arrives").isNotNull();
                assertThat(event[1]).isNotEqualTo("failure");
            } while (!event[2].contains(id.toString()));
            assertThat(event[1]).isEqualTo("change");
            assertThat(event[0]).as("the event id is a cursor to resume from").isNotBlank();
            assertThat(http.get("/api/v1/changes?since=" + event[0], listener).status()).isEqualTo(200);
        } finally {
            source.cancel();
        }
    }

    @Test
    void theStreamNeedsAToken() {
        assertThat(http.get("/api/v1/events", null).status()).isEqualTo(401);
    }
}
