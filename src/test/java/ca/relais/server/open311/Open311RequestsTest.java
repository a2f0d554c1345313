package ca.relais.server.open311;

import static ca.relais.server.open311.GeoReportClient.child;
import static ca.relais.server.open311.GeoReportClient.childNames;
import static ca.relais.server.open311.GeoReportClient.children;
import static ca.relais.server.open311.GeoReportClient.form;
import static ca.relais.server.open311.Open311CatalogueTest.assertOpen311Error;
import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.server.RelaisServer;
import ca.relais.server.demo.DemoSeed;
import ca.relais.support.Http;
import ca.relais.support.Midnight;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Creating requests through Open311 and reading them back, in JSON and XML, with real tenant isolation. */
class Open311RequestsTest {
    private static final String V2 = "/open311/v2";
    private static final String KEY = DemoSeed.DEMO_API_KEY;
    private static final String NEIGHBOUR = "jurisdiction_id=" + DemoSeed.NEIGHBOUR;
    private static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes",
            "service_name", "service_code", "description", "agency_responsible", "service_notice",
            "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat",
            "long", "media_url");
    static RelaisServer server;
    static GeoReportClient client;
    static Http http;
    static String agent;

    @BeforeAll
    static void start() {
        server = DemoServer.get();
        client = new GeoReportClient(server.baseUrl());
        http = new Http(server.baseUrl());
        agent = http.login("agent8000", DemoSeed.DEMO_PASSWORD);
    }

    /** Posts a street-cleaning request and answers its one-element creation list. */
    static JsonNode createStreetCleaning(String... extra) {
        List<String> fields = new ArrayList<>(List.of("api_key", KEY, "service_code", "VOI-NETTOYAGE",
                "lat", "45.4042", "long", "-71.8929", "attribute[DEBRIS][]", "MUD", "attribute[DEBRIS][]", "SAND"));
        fields.addAll(List.of(extra));
        GeoReportClient.Reply reply = client.postForm(V2 + "/requests.json", form(fields.toArray(String[]::new)));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.json().size()).isEqualTo(1);
        return reply.json().get(0);
    }

    @Test
    void aPostedRequestIsAnOrdinaryPortalRequest() {
        JsonNode created = createStreetCleaning("description", "Sable et boue devant le 12, rue King",
                "email", "Marie.Tremblay@Example.org", "phone", "819 555-0142", "first_name", "Marie",
                "last_name", "Tremblay", "media_url", "https://photos.example.org/rue-king.jpg");
        String number = created.get("service_request_id").asText();
        assertThat(number).matches("\\d{4}-\\d{6}");
        UUID id = UUID.fromString(created.get("token").asText());
        assertThat(created.get("service_notice").asText()).contains("Délai");
        UUID callerId = UUID.fromString(created.get("account_id").asText());

        JsonNode rest = http.get("/api/v1/requests/" + id, agent).json();
        assertThat(rest.get("number").asText()).isEqualTo(number);
        assertThat(rest.get("channel").asText()).isEqualTo("PORTAL");
        assertThat(rest.get("type_code").asText()).isEqualTo("VOI-NETTOYAGE");
        assertThat(rest.get("caller_id").asText()).isEqualTo(callerId.toString());
        assertThat(rest.get("created_by").asText()).isEqualTo("open311");
        assertThat(List.of(rest.at("/attributes/DEBRIS/0").asText(), rest.at("/attributes/DEBRIS/1").asText()))
                .containsExactly("MUD", "SAND");
        assertThat(rest.at("/location/lat").asDouble()).isEqualTo(45.4042);

        JsonNode caller = http.get("/api/v1/callers/" + callerId, agent).json();
        assertThat(caller.get("phones").get(0).asText()).isEqualTo("+18195550142");
        assertThat(caller.get("emails").get(0).asText()).isEqualTo("marie.tremblay@example.org");
        assertThat(caller.get("last_name").asText()).isEqualTo("Tremblay");

        List<String> changed = changedIds();
        assertThat(changed).contains("request/" + id, "caller/" + callerId);
        String admin = http.login("admin", DemoSeed.DEMO_PASSWORD);
        JsonNode audit = http.get("/api/v1/audit?entity=caller&entity_id=" + callerId, admin).json();
        assertThat(audit.get("items").findValues("action")).extracting(JsonNode::asText).contains("CREATE");
        for (JsonNode entry : audit.get("items")) {
            if (entry.get("action").asText().equals("CREATE")) {
                assertThat(entry.get("actor").asText()).isEqualTo("open311");
            }
        }

        for (String path : List.of("/requests/" + number + ".json", "/requests/" + id + ".json")) {
            JsonNode one = client.get(V2 + path).json();
            assertThat(one.size()).isEqualTo(1);
            JsonNode r = one.get(0);
            assertThat(r.get("service_request_id").asText()).isEqualTo(number);
            assertThat(r.get("status").asText()).isEqualTo("open");
            assertThat(r.get("service_code").asText()).isEqualTo("VOI-NETTOYAGE");
            assertThat(r.get("service_name").asText()).isEqualTo("Nettoyage de rue");
            assertThat(r.get("description").asText()).isEqualTo("Sable et boue devant le 12, rue King");
            assertThat(r.get("agency_responsible").asText()).isNotBlank();
            assertThat(r.get("lat").asDouble()).isEqualTo(45.4042);
            assertThat(r.get("long").asDouble()).isEqualTo(-71.8929);
            assertThat(r.get("media_url").asText()).isEqualTo("https://photos.example.org/rue-king.jpg");
            assertThat(OffsetDateTime.parse(r.get("expected_datetime").asText()).toInstant())
                    .isEqualTo(OffsetDateTime.parse(rest.get("due_at").asText()).toInstant());
            assertThat(OffsetDateTime.parse(r.get("requested_datetime").asText()).getOffset().getTotalSeconds())
                    .isIn(-5 * 3600, -4 * 3600);
        }
    }

    @Test
    void theSameCallerIsFoundAgainByPhoneOrEmail() {
        String first = createStreetCleaning("phone", "(819) 555-0177", "email", "luc@example.org")
                .get("account_id").asText();
        assertThat(createStreetCleaning("phone", "819-555-0177").get("account_id").asText()).isEqualTo(first);
        assertThat(createStreetCleaning("email", "LUC@example.org").get("account_id").asText()).isEqualTo(first);
        assertThat(createStreetCleaning("account_id", first).get("account_id").asText()).isEqualTo(first);
        assertThat(createStreetCleaning().get("account_id").isNull()).isTrue();
    }

    @Test
    void aPostCanBeAnsweredInXml() {
        GeoReportClient.Reply reply = client.postForm(V2 + "/requests.xml", form("api_key", KEY,
                "service_code", "VOI-NETTOYAGE", "address_string", "12, rue King Ouest", "attribute[DEBRIS]", "OIL"));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        Element root = reply.xml();
        assertThat(root.getTagName()).isEqualTo("service_requests");
        Element request = child(root, "request");
        assertThat(childNames(request)).containsExactly("service_request_id", "token", "service_notice",
                "account_id");
        String number = child(request, "service_request_id").getTextContent();
        Element read = child(client.get(V2 + "/requests/" + number + ".xml").xml(), "request");
        assertThat(childNames(read)).containsExactlyElementsOf(REQUEST_FIELDS);
        assertThat(child(read, "address").getTextContent()).isEqualTo("12, rue King Ouest");
        assertThat(child(read, "lat").getTextContent()).isEmpty();

        String token = child(request, "token").getTextContent();
        Element byToken = child(client.get(V2 + "/tokens/" + token + ".xml").xml(), "request");
        assertThat(childNames(byToken)).containsExactly("service_request_id", "token");
        assertThat(child(byToken, "service_request_id").getTextContent()).isEqualTo(number);
        JsonNode json = client.get(V2 + "/tokens/" + token + ".json").json().get(0);
        assertThat(json.get("service_request_id").asText()).isEqualTo(number);
        assertThat(json.get("token").asText()).isEqualTo(token);
    }

    @Test
    void textIsEscapedAndKeptWhole() {
        String tricky = "Fuite <b>&amp;</b> \"eau\" l'été — 💧 ]]> fin";
        String number = createStreetCleaning("description", tricky).get("service_request_id").asText();
        Element r = child(client.get(V2 + "/requests/" + number + ".xml").xml(), "request");
        assertThat(child(r, "description").getTextContent()).isEqualTo(tricky);
        assertThat(client.get(V2 + "/requests/" + number + ".json").json().get(0).get("description").asText())
                .isEqualTo(tricky);
    }

    @Test
    void listsAreFilteredByIdsCodesStatusDatesAndPages() {
        Midnight.awayFrom(ZoneOffset.UTC, Duration.ofMinutes(1));
        JsonNode a = createStreetCleaning();
        JsonNode b = createStreetCleaning();
        String ids = a.get("service_request_id").asText() + "," + b.get("token").asText() + ",2000-999999";
        JsonNode both = client.get(V2 + "/requests.json?service_request_id=" + ids).json();
        assertThat(both.findValuesAsText("service_request_id"))
                .containsExactlyInAnyOrder(a.get("service_request_id").asText(), b.get("service_request_id").asText());
        for (JsonNode r : both) {
            assertThat(REQUEST_FIELDS).allMatch(r::has);
            assertThat(r.get("service_request_id").isTextual()).isTrue();
            assertThat(r.get("lat").isNumber()).isTrue();
        }

        JsonNode open = client.get(V2 + "/requests.json?status=open&service_code=VOI-NETTOYAGE&page_size=200")
                .json();
        assertThat(open.findValuesAsText("service_request_id")).contains(a.get("service_request_id").asText());
        assertThat(open.findValuesAsText("status")).containsOnly("open");
        assertThat(open.findValuesAsText("service_code")).containsOnly("VOI-NETTOYAGE");
        assertThat(client.get(V2 + "/requests.json?status=closed&page_size=200").json()
                .findValuesAsText("service_request_id")).doesNotContain(a.get("service_request_id").asText());
        assertThat(client.get(V2 + "/requests.json?service_code=ANI-CHIEN-ERRANT").json()
                .findValuesAsText("service_code")).allMatch("ANI-CHIEN-ERRANT"::equals);

        String today = OffsetDateTime.now(ZoneOffset.UTC).toLocalDate().toString();
        assertThat(client.get(V2 + "/requests.json?page_size=200&start_date=" + today + "T00:00:00Z").json()
                .findValuesAsText("service_request_id")).contains(b.get("service_request_id").asText());
        assertThat(client.get(V2 + "/requests.json?start_date=2035-01-01T00:00:00-05:00").json()).isEmpty();
        assertThat(client.get(V2 + "/requests.json?end_date=2020-01-01").json()).isEmpty();

        JsonNode page1 = client.get(V2 + "/requests.json?page_size=1").json();
        JsonNode page2 = client.get(V2 + "/requests.json?page_size=1&page=2").json();
        assertThat(page1.size()).isEqualTo(1);
        assertThat(page2.size()).isEqualTo(1);
        assertThat(page1.get(0).get("service_request_id")).isNotEqualTo(page2.get(0).get("service_request_id"));
        assertThat(client.get(V2 + "/requests.json").json().size()).isLessThanOrEqualTo(50);
    }

    @Test
    void listsInXmlUseServiceRequestsAndRequestElements() {
        createStreetCleaning();
        GeoReportClient.Reply reply = client.get(V2 + "/requests.xml?page_size=3");
        assertThat(reply.status()).isEqualTo(200);
        Element root = reply.xml();
        assertThat(root.getTagName()).isEqualTo("service_requests");
        List<Element> requests = children(root, "request");
        assertThat(requests).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        for (Element r : requests) {
            assertThat(childNames(r)).containsExactlyElementsOf(REQUEST_FIELDS);
            assertThat(child(r, "status").getTextContent()).isIn("open", "closed");
        }
        Element empty = client.get(V2 + "/requests.xml?start_date=2035-01-01").xml();
        assertThat(empty.getTagName()).isEqualTo("service_requests");
        assertThat(childNames(empty)).isEmpty();
    }

    @Test
    void extensionsShowTheChannelAndOnlyPublicNotes() {
        JsonNode created = createStreetCleaning();
        String id = created.get("token").asText();
        String number = created.get("service_request_id").asText();
        restPost("/api/v1/requests/" + id + "/notes", "{\"text\":\"Équipe prévue jeudi\",\"visibility\":\"PUBLIC\"}");
        restPost("/api/v1/requests/" + id + "/notes", "{\"text\":\"Secret interne\",\"visibility\":\"INTERNAL\"}");
        resolve(id, "Rue nettoyée le 3 décembre");

        JsonNode plain = client.get(V2 + "/requests/" + number + ".json").json().get(0);
        assertThat(plain.has("extended_attributes")).isFalse();
        assertThat(plain.get("status").asText()).isEqualTo("closed");
        assertThat(plain.get("status_notes").asText()).isEqualTo("Rue nettoyée le 3 décembre");

        GeoReportClient.Reply reply = client.get(V2 + "/requests/" + number + ".json?extensions=true");
        assertThat(reply.text()).doesNotContain("Secret interne");
        JsonNode ext = reply.json().get(0).get("extended_attributes");
        assertThat(ext.get("channel").asText()).isEqualTo("PORTAL");
        assertThat(ext.get("number").asText()).isEqualTo(number);
        assertThat(ext.get("priority").isInt()).isTrue();
        assertThat(ext.get("notes").findValuesAsText("description"))
                .containsExactly("Équipe prévue jeudi", "Rue nettoyée le 3 décembre");
        for (JsonNode note : ext.get("notes")) {
            assertThat(note.has("datetime") && note.has("summary") && note.has("type")).isTrue();
        }

        GeoReportClient.Reply xml = client.get(V2 + "/requests/" + number + ".xml?extensions=true");
        assertThat(xml.text()).doesNotContain("Secret interne");
        Element notes = child(child(child(xml.xml(), "request"), "extended_attributes"), "notes");
        assertThat(children(notes, "note")).hasSize(2);
        assertThat(childNames(children(notes, "note").get(0))).containsExactly("datetime", "summary",
                "description", "type");
    }

    @Test
    void updatesListPublicStatusChangesAndNotes() {
        JsonNode created = createStreetCleaning();
        String id = created.get("token").asText();
        String number = created.get("service_request_id").asText();
        restPost("/api/v1/requests/" + id + "/notes", "{\"text\":\"Ne pas publier\",\"visibility\":\"INTERNAL\"}");
        resolve(id, "Fait");
        GeoReportClient.Reply reply = client.get(V2 + "/servicerequestupdates.json?page_size=200");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text()).doesNotContain("Ne pas publier");
        JsonNode mine = null;
        for (JsonNode u : reply.json()) {
            if (u.get("service_request_id").asText().equals(number)) {
                mine = u;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("status").asText()).isEqualTo("FIXED");
        assertThat(mine.get("description").asText()).isEqualTo("Fait");
        assertThat(mine.get("update_id").isTextual()).isTrue();
        Element root = client.get(V2 + "/servicerequestupdates.xml?page_size=1").xml();
        assertThat(root.getTagName()).isEqualTo("service_request_updates");
        assertThat(childNames(child(root, "request_update"))).containsExactly("update_id", "service_request_id",
                "status", "updated_datetime", "description", "media_url");
    }

    @Test
    void jurisdictionsAreIsolatedBothWays() {
        String city = createStreetCleaning().get("service_request_id").asText();
        GeoReportClient.Reply posted = client.postForm(V2 + "/requests.json", form("api_key",
                DemoServer.NEIGHBOUR_KEY, "jurisdiction_id", DemoSeed.NEIGHBOUR, "service_code", "VDC-NIDPOULE",
                "lat", "45.30", "long", "-72.00", "attribute[SIZE]", "LARGE"));
        assertThat(posted.status()).as(posted.text()).isEqualTo(200);
        String village = posted.json().get(0).get("service_request_id").asText();
        String villageToken = posted.json().get(0).get("token").asText();

        assertThat(client.get(V2 + "/requests/" + village + ".json?" + NEIGHBOUR).json().get(0)
                .get("service_code").asText()).isEqualTo("VDC-NIDPOULE");
        assertOpen311Error(client.get(V2 + "/requests/" + village + ".json"), 404);
        assertOpen311Error(client.get(V2 + "/requests/" + villageToken + ".json"), 404);
        assertOpen311Error(client.get(V2 + "/tokens/" + villageToken + ".json"), 404);
        assertOpen311Error(client.get(V2 + "/requests/" + city + ".json?" + NEIGHBOUR), 404);
        assertThat(client.get(V2 + "/requests.json?service_request_id=" + city + "," + village).json()
                .findValuesAsText("service_request_id")).containsExactly(city);
        assertThat(client.get(V2 + "/requests.json?page_size=200&" + NEIGHBOUR).json()
                .findValuesAsText("service_code")).isNotEmpty().allMatch(c -> c.startsWith("VDC-"));
        assertThat(client.get(V2 + "/requests.json?page_size=200").json().findValuesAsText("service_code"))
                .noneMatch(c -> c.startsWith("VDC-"));
        assertThat(client.get(V2 + "/servicerequestupdates.json?page_size=200&" + NEIGHBOUR).json()
                .findValuesAsText("service_request_id")).doesNotContain(city);

        GeoReportClient.Reply wrongKey = client.postForm(V2 + "/requests.json", form("api_key", KEY,
                "jurisdiction_id", DemoSeed.NEIGHBOUR, "service_code", "VDC-NIDPOULE", "lat", "45.3", "long", "-72",
                "attribute[SIZE]", "LARGE"));
        assertOpen311Error(wrongKey, 403);
        assertOpen311Error(client.postForm(V2 + "/requests.json", form("api_key", DemoServer.NEIGHBOUR_KEY,
                "service_code", "VOI-NETTOYAGE", "lat", "45.4", "long", "-71.9", "attribute[DEBRIS]", "MUD")), 403);
    }

    @Test
    void keysAreRequiredAndChecked() {
        String good = form("service_code", "VOI-NETTOYAGE", "lat", "45.4", "long", "-71.9", "attribute[DEBRIS]",
                "MUD");
        assertOpen311Error(client.postForm(V2 + "/requests.json", good), 403);
        assertOpen311Error(client.postForm(V2 + "/requests.xml", good + "&api_key=not-a-key"), 403);
        assertOpen311Error(client.postForm(V2 + "/requests.json", good + "&api_key="), 403);
        assertOpen311Error(client.postForm(V2 + "/requests.json", good + "&api_key=" + "k".repeat(5000)), 403);
        assertThat(client.postForm(V2 + "/requests.json?api_key=" + KEY, good).status()).isEqualTo(200);
    }

    @Test
    void validationProblemsBecomeOpen311ErrorsNamingTheField() {
        GeoReportClient.Reply missing = client.postForm(V2 + "/requests.json", form("api_key", KEY,
                "service_code", "VOI-NETTOYAGE", "lat", "45.4", "long", "-71.9"));
        assertOpen311Error(missing, 400);
        assertThat(missing.json().findValuesAsText("description")).contains("attribute[DEBRIS]: is required");

        GeoReportClient.Reply unknown = client.postForm(V2 + "/requests.json", form("api_key", KEY,
                "service_code", "NO-SUCH-SERVICE", "lat", "45.4", "long", "-71.9"));
        assertOpen311Error(unknown, 400);
        assertThat(unknown.json().get(0).get("description").asText()).startsWith("service_code:");

        GeoReportClient.Reply several = client.postForm(V2 + "/requests.xml", form("api_key", KEY,
                "service_code", "VOI-NETTOYAGE", "lat", "north", "long", "-71.9", "attribute[DEBRIS]", "GOLD",
                "phone", "12", "media_url", "javascript:alert(1)"));
        assertOpen311Error(several, 400);
        assertThat(children(several.xml(), "error")).extracting(Element::getTextContent)
                .anyMatch(t -> t.contains("lat:")).anyMatch(t -> t.contains("phone:"))
                .anyMatch(t -> t.contains("media_url:"));

        GeoReportClient.Reply range = client.postForm(V2 + "/requests.json", form("api_key", KEY,
                "service_code", "VOI-NETTOYAGE", "lat", "91", "long", "-71.9", "attribute[DEBRIS]", "GOLD",
                "attribute[NOPE]", "x", "email", "not-an-email"));
        assertOpen311Error(range, 400);
        assertThat(range.json().findValuesAsText("description")).anyMatch(d -> d.startsWith("lat:"))
                .anyMatch(d -> d.startsWith("attribute[DEBRIS]:")).anyMatch(d -> d.startsWith("attribute[NOPE]:"))
                .anyMatch(d -> d.startsWith("email:"));

        GeoReportClient.Reply noPlace = client.postForm(V2 + "/requests.json", form("api_key", KEY,
                "service_code", "VOI-NETTOYAGE", "attribute[DEBRIS]", "MUD"));
        assertOpen311Error(noPlace, 400);
        assertThat(noPlace.json().get(0).get("description").asText()).contains("address_string");
    }

    @Test
    void unknownRequestsAndTokensAre404() {
        assertOpen311Error(client.get(V2 + "/requests/2000-999999.json"), 404);
        assertOpen311Error(client.get(V2 + "/requests/" + UUID.randomUUID() + ".xml"), 404);
        assertOpen311Error(client.get(V2 + "/requests/%27%20OR%201=1.json"), 404);
        assertOpen311Error(client.get(V2 + "/tokens/" + UUID.randomUUID() + ".json"), 404);
        assertOpen311Error(client.get(V2 + "/tokens/not-a-token.xml"), 404);
    }

    @Test
    void badQueryParametersAre400() {
        for (String q : List.of("start_date=yesterday", "end_date=2026-13-45",
                "start_date=2026-02-01&end_date=2026-01-01", "start_date=2025-01-01&end_date=2026-01-01", "status=pending", "page=0", "page=x", "page_size=201",
                "service_code=" + "X".repeat(100))) {
            assertOpen311Error(client.get(V2 + "/requests.json?" + q), 400);
        }
        assertOpen311Error(client.get(V2 + "/requests.xml?start_date=nope"), 400);
        assertOpen311Error(client.get(V2 + "/servicerequestupdates.json?end_date=nope"), 400);
    }

    @Test
    void garbageAndHugeBodiesNeverCauseA5xx() {
        byte[] random = new byte[300_000];
        new java.util.Random(311).nextBytes(random);
        byte[] huge = ("api_key=" + KEY + "&description=" + "a".repeat(1_200_000)).getBytes(StandardCharsets.UTF_8);
        StringBuilder manyFields = new StringBuilder("api_key=" + KEY);
        for (int i = 0; i < 2000; i++) {
            manyFields.append("&attribute[A").append(i).append("]=x");
        }
        List<byte[]> bodies = List.of(random, huge, manyFields.toString().getBytes(StandardCharsets.UTF_8),
                "api_key=%zz".getBytes(StandardCharsets.UTF_8), "api_key=demo-open311-key&description=%C3%28"
                        .getBytes(StandardCharsets.UTF_8), "{\"service_code\":\"VOI-NETTOYAGE\"}"
                        .getBytes(StandardCharsets.UTF_8), new byte[0], "&&&===&".getBytes(StandardCharsets.UTF_8),
                ("api_key=" + KEY + "&service_code=VOI-NETTOYAGE&lat=NaN&long=Infinity&attribute[DEBRIS]=MUD")
                        .getBytes(StandardCharsets.UTF_8),
                ("api_key=" + KEY + "&service_code=VOI-NETTOYAGE&lat=45&long=-71&attribute[DEBRIS]=MUD&description="
                        + "%00%01").getBytes(StandardCharsets.UTF_8),
                ("api_key=" + KEY + "&service_code=VOI-NETTOYAGE&lat=45&long=-71&attribute[DEBRIS]=MUD&description="
                        + "d".repeat(5000)).getBytes(StandardCharsets.UTF_8));
        for (byte[] body : bodies) {
            for (String type : new String[] {GeoReportClient.FORM, "application/json", "multipart/form-data"}) {
                for (String format : new String[] {"json", "xml"}) {
                    GeoReportClient.Reply reply = client.send("POST", V2 + "/requests." + format, type, body,
                            Map.of());
                    assertThat(reply.status()).as(reply.text()).isIn(400, 403);
                    assertOpen311Error(reply, reply.status());
                }
            }
        }
        GeoReportClient.Reply chunked = client.postChunked(V2 + "/requests.json", huge);
        assertThat(chunked.status()).isEqualTo(400);
    }

    private static void restPost(String path, String json) {
        GeoReportClient.Reply reply = client.send("POST", path, "application/json",
                json.getBytes(StandardCharsets.UTF_8), Map.of("Authorization", "Bearer " + agent));
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    }

    private static void resolve(String id, String resolution) {
        Http.Reply current = http.get("/api/v1/requests/" + id, agent);
        String version = current.json().get("version").asText();
        GeoReportClient.Reply reply = client.send("PATCH", "/api/v1/requests/" + id, "application/json",
                ("{\"status\":\"RESOLVED\",\"resolution_code\":\"FIXED\",\"resolution\":\"" + resolution + "\"}")
                        .getBytes(StandardCharsets.UTF_8),
                Map.of("Authorization", "Bearer " + agent, "If-Match", "\"" + version + "\""));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    }

    private static List<String> changedIds() {
        List<String> out = new ArrayList<>();
        String since = "";
        for (int page = 0; page < 50; page++) {
            JsonNode feed = http.get("/api/v1/changes?limit=1000" + since, agent).json();
            feed.get("changes").forEach(c -> out.add(c.get("entity").asText() + "/" + c.get("id").asText()));
            if (!feed.get("has_more").asBoolean()) {
                break;
            }
            since = "&since=" + feed.get("cursor").asText();
        }
        return out;
    }
}
