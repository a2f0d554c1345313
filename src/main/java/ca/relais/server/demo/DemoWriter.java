package ca.relais.server.demo;

import ca.relais.domain.Channel;
import ca.relais.domain.Nature;
import ca.relais.domain.RequestStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Batched inserts of the demo city into the caller's transaction, in foreign-key order. */
final class DemoWriter implements AutoCloseable {
    private static final int BATCH = 1000;

    /** One {@code requests} row. */
    record RequestRow(UUID id, String number, String typeCode, Nature nature, Channel channel, UUID callerId,
                      CityMap.Address address, String description, Map<String, Object> attributes,
                      RequestStatus status, String department, String assignee, int priority, UUID parentId,
                      String resolution, String createdBy, Instant createdAt, Instant updatedAt, Instant dueAt,
                      Instant closedAt, int reopened, long version) {
    }

    private final String jurisdiction;
    private final Batch addresses;
    private final Batch callers;
    private final Batch requests;
    private final Batch events;
    private final Batch links;
    private final Batch changes;

    DemoWriter(Connection c, String jurisdiction) throws SQLException {
        this.jurisdiction = jurisdiction;
        addresses = new Batch(c.prepareStatement("INSERT INTO addresses (id, jurisdiction_id, civic_number, street, "
                + "unit, postal_code, borough, lat, lon, label, search_text) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        callers = new Batch(c.prepareStatement("INSERT INTO callers (id, jurisdiction_id, first_name, last_name, "
                + "phones_json, emails_json, address_id, language, consent, search_phones, search_text, version, "
                + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"));
        requests = new Batch(c.prepareStatement("INSERT INTO requests (id, jurisdiction_id, number, type_code, nature, "
                + "channel, caller_id, address_id, location_text, lat, lon, borough, description, attributes_json, "
                + "status, department_code, assignee, priority, kb_article_id, parent_id, resolution, created_by, "
                + "created_at, updated_at, due_at, closed_at, reopened_count, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        events = new Batch(c.prepareStatement("INSERT INTO request_events (request_id, at, author, kind, visibility, "
                + "text, data_json) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        links = new Batch(c.prepareStatement(
                "INSERT INTO request_callers (request_id, caller_id, added_at, added_by) VALUES (?, ?, ?, ?)"));
        changes = new Batch(c.prepareStatement("INSERT INTO change_log (jurisdiction_id, entity, entity_id, op, "
                + "version, at) VALUES (?, ?, ?, 'UPSERT', ?, ?)"));
    }

    void address(CityMap.Address a) throws SQLException {
        PreparedStatement ps = addresses.statement();
        ps.setString(1, a.id());
        ps.setString(2, jurisdiction);
        ps.setString(3, a.civic());
        ps.setString(4, a.street());
        ps.setString(5, a.unit());
        ps.setString(6, a.postalCode());
        ps.setString(7, a.borough());
        ps.setDouble(8, a.lat());
        ps.setDouble(9, a.lon());
        ps.setString(10, a.label());
        ps.setString(11, a.searchText());
        addresses.add();
        if (addresses.pending() >= BATCH) {
            addresses.flush();
        }
    }

    void caller(CallerBook.Caller k, Instant createdAt) throws SQLException {
        PreparedStatement ps = callers.statement();
        ps.setObject(1, k.id());
        ps.setString(2, jurisdiction);
        ps.setString(3, k.firstName());
        ps.setString(4, k.lastName());
        ps.setString(5, json(k.phones()));
        ps.setString(6, json(k.emails()));
        ps.setString(7, k.address() == null ? null : k.address().id());
        ps.setString(8, k.language());
        ps.setBoolean(9, k.consent());
        ps.setString(10, k.searchPhones());
        ps.setString(11, k.searchText());
        setTime(ps, 12, createdAt);
        setTime(ps, 13, createdAt);
        callers.add();
        if (callers.pending() >= BATCH) {
            callers.flush();
        }
    }

    void request(RequestRow r) throws SQLException {
        PreparedStatement ps = requests.statement();
        CityMap.Address a = r.address();
        int i = 1;
        ps.setObject(i++, r.id());
        ps.setString(i++, jurisdiction);
        ps.setString(i++, r.number());
        ps.setString(i++, r.typeCode());
        ps.setString(i++, r.nature().name());
        ps.setString(i++, r.channel().name());
        setUuid(ps, i++, r.callerId());
        ps.setString(i++, a == null ? null : a.id());
        ps.setString(i++, a == null ? null : a.label());
        setDouble(ps, i++, a == null ? null : a.lat());
        setDouble(ps, i++, a == null ? null : a.lon());
        ps.setString(i++, a == null ? null : a.borough());
        ps.setString(i++, r.description());
        ps.setString(i++, json(r.attributes()));
        ps.setString(i++, r.status().name());
        ps.setString(i++, r.department());
        ps.setString(i++, r.assignee());
        ps.setInt(i++, r.priority());
        setUuid(ps, i++, r.parentId());
        ps.setString(i++, r.resolution());
        ps.setString(i++, r.createdBy());
        setTime(ps, i++, r.createdAt());
        setTime(ps, i++, r.updatedAt());
        setTime(ps, i++, r.dueAt());
        setTime(ps, i++, r.closedAt());
        ps.setInt(i++, r.reopened());
        ps.setLong(i, r.version());
        requests.add();
        if (requests.pending() >= BATCH) {
            flushRequests();
        }
    }

    void event(UUID requestId, History.Event e) throws SQLException {
        PreparedStatement ps = events.statement();
        ps.setObject(1, requestId);
        setTime(ps, 2, e.at());
        ps.setString(3, e.author());
        ps.setString(4, e.kind().name());
        ps.setString(5, e.visibility().name());
        ps.setString(6, e.text());
        ps.setString(7, json(e.data()));
        events.add();
        if (events.pending() >= BATCH) {
            flushRequests();
        }
    }

    void link(UUID requestId, UUID callerId, Instant at, String by) throws SQLException {
        PreparedStatement ps = links.statement();
        ps.setObject(1, requestId);
        ps.setObject(2, callerId);
        setTime(ps, 3, at);
        ps.setString(4, by);
        links.add();
        if (links.pending() >= BATCH) {
            flushRequests();
        }
    }

    void change(String entity, String id, long version, Instant at) throws SQLException {
        PreparedStatement ps = changes.statement();
        ps.setString(1, jurisdiction);
        ps.setString(2, entity);
        ps.setString(3, id);
        ps.setLong(4, version);
        setTime(ps, 5, at);
        changes.add();
        if (changes.pending() >= BATCH) {
            changes.flush();
        }
    }

    /** Sends everything pending, parents before children. */
    void flush() throws SQLException {
        addresses.flush();
        callers.flush();
        flushRequests();
        changes.flush();
    }

    private void flushRequests() throws SQLException {
        addresses.flush();
        callers.flush();
        requests.flush();
        events.flush();
        links.flush();
    }

    @Override
    public void close() throws SQLException {
        for (Batch b : List.of(addresses, callers, requests, events, links, changes)) {
            b.statement().close();
        }
    }

    private static void setTime(PreparedStatement ps, int i, Instant at) throws SQLException {
        if (at == null) {
            ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(i, at.atOffset(ZoneOffset.UTC));
        }
    }

    private static void setUuid(PreparedStatement ps, int i, UUID id) throws SQLException {
        if (id == null) {
            ps.setNull(i, Types.OTHER);
        } else {
            ps.setObject(i, id);
        }
    }

    private static void setDouble(PreparedStatement ps, int i, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, value);
        }
    }

    private static String json(Object value) {
        return JsonText.of(value);
    }

    /** A prepared statement and the number of rows waiting in its batch. */
    private static final class Batch {
        private final PreparedStatement statement;
        private int pending;

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        PreparedStatement statement() {
            return statement;
        }

        int pending() {
            return pending;
        }

        void add() throws SQLException {
            statement.addBatch();
            pending++;
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }
    }
}
