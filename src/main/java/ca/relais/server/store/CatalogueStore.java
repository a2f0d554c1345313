package ca.relais.server.store;

import ca.relais.api.CatalogueDto;
import ca.relais.api.CatalogueDto.AttributeDto;
import ca.relais.api.CatalogueDto.DepartmentDto;
import ca.relais.api.CatalogueDto.GroupDto;
import ca.relais.api.CatalogueDto.NoticeDto;
import ca.relais.api.CatalogueDto.ServiceDto;
import ca.relais.api.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Jurisdictions, departments, groups and request types. */
public final class CatalogueStore {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<AttributeDto>> ATTRIBUTES = new TypeReference<>() { };
    private static final TypeReference<List<NoticeDto>> NOTICES = new TypeReference<>() { };

    private final Database db;

    public CatalogueStore(Database db) {
        this.db = db;
    }

    public Optional<String> defaultJurisdiction() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM jurisdictions ORDER BY is_default DESC, id LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    public boolean jurisdictionExists(String id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM jurisdictions WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    public CatalogueDto catalogue(String jurisdictionId) {
        return db.read(c -> catalogue(c, jurisdictionId));
    }

    /** Reads on the caller's connection, so a transaction never waits for a second connection of the pool. */
    public CatalogueDto catalogue(Connection c, String jurisdictionId) throws SQLException {
        return new CatalogueDto(jurisdictionId, types(c, jurisdictionId), null, countTypes(c, jurisdictionId),
                departments(c, jurisdictionId), groups(c, jurisdictionId));
    }

    /** Stores a whole catalogue for a new jurisdiction in the caller's transaction. */
    public void insert(Connection c, String jurisdictionName, boolean isDefault, CatalogueDto catalogue)
            throws SQLException {
        String j = catalogue.jurisdictionId();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO jurisdictions (id, name, is_default) VALUES (?, ?, ?)")) {
            ps.setString(1, j);
            ps.setString(2, jurisdictionName);
            ps.setBoolean(3, isDefault);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO departments (jurisdiction_id, code, name_fr, name_en, phone_extension, open_24_7, "
                        + "borough) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (DepartmentDto d : catalogue.departments()) {
                ps.setString(1, j);
                ps.setString(2, d.code());
                ps.setString(3, d.nameFr());
                ps.setString(4, d.nameEn());
                ps.setString(5, d.phoneExtension());
                ps.setBoolean(6, d.open247());
                ps.setString(7, d.borough());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO request_groups (jurisdiction_id, code, name_fr, name_en) VALUES (?, ?, ?, ?)")) {
            for (GroupDto g : catalogue.groups()) {
                ps.setString(1, j);
                ps.setString(2, g.code());
                ps.setString(3, g.nameFr());
                ps.setString(4, g.nameEn());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO request_types (jurisdiction_id, code, name_fr, name_en, group_code, description_fr, "
                        + "description_en, keywords_json, attributes_json, notices_json, phone_lines, "
                        + "department_code, sla_hours, sla_calendar, natures, default_nature, priority, "
                        + "duplicate_radius_m, location_required) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ServiceDto t : catalogue.items()) {
                int i = 1;
                ps.setString(i++, j);
                ps.setString(i++, t.serviceCode());
                ps.setString(i++, t.serviceName());
                ps.setString(i++, t.serviceNameEn());
                ps.setString(i++, t.group());
                ps.setString(i++, nullToEmpty(t.description()));
                ps.setString(i++, nullToEmpty(t.descriptionEn()));
                ps.setString(i++, toJson(t.keywords()));
                ps.setString(i++, toJson(t.attributes()));
                ps.setString(i++, toJson(t.notices()));
                ps.setString(i++, String.join(",", t.lines() == null ? List.of() : t.lines()));
                ps.setString(i++, t.department());
                ps.setInt(i++, t.slaHours());
                ps.setString(i++, t.slaCalendar() == null ? "BUSINESS" : t.slaCalendar());
                ps.setString(i++, String.join(",", t.natures()));
                ps.setString(i++, t.defaultNature());
                ps.setInt(i++, t.priority());
                ps.setInt(i++, t.duplicateRadiusM());
                ps.setBoolean(i, t.locationRequired());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static int countTypes(Connection c, String j) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM request_types WHERE jurisdiction_id = ? AND active")) {
            ps.setString(1, j);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static List<ServiceDto> types(Connection c, String j) throws SQLException {
        List<ServiceDto> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM request_types WHERE jurisdiction_id = ? AND active ORDER BY group_code, code")) {
            ps.setString(1, j);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<AttributeDto> attributes = fromJson(rs.getString("attributes_json"), ATTRIBUTES);
                    out.add(new ServiceDto(rs.getString("code"), rs.getString("name_fr"), rs.getString("name_en"),
                            rs.getString("group_code"), fromJson(rs.getString("keywords_json"), STRINGS),
                            rs.getString("description_fr"), rs.getString("description_en"), !attributes.isEmpty(),
                            "realtime", attributes, rs.getString("department_code"), rs.getInt("sla_hours"),
                            rs.getString("sla_calendar"), split(rs.getString("natures")),
                            rs.getString("default_nature"), rs.getInt("priority"), rs.getInt("duplicate_radius_m"),
                            rs.getBoolean("location_required"), split(rs.getString("phone_lines")),
                            fromJson(rs.getString("notices_json"), NOTICES)));
                }
            }
        }
        return out;
    }

    private static List<DepartmentDto> departments(Connection c, String j) throws SQLException {
        List<DepartmentDto> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM departments WHERE jurisdiction_id = ? ORDER BY code")) {
            ps.setString(1, j);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DepartmentDto(rs.getString("code"), rs.getString("name_fr"), rs.getString("name_en"),
                            rs.getString("phone_extension"), rs.getBoolean("open_24_7"), rs.getString("borough")));
                }
            }
        }
        return out;
    }

    private static List<GroupDto> groups(Connection c, String j) throws SQLException {
        List<GroupDto> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM request_groups WHERE jurisdiction_id = ? ORDER BY code")) {
            ps.setString(1, j);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new GroupDto(rs.getString("code"), rs.getString("name_fr"), rs.getString("name_en")));
                }
            }
        }
        return out;
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String toJson(Object value) {
        try {
            return Json.mapper().writeValueAsString(value == null ? List.of() : value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static <T> T fromJson(String json, TypeReference<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt catalogue row", e);
        }
    }
}
