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

    public void invalidate() {
        cache.clear();
    }

    private Loaded load(String jurisdiction) {
        return cache.computeIfAbsent(jurisdiction, j -> {
            CatalogueDto c = store.catalogue(j);
            return new Loaded(c,
                    c.items().stream().collect(Collectors.toMap(CatalogueDto.ServiceDto::serviceCode,
                            Function.identity())),
                    c.departments().stream().collect(Collectors.toMap(CatalogueDto.DepartmentDto::code,
                            Function.identity())));
        });
    }
}
