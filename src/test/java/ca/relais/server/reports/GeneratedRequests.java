package ca.relais.server.reports;

import ca.relais.server.RelaisServer;
import ca.relais.server.demo.DemoSeed;
import ca.relais.server.store.RequestRow;
import ca.relais.server.store.RequestStore;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Writes generated requests straight into a test server's database, through the real request store. */
final class GeneratedRequests {
    static final List<String> STATUSES = List.of("NEW", "ASSIGNED", "IN_PROGRESS", "WAITING", "RESOLVED", "CLOSED",
            "DUPLICATE", "CANCELLED");
    static final List<String> NATURES = List.of("REQUEST", "COMPLAINT", "INFORMATION", "COMMENT");
    static final List<String> CHANNELS = List.of("PHONE_8000", "PHONE_5858", "EMAIL", "COUNTER", "PORTAL");
    static final List<String> BOROUGHS = List.of("Brompton", "Fleurimont", "Lennoxville", "Nations");

    private GeneratedRequests() {
    }

    /** The demo catalogue: type code to {group, department}. */
    static Map<String, String[]> types(RelaisServer server) throws SQLException {
        Map<String, String[]> out = new TreeMap<>();
        try (Connection c = server.database().connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT code, group_code, department_code FROM request_types WHERE jurisdiction_id = ?")) {
            ps.setString(1, DemoSeed.CITY);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        return out;
    }

    /** One generated request, as the test knows it. */
    record Gen(UUID id, String type, String group, String nature, String channel, String department, String borough,
               String status, Instant created, Instant closed, Instant due, int reopened, String kbArticle,
               String addressId, UUID callerId) {
    }

    static void insert(RelaisServer server, List<Gen> rows, String numberPrefix) throws SQLException {
        RequestStore store = new RequestStore(server.database());
        try (Connection c = server.database().connection()) {
            c.setAutoCommit(false);
            int i = 0;
            for (Gen g : rows) {
                store.insert(c, new RequestRow(g.id(), DemoSeed.CITY, numberPrefix + String.format("%06d", i++),
                        g.type(), g.nature(), g.channel(), g.callerId(), g.addressId(), null, null, null, g.borough(),
                        "Requête générée " + i, JsonNodeFactory.instance.objectNode(), g.status(), g.department(),
                        null, 2, g.kbArticle(), null, null, "agent8000", g.created(), g.created(), g.due(),
                        g.closed(), g.reopened(), 1));
            }
            c.commit();
        }
    }

    static List<Gen> withCreated(List<Gen> rows) {
        return new ArrayList<>(rows);
    }
}
