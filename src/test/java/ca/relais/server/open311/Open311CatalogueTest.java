package ca.relais.server.open311;

import static ca.relais.server.open311.GeoReportClient.child;
import static ca.relais.server.open311.GeoReportClient.childNames;
import static ca.relais.server.open311.GeoReportClient.children;
import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.server.RelaisServer;
import ca.relais.server.demo.DemoSeed;
import ca.relais.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Discovery, service lists and service definitions, in JSON and XML, for both demo jurisdictions. */
class Open311CatalogueTest {
    private static final String V2 = "/open311/v2";
    private static final String NEIGHBOUR = "jurisdiction_id=" + DemoSeed.NEIGHBOUR;
    static RelaisServer server;
    static GeoReportClient client;
    static JsonNode catalogue;

    @BeforeAll
    static void start() {
        server = DemoServer.get();
        client = new GeoReportClient(server.baseUrl());
        Http http = new Http(server.baseUrl());
        catalogue = http.get("/api/v1/catalogue", http.login("agent8000", DemoSeed.DEMO_PASSWORD)).json();
    }

    @Test
    void discoveryListsTheProductionEndpointInBothFormats() {
        GeoReportClient.Reply json = client.get(V2 + "/discovery.json");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        JsonNode d = json.json();
        assertThat(d.get("changeset").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        assertThat(d.get("contact").asText()).isNotBlank();
        assertThat(d.get("key_service").asText()).isNotBlank();
        JsonNode endpoint = d.get("endpoints").get(0);
        assertThat(endpoint.get("specification").asText()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(endpoint.get("url").asText()).endsWith("/open311/v2");
        assertThat(endpoint.get("type").asText()).isEqualTo("production");
        assertThat(List.of(endpoint.get("formats").get(0).asText(), endpoint.get("formats").get(1).asText()))
                .containsExactlyInAnyOrder("application/json", "text/xml");

        GeoReportClient.Reply xml = client.get(V2 + "/discovery.xml");
        assertThat(xml.status()).isEqualTo(200);
        assertThat(xml.contentType()).startsWith("text/xml");
        Element root = xml.xml();
        assertThat(root.getTagName()).isEqualTo("discovery");
        assertThat(childNames(root)).containsExactly("changeset", "contact", "key_service", "endpoints");
        Element e = child(child(root, "endpoints"), "endpoint");
        assertThat(childNames(e)).containsExactly("specification", "url", "changeset", "type", "formats");
        assertThat(children(child(e, "formats"), "format")).extracting(Element::getTextContent)
                .containsExactlyInAnyOrder("application/json", "text/xml");
    }

    @Test
    void servicesAreTheCityCatalogueInOpen311Form() {
        GeoReportClient.Reply reply = client.get(V2 + "/services.json");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode services = reply.json();
        assertThat(services.isArray()).isTrue();
        assertThat(services.size()).isEqualTo(catalogue.get("total").asInt());
        for (JsonNode s : services) {
            assertThat(s.get("service_code").isTextual()).isTrue();
            assertThat(s.get("service_name").isTextual()).isTrue();
            assertThat(s.get("description").isTextual()).isTrue();
            assertThat(s.get("metadata").isBoolean()).isTrue();
            assertThat(s.get("type").asText()).isEqualTo("realtime");
            assertThat(s.get("keywords").isTextual()).isTrue();
            assertThat(s.get("group").isTextual()).isTrue();
        }
        assertThat(services.findValuesAsText("service_code")).noneMatch(c -> c.startsWith("VDC-"));
        JsonNode first = catalogue.get("items").get(0);
        JsonNode same = find(services, first.get("service_code").asText());
        assertThat(same.get("service_name").asText()).isEqualTo(first.get("service_name").asText());
        assertThat(same.get("metadata").asBoolean()).isEqualTo(!first.get("attributes").isEmpty());
        assertThat(same.get("keywords").asText()).contains(first.get("keywords").get(0).asText()).contains(", ");
    }

    @Test
    void servicesCanBeReadInEnglish() {
        JsonNode services = client.get(V2 + "/services.json?locale=en").json();
        JsonNode first = catalogue.get("items").get(0);
        JsonNode same = find(services, first.get("service_code").asText());
        assertThat(same.get("service_name").asText()).isEqualTo(first.get("service_name_en").asText());
        assertThat(same.get("description").asText()).isEqualTo(first.get("description_en").asText());
    }

    @Test
    void servicesInXmlHaveTheSpecificationElements() {
        GeoReportClient.Reply reply = client.get(V2 + "/services.xml");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/xml");
        assertThat(reply.text()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        Element root = reply.xml();
        assertThat(root.getTagName()).isEqualTo("services");
        List<Element> services = children(root, "service");
        assertThat(services).hasSize(catalogue.get("total").asInt());
        assertThat(childNames(root)).containsOnly("service");
        for (Element s : services) {
            assertThat(childNames(s)).containsExactly("service_code", "service_name", "description", "metadata",
                    "type", "keywords", "group");
            assertThat(child(s, "metadata").getTextContent()).isIn("true", "false");
        }
        assertThat(reply.text()).contains("é");
    }

    @Test
    void aServiceDefinitionListsTheAttributesInOrderWithTheirValues() {
        JsonNode d = client.get(V2 + "/services/VOI-NETTOYAGE.json").json();
        assertThat(d.get("service_code").asText()).isEqualTo("VOI-NETTOYAGE");
        JsonNode debris = d.get("attributes").get(0);
        assertThat(debris.get("variable").asBoolean()).isTrue();
        assertThat(debris.get("code").asText()).isEqualTo("DEBRIS");
        assertThat(debris.get("datatype").asText()).isEqualTo("multivaluelist");
        assertThat(debris.get("required").asBoolean()).isTrue();
        assertThat(debris.get("datatype_description").asText()).contains("attribute[CODE][]");
        assertThat(debris.get("order").isInt()).isTrue();
        assertThat(debris.get("description").asText()).isNotBlank();
        assertThat(debris.get("values").findValuesAsText("key")).contains("SAND", "MUD");
        assertThat(debris.get("values").get(0).get("name").isTextual()).isTrue();

        JsonNode many = client.get(V2 + "/services/MAT-BAC-ENDOMMAGE.json").json();
        List<Integer> orders = new ArrayList<>();
        many.get("attributes").forEach(a -> orders.add(a.get("order").asInt()));
        assertThat(orders).hasSize(3).isSorted();
    }

    @Test
    void aServiceDefinitionInXmlNestsAttributesAndValues() {
        Element root = client.get(V2 + "/services/VOI-NETTOYAGE.xml").xml();
        assertThat(root.getTagName()).isEqualTo("service_definition");
        assertThat(childNames(root)).containsExactly("service_code", "attributes");
        Element attribute = child(child(root, "attributes"), "attribute");
        assertThat(childNames(attribute)).containsExactly("variable", "code", "datatype", "required",
                "datatype_description", "order", "description", "values");
        List<Element> values = children(child(attribute, "values"), "value");
        assertThat(values).isNotEmpty();
        assertThat(childNames(values.get(0))).containsExactly("key", "name");
    }

    @Test
    void anUnknownServiceCodeIsA404InBothFormats() {
        GeoReportClient.Reply json = client.get(V2 + "/services/NO-SUCH-CODE.json");
        assertOpen311Error(json, 404);
        assertThat(json.json().get(0).get("description").asText()).contains("NO-SUCH-CODE");
        GeoReportClient.Reply xml = client.get(V2 + "/services/NO-SUCH-CODE.xml");
        assertThat(xml.status()).isEqualTo(404);
        Element root = xml.xml();
        assertThat(root.getTagName()).isEqualTo("errors");
        Element error = child(root, "error");
        assertThat(child(error, "code").getTextContent()).isEqualTo("404");
        assertThat(child(error, "description").getTextContent()).contains("NO-SUCH-CODE");
    }

    @Test
    void theNeighbourSeesOnlyItsOwnServices() {
        JsonNode services = client.get(V2 + "/services.json?" + NEIGHBOUR).json();
        assertThat(services.size()).isPositive();
        assertThat(services.findValuesAsText("service_code")).allMatch(c -> c.startsWith("VDC-"));
        assertOpen311Error(client.get(V2 + "/services/VOI-NETTOYAGE.json?" + NEIGHBOUR), 404);
        assertOpen311Error(client.get(V2 + "/services/VDC-NIDPOULE.json"), 404);
        JsonNode def = client.get(V2 + "/services/VDC-NIDPOULE.json?" + NEIGHBOUR).json();
        assertThat(def.at("/attributes/0/code").asText()).isEqualTo("SIZE");
    }

    @Test
    void anUnknownJurisdictionIsA404() {
        assertOpen311Error(client.get(V2 + "/services.json?jurisdiction_id=nowhere.example"), 404);
        assertOpen311Error(client.get(V2 + "/services/VOI-NETTOYAGE.xml?jurisdiction_id=nowhere.example"), 404);
        assertOpen311Error(client.get(V2 + "/requests.json?jurisdiction_id=nowhere.example"), 404);
    }

    @Test
    void unknownFormatsPathsAndMethodsAreOpen311Errors() {
        assertOpen311Error(client.get(V2 + "/services.html"), 404);
        assertOpen311Error(client.get(V2 + "/services"), 404);
        assertOpen311Error(client.get(V2 + "/nothing.json"), 404);
        assertOpen311Error(client.get("/open311/v3/services.json"), 404);
        assertOpen311Error(client.send("DELETE", V2 + "/services.json", null, null, Map.of()), 404);
        assertOpen311Error(client.send("PUT", V2 + "/requests.json", GeoReportClient.FORM,
                new byte[] {'a'}, Map.of()), 404);
        GeoReportClient.Reply xml = client.get(V2 + "/nothing.xml");
        assertThat(xml.status()).isEqualTo(404);
        assertThat(xml.xml().getTagName()).isEqualTo("errors");
    }

    @Test
    void readsNeedNoToken() {
        GeoReportClient.Reply reply = client.send("GET", V2 + "/services.json", null, null,
                Map.of("Authorization", "Bearer forged"));
        assertThat(reply.status()).isEqualTo(200);
    }

    static JsonNode find(JsonNode services, String code) {
        for (JsonNode s : services) {
            if (s.get("service_code").asText().equals(code)) {
                return s;
            }
        }
        throw new AssertionError("No service " + code);
    }

    /** An Open311 JSON error list with this status: never problem+json, never a 5xx. */
    static void assertOpen311Error(GeoReportClient.Reply reply, int status) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.contentType()).doesNotContain("problem");
        if (reply.contentType().startsWith("text/xml")) {
            Element root = reply.xml();
            assertThat(root.getTagName()).isEqualTo("errors");
            for (Element error : children(root, "error")) {
                assertThat(child(error, "code").getTextContent()).isEqualTo(String.valueOf(status));
                assertThat(child(error, "description").getTextContent()).isNotBlank();
            }
            return;
        }
        JsonNode errors = reply.json();
        assertThat(errors.isArray()).isTrue();
        assertThat(errors.size()).isPositive();
        for (JsonNode error : errors) {
            assertThat(error.get("code").asInt()).isEqualTo(status);
            assertThat(error.get("description").asText()).isNotBlank();
        }
    }
}
