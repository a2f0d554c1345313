package ca.relais.bench;

import ca.relais.api.AddressDto;
import ca.relais.api.CallerDto;
import ca.relais.domain.TextFolding;
import ca.relais.server.RelaisServer;
import ca.relais.server.demo.DemoSeed;
import ca.relais.server.store.CallerStore;
import ca.relais.server.store.ChangeLog;
import ca.relais.server.store.RequestRow;
import ca.relais.server.store.RequestStore;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Fills a demo server's database directly with a city's worth of addresses, callers and requests, each with its
 * change-log entry, so that the pull feed serves them like any other data.
 */
final class ServerDataset {
    private static final int BATCH = 1_000;

    private ServerDataset() {
    }

    static void fill(RelaisServer server, BenchData data, int addresses, int callers, int requests)
            throws SQLException {
        List<AddressDto> register = data.addresses(addresses);
        List<CallerDto> people = data.callers(callers, register);
        ChangeLog log = new ChangeLog(server.database(), Clock.systemUTC());
        CallerStore callerStore = new CallerStore(server.database());
        RequestStore requestStore = new RequestStore(server.database());
        List<String[]> types = types(server);
        String city = DemoSeed.CITY;
        try (Connection c = server.database().connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO addresses (id, jurisdiction_id, civic_number, "
                    + "street, unit, postal_code, borough, lat, lon, label, search_text) "
                    + "VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < register.size(); i++) {
                    AddressDto a = register.get(i);
                    ps.setString(1, a.id());
                    ps.setString(2, city);
                    ps.setString(3, a.civicNumber());
                    ps.setString(4, a.street());
                    ps.setString(5, a.postalCode());
                    ps.setString(6, a.borough());
                    ps.setDouble(7, a.lat());
                    ps.setDouble(8, a.lon());
                    ps.setString(9, a.label());
                    ps.setString(10, TextFolding.fold(a.civicNumber() + " " + a.street() + " " + a.postalCode()
                            + " " + a.borough()));
                    ps.addBatch();
                    log.record(c, city, "address", a.id(), "UPSERT", 1);
                    if (i % BATCH == BATCH - 1) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            for (int i = 0; i < people.size(); i++) {
                callerStore.insert(c, city, people.get(i));
                log.record(c, city, "caller", people.get(i).id().toString(), "UPSERT", 1);
                if (i % BATCH == BATCH - 1) {
                    c.commit();
                }
            }
            c.commit();
            Random random = data.random();
            Instant now = Instant.now();
            for (int i = 0; i < requests; i++) {
                String[] type = types.get(random.nextInt(types.size()));
                AddressDto at = register.get(random.nextInt(register.size()));
                CallerDto who = random.nextInt(4) == 0 ? null : people.get(random.nextInt(people.size()));
                Instant created = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 365)));
                RequestRow row = new RequestRow(UUID.randomUUID(), city, String.format("2025-%06d", i + 1), type[0],
                        "REQUEST", "PHONE_8000", who == null ? null : who.id(), at.id(), at.label(), at.lat(),
                        at.lon(), at.borough(), "Demande générée n° " + i,
                        JsonNodeFactory.instance.objectNode(), random.nextInt(3) == 0 ? "CLOSED" : "NEW", type[1], null,
                        2, null, null, null, "agent8000", created, created, created.plus(Duration.ofDays(3)), null, 0,
                        1);
                requestStore.insert(c, row);
                log.record(c, city, "request", row.id().toString(), "UPSERT", 1);
                if (i % BATCH == BATCH - 1) {
                    c.commit();
                }
            }
            c.commit();
        }
    }

    private static List<String[]> types(RelaisServer server) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Connection c = server.database().connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT code, department_code FROM request_types WHERE jurisdiction_id = ?")) {
            ps.setString(1, DemoSeed.CITY);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return out;
    }
}
