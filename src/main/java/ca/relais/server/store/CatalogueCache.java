package ca.relais.server.store;

import ca.relais.api.CatalogueDto;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalogue of each jurisdiction, read once and kept until it changes. */
public final class CatalogueCache {
    private final CatalogueStore store;
    private final Map<String, Loaded> cache = new ConcurrentHashMap<>();

    public CatalogueCache(CatalogueStore store) {
        this.store = store;
    }

    private record Loaded(CatalogueDto catalogue, Map<String, CatalogueDto.ServiceDto> types,
                          Map<String, CatalogueDto.DepartmentDto> departments) {
    }

    public CatalogueDto catalogue(String jurisdiction) {
        return load(jurisdiction).catalogue();
    }

    public Optional<CatalogueDto.ServiceDto> type(String jurisdiction, String code) {
        return Optional.ofNullable(load(jurisdiction).types().get(code));
    }

    public Optional<CatalogueDto.DepartmentDto> department(String jurisdiction, String code) {
        return Optional.ofNullable(load(jurisdiction).departments().get(code));
    }

    /** The same lookups inside a transaction: a first load uses that transaction's connection. */
    public Optional<CatalogueDto.ServiceDto> type(java.sql.Connection c, String jurisdiction, String code)
            throws java.sql.SQLException {
        return Optional.ofNullable(load(c, jurisdiction).types().get(code));
    }

    public Optional<CatalogueDto.DepartmentDto> department(java.sql.Connection c, String jurisdiction, String code)
            throws java.sql.SQLException {
        return Optional.ofNullable(load(c, jurisdiction).departments().get(code));
    }

    private Loaded load(java.sql.Connection c, String jurisdiction) throws java.sql.SQLException {
        Loaded loaded = cache.get(jurisdiction);
        if (loaded == null) {
            loaded = index(store.catalogue(c, jurisdiction));
            cache.putIfAbsent(jurisdiction, loaded);
        }
        return loaded;
    }

    private static Loaded index(CatalogueDto c) {
        return new Loaded(c,
                c.items().stream().collect(Collectors.toMap(CatalogueDto.ServiceDto::serviceCode,
                        Function.identity())),
                c.departments().stream().collect(Collectors.toMap(CatalogueDto.DepartmentDto::code,
                        Function.identity())));
    }

    public void invalidate() {
        cache.clear();
    }

    private Loaded load(String jurisdiction) {
        Loaded loaded = cache.get(jurisdiction);
        if (loaded == null) {
            loaded = index(store.catalogue(jurisdiction));
            cache.putIfAbsent(jurisdiction, loaded);
        }
        return loaded;
    }
}
