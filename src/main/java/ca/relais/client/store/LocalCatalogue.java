package ca.relais.client.store;

import ca.relais.api.CatalogueDto;
import ca.relais.api.Json;
import ca.relais.client.store.LocalStore.Meta;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The mirrored catalogue: request types, groups and departments. */
public final class LocalCatalogue {
    private final LocalStore store;

    public LocalCatalogue(LocalStore store) {
        this.store = store;
    }

    /** Replaces the mirrored catalogue in one local transaction. */
    public void replaceCatalogue(CatalogueDto catalogue) {
        replaceCatalogue(catalogue, null);
    }

    /** Replaces the mirrored catalogue and records the server's tag for it ({@code null} when it gave none). */
    public void replaceCatalogue(CatalogueDto catalogue, String etag) {
        store.transaction(() -> {
            Connection connection = store.connection();
            try (Statement st = connection.createStatement()) {
                st.executeUpdate("DELETE FROM request_types");
                st.executeUpdate("DELETE FROM request_groups");
                st.executeUpdate("DELETE FROM departments");
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO departments VALUES (?, ?, ?, ?, ?, ?)")) {
                for (CatalogueDto.DepartmentDto d : catalogue.departments()) {
                    ps.setString(1, d.code());
                    ps.setString(2, d.nameFr());
                    ps.setString(3, d.nameEn());
                    ps.setString(4, d.phoneExtension());
                    ps.setBoolean(5, d.open247());
                    ps.setString(6, d.borough());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO request_groups VALUES (?, ?, ?)")) {
                for (CatalogueDto.GroupDto g : catalogue.groups()) {
                    ps.setString(1, g.code());
                    ps.setString(2, g.nameFr());
                    ps.setString(3, g.nameEn());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO request_types VALUES (?, ?, ?, ?, ?)")) {
                for (CatalogueDto.ServiceDto t : catalogue.items()) {
                    ps.setString(1, t.serviceCode());
                    ps.setString(2, t.group());
                    ps.setString(3, t.serviceName());
                    ps.setString(4, t.serviceNameEn());
                    ps.setString(5, Json.mapper().writeValueAsString(t));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            LocalStore.putMeta(connection, Meta.JURISDICTION, catalogue.jurisdictionId());
            LocalStore.putMeta(connection, Meta.CATALOGUE_SYNCED_AT, Instant.now().toString());
            LocalStore.putMeta(connection, Meta.CATALOGUE_ETAG, etag == null ? "" : etag);
            return null;
        });
    }

    /** The server's tag for the mirrored catalogue, if it gave one. */
    public java.util.Optional<String> etag() {
        return store.meta(Meta.CATALOGUE_ETAG).filter(t -> !t.isEmpty());
    }

    /** The server confirmed that the mirrored catalogue is current. */
    public void confirmCurrent() {
        store.putMeta(Meta.CATALOGUE_SYNCED_AT, Instant.now().toString());
    }

    /** The mirrored catalogue, as last synchronised. */
    public CatalogueDto catalogue() {
        return store.read(() -> {
            Connection connection = store.connection();
            List<CatalogueDto.ServiceDto> types = new ArrayList<>();
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT body_json FROM request_types ORDER BY group_code, code")) {
                while (rs.next()) {
                    types.add(Json.mapper().readValue(rs.getString(1), CatalogueDto.ServiceDto.class));
                }
            }
            List<CatalogueDto.DepartmentDto> departments = new ArrayList<>();
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM departments ORDER BY code")) {
                while (rs.next()) {
                    departments.add(new CatalogueDto.DepartmentDto(rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getString(6)));
                }
            }
            List<CatalogueDto.GroupDto> groups = new ArrayList<>();
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM request_groups ORDER BY code")) {
                while (rs.next()) {
                    groups.add(new CatalogueDto.GroupDto(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return new CatalogueDto(store.meta(Meta.JURISDICTION).orElse(null), types, null, types.size(),
                    departments, groups);
        });
    }
}
