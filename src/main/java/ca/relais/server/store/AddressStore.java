package ca.relais.server.store;

import ca.relais.api.AddressDto;
import ca.relais.api.PageDto;
import ca.relais.domain.TextFolding;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The civic address register, searched by fragments without regard to accents. */
public final class AddressStore {
    private static final String COLUMNS = "id, civic_number, street, unit, postal_code, borough, lat, lon, label";
    private final Database db;

    public AddressStore(Database db) {
        this.db = db;
    }

    public PageDto<AddressDto> search(String jurisdiction, String query, int limit, long offset) {
        List<String> tokens = Arrays.stream(TextFolding.fold(query).split("[\\s,]+"))
                .filter(t -> !t.isBlank()).limit(8).toList();
        StringBuilder where = new StringBuilder("jurisdiction_id = ?");
        tokens.forEach(t -> where.append(" AND search_text LIKE ?"));
        return db.read(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM addresses WHERE " + where)) {
                bind(ps, jurisdiction, tokens);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<AddressDto> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM addresses WHERE " + where
                    + " ORDER BY street, LENGTH(civic_number), civic_number, unit, id LIMIT ? OFFSET ?")) {
                int i = bind(ps, jurisdiction, tokens);
                ps.setInt(i++, limit);
                ps.setLong(i, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(map(rs));
                    }
                }
            }
            String next = offset + items.size() < total ? PageCursor.encode(offset + items.size()) : null;
            return new PageDto<>(items, next, total);
        });
    }

    public Optional<AddressDto> find(Connection c, String jurisdiction, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM addresses WHERE id = ? AND jurisdiction_id = ?")) {
            ps.setString(1, id);
            ps.setString(2, jurisdiction);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public Map<String, AddressDto> findAll(Connection c, Collection<String> ids) throws SQLException {
        Map<String, AddressDto> out = new HashMap<>();
        Sql.forEachIn(c, "SELECT " + COLUMNS + " FROM addresses WHERE id IN (%s)", ids, rs -> {
            AddressDto a = map(rs);
            out.put(a.id(), a);
        });
        return out;
    }

    private static int bind(PreparedStatement ps, String jurisdiction, List<String> tokens) throws SQLException {
        int i = 1;
        ps.setString(i++, jurisdiction);
        for (String t : tokens) {
            ps.setString(i++, Sql.likeContains(t));
        }
        return i;
    }

    static AddressDto map(ResultSet rs) throws SQLException {
        return new AddressDto(rs.getString("id"), rs.getString("civic_number"), rs.getString("street"),
                rs.getString("unit"), rs.getString("postal_code"), rs.getString("borough"), rs.getDouble("lat"),
                rs.getDouble("lon"), rs.getString("label"));
    }
}
