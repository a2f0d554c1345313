package ca.relais.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.Json;
import ca.relais.server.RelaisServer;
import ca.relais.server.ServerConfig;
import ca.relais.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How answers go out: small ones whole with their length, large ones compressed for clients that accept gzip. */
class ResponseEncodingTest {
    @TempDir
    static Path dir;
    static RelaisServer server;
    static Http http;
    static String agent;

    @BeforeAll
    static void start() {
        server = RelaisServer.start(ServerConfig.local(dir, ServerConfig.Seed.DEMO).withDemo(null, false));
        http = new Http(server.baseUrl());
        agent = http.login("agent8000", "relais-demo");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aCreateAndItsReplayAnswerWithTheirLengthAndTheSameJson() throws Exception {
        String id = UUID.randomUUID().toString();
        String body = "{\"id\":\"" + id + "\",\"type_code\":\"VOI-NIDPOULE\",\"location\":{\"address\":\"12 rue King "
                + "Ouest\",\"lat\":45.40,\"long\":-71.89},\"description\":\"Nid-de-poule « profond » près de l'école\","
                + "\"attributes\":{\"SIZE\":\"LARGE\",\"POSITION\":\"LANE\"}}";
        Map<String, String> key = Map.of("Idempotency-Key", "encoding:" + id);

        Http.Reply created = http.send("POST", "/api/v1/requests", agent, body, key);
        Http.Reply replayed = http.send("POST", "/api/v1/requests", agent, body, key);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/json");
        assertThat(created.header("Content-Length")).isEqualTo(
                String.valueOf(created.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(created.json().path("description").asText()).isEqualTo("Nid-de-poule « profond » près de l'école");
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.header("ETag")).isEqualTo(created.header("ETag"));
        assertThat(replayed.body()).isEqualTo(created.body());
    }

    @Test
    void aLargeFeedPageIsGzippedForAClientThatAcceptsItAndDecodesToTheSamePage() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest.Builder page = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/changes?limit=200"))
                .header("Authorization", "Bearer " + agent);
        HttpResponse<byte[]> zipped = client.send(page.copy().header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> plain = client.send(page.build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
        assertThat(zipped.body().length).as("compressed").isLessThan(unzipped.length / 3);
        JsonNode fromZipped = Json.mapper().readTree(unzipped);
        JsonNode fromPlain = Json.mapper().readTree(plain.body());
        assertThat(fromZipped.path("changes").size()).isGreaterThan(10);
        assertThat(fromZipped.path("changes")).isEqualTo(fromPlain.path("changes"));
    }
}
