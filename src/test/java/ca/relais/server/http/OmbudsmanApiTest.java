package ca.relais.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.server.RelaisServer;
import ca.relais.support.Http;
import ca.relais.support.TestServers;
import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ombudsman: search, a case's whole trail, its PDF, every access audited, and no write anywhere. */
class OmbudsmanApiTest {
    static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    static final Set<String> SIGN_IN_AND_OUT = Set.of("POST /api/v1/session", "DELETE /api/v1/session");

    @TempDir
    static Path dir;
    static RelaisServer server;
    static Http http;
    static String agent;
    static String ombudsman;
    static UUID caller;
    static UUID request;
    static String number;

    @BeforeAll
    static void start() {
        server = TestServers.demoOnH2(dir);
        http = new Http(server.baseUrl());
        agent = http.login("agent8000", "relais-demo");
        ombudsman = http.login("ombudsman", "relais-demo");
        caller = UUID.randomUUID();
        assertThat(http.post("/api/v1/callers", agent, "{\"id\":\"" + caller
                + "\",\"first_name\":\"Rosalie\",\"last_name\":\"Quintal-Ombud\",\"phones\":[\"819 555-4321\"]}")
                .status()).isEqualTo(201);
        request = UUID.randomUUID();
        Http.Reply created = http.post("/api/v1/requests", agent, "{\"id\":\"" + request
                + "\",\"type_code\":\"VOI-NIDPOULE\",\"nature\":\"COMPLAINT\",\"caller_id\":\"" + caller + "\","
                + "\"location\":{\"address\":\"Coin King Ouest et Belvédère\",\"lat\":45.4,\"long\":-71.9},"
                + "\"description\":\"Nid-de-poule jamais réparé\",\"attributes\":{\"SIZE\":\"LARGE\",\"POSITION\":\"LANE\"}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        number = created.json().get("number").asText();
        assertThat(http.post("/api/v1/requests/" + request + "/notes", agent,
                "{\"text\":\"Citoyen très fâché\",\"visibility\":\"INTERNAL\"}").status()).isLessThan(300);
        assertThat(http.post("/api/v1/requests/" + request + "/handoffs", agent,
                "{\"to_department\":\"ARR-FLEURIMONT\",\"note\":\"Pour l'arrondissement\"}").status()).isLessThan(300);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void searchFindsACaseByNumberTextCallerAndAddress() {
        for (String q : List.of(number, "jamais répar", "quintal-ombud", "rosalie quintal", "belvédère")) {
            Http.Reply r = http.get("/api/v1/ombudsman/cases?q=" + java.net.URLEncoder.encode(q,
                    java.nio.charset.StandardCharsets.UTF_8), ombudsman);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.json().get("items").toString()).as(q).contains(request.toString());
        }
        JsonNode one = http.get("/api/v1/ombudsman/cases?q=" + number, ombudsman).json();
        assertThat(one.get("items").get(0).get("caller_name").asText()).isEqualTo("Rosalie Quintal-Ombud");
        assertThat(http.get("/api/v1/ombudsman/cases?q=" + number + "&status=CLOSED", ombudsman).json()
                .get("total").asLong()).isZero();
        assertThat(http.get("/api/v1/ombudsman/cases?q=" + number + "&department=ARR-FLEURIMONT", ombudsman).json()
                .get("total").asLong()).isEqualTo(1);
        assertThat(http.get("/api/v1/ombudsman/cases?q=quintal%25ombud", ombudsman).json().get("total").asLong())
                .as("a percent sign is a character, not a wildcard that would join Quintal and Ombud").isZero();
        assertThat(http.get("/api/v1/ombudsman/cases?from=2026-13-01", ombudsman).status()).isEqualTo(400);
    }

    @Test
    void aCaseShowsItsWholeTrailAndEveryOmbudsmanAccessIsAuditedForTheAdmin() throws Exception {
        assertThat(http.get("/api/v1/ombudsman/cases?q=" + number, ombudsman).status()).isEqualTo(200);
        Http.Reply first = http.get("/api/v1/ombudsman/cases/" + request, ombudsman);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode file = first.json();
        List<String> kinds = new ArrayList<>();
        file.get("request").get("history").forEach(e -> kinds.add(e.get("kind").asText() + "/"
                + e.get("visibility").asText()));
        assertThat(kinds).contains("NOTE/INTERNAL", "HANDOFF/INTERNAL");
        assertThat(file.get("callers").get(0).get("last_name").asText()).isEqualTo("Quintal-Ombud");
        List<String> trail = new ArrayList<>();
        file.get("trail").forEach(a -> trail.add(a.get("actor").asText() + " " + a.get("action").asText()));
        assertThat(trail).contains("agent8000 CREATE", "agent8000 NOTE", "agent8000 HANDOFF");
        assertThat(file.get("trail").get(0).get("at").asText()).isNotBlank();

        JsonNode again = http.get("/api/v1/ombudsman/cases/" + request, ombudsman).json();
        assertThat(again.get("trail").toString()).contains("\"actor\":\"ombudsman\"", "ombudsman case");

        Http.Download pdf = http.download("/api/v1/ombudsman/cases/" + request + "/pdf", ombudsman);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        PdfReader reader = new PdfReader(pdf.bytes());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString()).contains("Dossier de plainte", number, "Citoyen très fâché", "HANDOFF",
                "Quintal-Ombud");
        assertThat(text.toString().replaceAll("\\s+", " ")).as("codes in words, the code after them")
                .contains("Nid-de-poule (VOI-NIDPOULE)", "Plainte / Complaint (COMPLAINT)",
                        "Transfert / Handoff (HANDOFF)", "Consultation / Viewed (READ)",
                        "to: Secrétariat de l'arrondissement de Fleurimont (ARR-FLEURIMONT)")
                .doesNotContain("{\"");

        assertThat(http.get("/api/v1/ombudsman/cases/" + UUID.randomUUID(), ombudsman).status()).isEqualTo(404);
        String admin = http.login("admin", "relais-demo");
        JsonNode audit = http.get("/api/v1/audit?actor=ombudsman&limit=200", admin).json();
        List<String> actions = new ArrayList<>();
        audit.get("items").forEach(a -> actions.add(a.get("action").asText() + " " + a.get("entity").asText()));
        assertThat(actions).contains("READ request", "EXPORT request", "SEARCH ombudsman_cases");
        assertThat(http.get("/api/v1/ombudsman/cases?q=x", agent).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/ombudsman/cases/" + request, admin).status()).isEqualTo(403);
    }

    /**
     * Every write route the app registers, found from Javalin's router, answers the ombudsman 403 (or, for Open311,
     * refuses without an API key): a write endpoint added without a role check fails here.
     */
    @Test
    void theOmbudsmanCannotChangeAnythingThroughAnyWriteRoute() {
        JsonNode before = http.get("/api/v1/requests/" + request, agent).json();
        List<String> writes = server.routes().stream().filter(r -> WRITES.contains(r.split(" ", 2)[0]))
                .filter(r -> !SIGN_IN_AND_OUT.contains(r)).toList();
        assertThat(writes).as("the router lists the write routes").contains("PATCH /api/v1/requests/{id}",
                "POST /api/v1/requests", "PUT /api/v1/targets", "POST /api/v1/presence", "POST /api/v1/kb/articles");
        for (String route : writes) {
            String method = route.split(" ", 2)[0];
            String path = route.split(" ", 2)[1].replaceAll("\\{[^}]+}", request.toString());
            String body = path.endsWith("/kb/articles") ? "[]" : "{\"id\":\"" + UUID.randomUUID()
                    + "\",\"state\":\"AVAILABLE\",\"status\":\"CLOSED\",\"text\":\"x\"}";
            Http.Reply reply = http.send(method, path, ombudsman, method.equals("DELETE") ? null : body,
                    Map.of("If-Match", "\"" + before.get("version").asLong() + "\"", "Idempotency-Key",
                            UUID.randomUUID().toString()));
            if (path.startsWith("/api/")) {
                assertThat(reply.status()).as(route + " " + reply.body()).isEqualTo(403);
            } else {
                assertThat(reply.status()).as(route + " " + reply.body()).isBetween(400, 499);
            }
        }
        JsonNode after = http.get("/api/v1/requests/" + request, agent).json();
        assertThat(after.get("version").asLong()).isEqualTo(before.get("version").asLong());
        assertThat(after.get("status").asText()).isEqualTo(before.get("status").asText());
    }
}
