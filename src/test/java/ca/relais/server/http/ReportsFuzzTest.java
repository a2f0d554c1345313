package ca.relais.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.server.RelaisServer;
import ca.relais.support.Http;
import ca.relais.support.TestServers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every parameter of the dashboard, report and ombudsman endpoints with every nasty value: never a 5xx. */
class ReportsFuzzTest {
    static final Map<String, List<String>> PARAMS = Map.of(
            "/api/v1/queues/items?tile=open&", List.of("tile", "department", "status", "channel", "hour", "line",
                    "limit", "cursor"),
            "/api/v1/reports/trends?", List.of("weeks"),
            "/api/v1/reports/accountability?from=2026-01-01&to=2026-01-31&", List.of("from", "to", "format"),
            "/api/v1/ombudsman/cases?", List.of("q", "status", "department", "from", "to", "limit", "cursor"));

    /** The HTTP client refuses non-ASCII and control characters in a header; those become a plain stale version. */
    private static String headerSafe(String value) {
        return value.length() < 200 && value.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f) ? value : "0";
    }

    @TempDir
    Path dir;

    @Test
    void noParameterOrBodyProducesA5xx() {
        try (RelaisServer server = TestServers.demoOnH2(dir)) {
            Http http = new Http(server.baseUrl());
            Map<String, String> tokens = Map.of("/api/v1/ombudsman/cases?", http.login("ombudsman", "relais-demo"));
            String supervisor = http.login("supervisor", "relais-demo");
            List<String> failures = new ArrayList<>();
            int sent = 0;
            for (var e : PARAMS.entrySet()) {
                String token = tokens.getOrDefault(e.getKey(), supervisor);
                for (String param : e.getValue()) {
                    for (String nasty : FuzzTest.NASTY) {
                        String value = nasty.replace("\"", "");
                        value = value.length() > 3000 ? value.substring(0, 3000) : value;
                        String path = e.getKey() + param + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                        Http.Reply r = http.get(path, token);
                        sent++;
                        if (r.status() >= 500) {
                            failures.add(path + " → " + r.status() + " " + r.body());
                        }
                    }
                }
            }
            String ombudsman = tokens.values().iterator().next();
            String agent = http.login("agent8000", "relais-demo");
            for (String nasty : FuzzTest.NASTY) {
                String value = nasty.length() > 3000 ? nasty.substring(0, 3000) : nasty;
                String segment = URLEncoder.encode(value.replace("\"", ""), StandardCharsets.UTF_8);
                for (String path : List.of("/api/v1/ombudsman/cases/" + segment,
                        "/api/v1/ombudsman/cases/" + segment + "/pdf")) {
                    Http.Reply r = http.get(path, ombudsman);
                    sent++;
                    if (r.status() >= 500) {
                        failures.add(path + " → " + r.status());
                    }
                }
                Http.Reply presence = http.post("/api/v1/presence", agent, "{\"state\":" + value + "}");
                Http.Reply raw = http.post("/api/v1/presence", agent, value);
                Http.Reply targets = http.send("PUT", "/api/v1/targets", supervisor, "{\"sla_attainment\":" + value
                        + ",\"first_contact_resolution\":" + value + ",\"max_unaccepted_minutes\":" + value + "}",
                        Map.of("If-Match", "\"" + headerSafe(value.replace("\"", "")) + "\""));
                sent += 3;
                for (Http.Reply r : List.of(presence, raw, targets)) {
                    if (r.status() >= 500) {
                        failures.add("write with " + value + " → " + r.status() + " " + r.body());
                    }
                }
            }
            assertThat(sent).isGreaterThan(500);
            assertThat(failures).isEmpty();
        }
    }
}
