package ca.relais.server.open311;

import static ca.relais.server.open311.GeoReportClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.Json;
import ca.relais.server.demo.DemoSeed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Interoperability, opt-in: our JSON checked against the official GeoReport v2 JSON Schemas when a copy of them is at
 * hand ({@code -Dopen311.schemas=DIR}, {@code /work/shared/data/open311/schema} or
 * {@code ../shared/data/open311/schema}); skipped otherwise. The schemas carry no {@code $schema}: they are read as
 * draft 7, from their files so that {@code "$ref": "service.json"} resolves beside them. Their {@code minItems} sits
 * inside {@code items} next to a {@code $ref}, so it constrains nothing: empty lists are valid.
 */
class Open311SchemaTest {
    private static final String V2 = "/open311/v2";
    static Path schemas;
    static GeoReportClient client;
    static JsonSchemaFactory factory;
    static SchemaValidatorsConfig config;

    @BeforeAll
    static void locateSchemas() {
        schemas = Stream.of(System.getProperty("open311.schemas"), "/work/shared/data/open311/schema",
                        "../shared/data/open311/schema")
                .filter(p -> p != null && Files.isRegularFile(Path.of(p, "requests.json")))
                .map(p -> Path.of(p).toAbsolutePath().normalize()).findFirst().orElse(null);
        Assumptions.assumeTrue(schemas != null, "The official Open311 schemas are not available here");
        factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        client = new GeoReportClient(DemoServer.get().baseUrl());
        GeoReportClient.Reply created = client.postForm(V2 + "/requests.json", form("api_key",
                DemoSeed.DEMO_API_KEY, "service_code", "VOI-NETTOYAGE", "lat", "45.40", "long", "-71.89",
                "attribute[DEBRIS][]", "MUD", "description", "x".repeat(4000),
                "media_url", "https://photos.example.org/a%20b.jpg"));
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        client.postForm(V2 + "/requests.json", form("api_key", DemoSeed.DEMO_API_KEY, "service_code",
                "VOI-NETTOYAGE", "address_string", "12, rue King", "attribute[DEBRIS]", "OIL"));
    }

    static Set<ValidationMessage> validate(String schemaFile, JsonNode document) {
        JsonSchema schema = factory.getSchema(SchemaLocation.of(schemas.resolve(schemaFile).toUri().toString()),
                config);
        return schema.validate(document);
    }

    static JsonNode getJson(String path) {
        GeoReportClient.Reply reply = client.get(V2 + path);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void serviceListsMatchServicesJson() {
        for (String q : List.of("", "?locale=en", "?jurisdiction_id=" + DemoSeed.NEIGHBOUR)) {
            JsonNode services = getJson("/services.json" + q);
            assertThat(services.size()).isPositive();
            assertThat(validate("services.json", services)).as(q).isEmpty();
        }
    }

    @Test
    void everyServiceDefinitionMatchesServiceDefinitionJson() {
        for (String q : List.of("", "?jurisdiction_id=" + DemoSeed.NEIGHBOUR)) {
            for (JsonNode s : getJson("/services.json" + q)) {
                String code = s.get("service_code").asText();
                assertThat(validate("service-definition.json", getJson("/services/" + code + ".json" + q)))
                        .as(code).isEmpty();
            }
        }
    }

    @Test
    void requestListsAndSingleRequestsMatchRequestsJson() {
        JsonNode list = getJson("/requests.json?page_size=200");
        assertThat(list.size()).isGreaterThanOrEqualTo(2);
        assertThat(validate("requests.json", list)).isEmpty();
        assertThat(validate("requests.json", getJson("/requests.json?extensions=true&locale=en"))).isEmpty();
        assertThat(validate("requests.json", getJson("/requests.json?start_date=2035-01-01"))).isEmpty();
        for (JsonNode r : list) {
            assertThat(validate("request.json", r)).isEmpty();
            JsonNode one = getJson("/requests/" + r.get("service_request_id").asText() + ".json");
            assertThat(validate("requests.json", one)).isEmpty();
        }
    }

    @Test
    void theValidatorReallyChecks() {
        ObjectNode request = (ObjectNode) getJson("/requests.json").get(0).deepCopy();
        request.put("status", "pending");
        request.put("requested_datetime", "yesterday");
        assertThat(validate("requests.json", Json.mapper().createArrayNode().add(request))).hasSizeGreaterThan(1);
        ObjectNode service = (ObjectNode) getJson("/services.json").get(0).deepCopy();
        service.remove("metadata");
        assertThat(validate("services.json", Json.mapper().createArrayNode().add(service))).isNotEmpty();
    }
}
