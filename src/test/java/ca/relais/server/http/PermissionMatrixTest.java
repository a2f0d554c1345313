package ca.relais.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.server.RelaisServer;
import ca.relais.support.Http;
import ca.relais.support.TestServers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per cell of the permission matrix in docs/security.md: every endpoint, called by every role and by an
 * anonymous caller. A forbidden role gets exactly 403, an anonymous caller 401, and an allowed role gets past the
 * authorisation (never 401, 403 or a 5xx).
 */
class PermissionMatrixTest {
    static final List<String> ROLES = List.of("anonymous", "agent", "secretariat", "supervisor", "ombudsman", "admin");
    static final Set<String> STAFF = Set.of("agent", "secretariat", "supervisor", "ombudsman", "admin");
    static final Set<String> READERS = Set.of("agent", "secretariat", "supervisor", "ombudsman");
    static final Set<String> WRITERS = Set.of("agent", "secretariat", "supervisor");

    /** Expected roles per endpoint; the same table as docs/security.md. */
    static final Map<String, Set<String>> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("GET /api/v1/session", STAFF);
        MATRIX.put("GET /api/v1/catalogue", STAFF);
        MATRIX.put("GET /api/v1/addresses?q=king", STAFF);
        MATRIX.put("GET /api/v1/callers?q=1234", READERS);
        MATRIX.put("POST /api/v1/callers", WRITERS);
        MATRIX.put("GET /api/v1/callers/{caller}", READERS);
        MATRIX.put("PATCH /api/v1/callers/{caller}", WRITERS);
        MATRIX.put("GET /api/v1/requests", READERS);
        MATRIX.put("POST /api/v1/requests", WRITERS);
        MATRIX.put("GET /api/v1/requests/{request}", READERS);
        MATRIX.put("PATCH /api/v1/requests/{request}", WRITERS);
        MATRIX.put("POST /api/v1/requests/{request}/notes", WRITERS);
        MATRIX.put("POST /api/v1/requests/{request}/handoffs", WRITERS);
        MATRIX.put("POST /api/v1/requests/{request}/callers", WRITERS);
        MATRIX.put("DELETE /api/v1/session", STAFF);
        MATRIX.put("GET /api/v1/changes", READERS);
        MATRIX.put("GET /api/v1/kb/search?q=bac", STAFF);
        MATRIX.put("GET /api/v1/kb/similar?text=bac", STAFF);
        MATRIX.put("GET /api/v1/kb/articles/kb-nope", STAFF);
        MATRIX.put("POST /api/v1/kb/articles", Set.of("supervisor", "admin"));
        MATRIX.put("GET /api/v1/kb/articles", Set.of("supervisor", "admin"));
        MATRIX.put("POST /api/v1/kb/feedback", Set.of("agent", "secretariat", "supervisor", "admin"));
        MATRIX.put("POST /api/v1/kb/gaps", Set.of("agent", "secretariat", "supervisor", "admin"));
        MATRIX.put("GET /api/v1/kb/manage/overdue", Set.of("supervisor", "admin"));
        MATRIX.put("GET /api/v1/kb/manage/feedback", Set.of("supervisor", "admin"));
        MATRIX.put("POST /api/v1/kb/manage/feedback/kb-collecte-bac-brun-fr/resolve", Set.of("supervisor", "admin"));
        MATRIX.put("GET /api/v1/kb/manage/gaps", Set.of("supervisor", "admin"));
        MATRIX.put("GET /api/v1/queues", Set.of("supervisor", "admin"));
        MATRIX.put("GET /api/v1/reports/accountability?from=2026-01-01&to=2026-01-31",
                Set.of("supervisor", "admin", "ombudsman"));
        MATRIX.put("GET /api/v1/audit", Set.of("admin", "ombudsman"));
        MATRIX.put("GET /api/v1/queues/items?tile=open", Set.of("supervisor", "admin"));
        MATRIX.put("POST /api/v1/presence", Set.of("agent", "secretariat", "supervisor"));
        MATRIX.put("GET /api/v1/targets", Set.of("supervisor", "admin", "ombudsman"));
        MATRIX.put("PUT /api/v1/targets", Set.of("supervisor", "admin"));
        MATRIX.put("GET /api/v1/reports/trends?weeks=4", Set.of("supervisor", "admin", "ombudsman"));
        MATRIX.put("GET /api/v1/reports/accountability?from=2026-01-01&to=2026-01-31&format=pdf",
                Set.of("supervisor", "admin", "ombudsman"));
        MATRIX.put("GET /api/v1/ombudsman/cases?q=x", Set.of("ombudsman"));
        MATRIX.put("GET /api/v1/ombudsman/cases/{request}", Set.of("ombudsman"));
        MATRIX.put("GET /api/v1/ombudsman/cases/{request}/pdf", Set.of("ombudsman"));
        MATRIX.put("GET /api/v1/admin/retention", Set.of("admin"));
        MATRIX.put("POST /api/v1/admin/retention/run", Set.of("admin"));
        MATRIX.put("GET /metrics", Set.of("admin"));
    }

    private static final Map<String, String> USERS = Map.of("agent", "agent8000", "secretariat",
            "secretariat-fleurimont", "supervisor", "supervisor", "ombudsman", "ombudsman", "admin", "admin");

    @TempDir
    static Path dir;
    static RelaisServer server;
    static Http http;
    static final Map<String, String> TOKENS = new LinkedHashMap<>();
    static UUID caller;
    static UUID request;

    @BeforeAll
    static void start() {
        server = TestServers.demoOnH2(dir);
        http = new Http(server.baseUrl());
        USERS.forEach((role, user) -> TOKENS.put(role, http.login(user, "relais-demo")));
        caller = UUID.randomUUID();
        http.post("/api/v1/callers", TOKENS.get("agent"),
                "{\"id\":\"" + caller + "\",\"last_name\":\"Matrice\",\"phones\":[\"819 555-0000\"]}");
        request = UUID.randomUUID();
        http.post("/api/v1/requests", TOKENS.get("agent"), "{\"id\":\"" + request
                + "\",\"type_code\":\"VOI-NIDPOULE\",\"nature\":\"INFORMATION\"}");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> cells() {
        List<Arguments> out = new ArrayList<>();
        MATRIX.forEach((endpoint, allowed) -> ROLES.forEach(role -> out.add(Arguments.of(endpoint, role,
                allowed.contains(role)))));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → allowed={2}")
    @MethodSource("cells")
    void cell(String endpoint, String role, boolean allowed) {
        String[] parts = endpoint.split(" ", 2);
        String method = parts[0];
        String path = parts[1].replace("{caller}", caller.toString()).replace("{request}", request.toString());
        String body = switch (method) {
            case "POST" -> path.endsWith("/callers") ? "{\"id\":\"" + UUID.randomUUID() + "\",\"last_name\":\"X\"}"
                    : path.endsWith("/requests") ? "{\"id\":\"" + UUID.randomUUID()
                    + "\",\"type_code\":\"VOI-NIDPOULE\",\"nature\":\"INFORMATION\"}"
                    : path.endsWith("/notes") ? "{\"text\":\"note\"}"
                    : path.endsWith("/callers") ? "{\"caller_id\":\"" + caller + "\"}"
                    : path.endsWith("/kb/articles") ? "[]"
                    : path.endsWith("/kb/feedback")
                    ? "{\"article_id\":\"kb-collecte-bac-brun-fr\",\"rating\":\"USEFUL\"}"
                    : path.endsWith("/kb/gaps") ? "{\"query\":\"x\",\"language\":\"fr\",\"reason\":\"NO_RESULT\"}"
                    : path.endsWith("/resolve") ? ""
                    : path.endsWith("/presence") ? "{\"state\":\"AVAILABLE\"}"
                    : "{\"to_department\":\"ARR-FLEURIMONT\",\"note\":\"note\"}";
            case "PATCH" -> "{}";
            case "PUT" -> "{\"sla_attainment\":0.8,\"first_contact_resolution\":0.7,\"max_unaccepted_minutes\":30}";
            default -> null;
        };
        Map<String, String> headers = method.equals("PATCH") || method.equals("PUT") ? Map.of("If-Match", "\"999\"")
                : Map.of();
        String token = role.equals("anonymous") ? null : method.equals("DELETE")
                ? http.login(USERS.get(role), "relais-demo") : TOKENS.get(role);
        Http.Reply reply = http.send(method, path, token, body, headers);
        if (role.equals("anonymous")) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(401);
        } else if (!allowed) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(403);
        } else {
            assertThat(reply.status()).as(reply.body()).isNotIn(401, 403).isLessThan(500);
        }
    }
}
