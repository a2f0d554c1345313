package ca.relais.server.http;

import ca.relais.api.AddressDto;
import ca.relais.api.ApiPaths;
import ca.relais.api.CatalogueDto;
import ca.relais.api.PageDto;
import ca.relais.api.RoutingRulesDto;
import ca.relais.api.RoutingSuggestionDto;
import ca.relais.api.RoutingVersionDto;
import ca.relais.domain.Nature;
import ca.relais.domain.RoutingRules;
import ca.relais.server.auth.Principal;
import ca.relais.server.routing.RoutingService;
import ca.relais.server.store.AddressStore;
import ca.relais.server.store.CatalogueCache;
import ca.relais.server.store.Database;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** The versioned routing rules: read (staff), replace (admin), history (admin, supervisor), suggestion (staff). */
public final class RoutingRoutes {
    private static final Access[] HISTORY = {Access.SUPERVISOR, Access.ADMIN};
    private final Database db;
    private final RoutingService routing;
    private final CatalogueCache catalogue;
    private final AddressStore addresses;
    private final Writes writes;

    public RoutingRoutes(Database db, RoutingService routing, CatalogueCache catalogue, AddressStore addresses,
                         Writes writes) {
        this.db = db;
        this.routing = routing;
        this.catalogue = catalogue;
        this.addresses = addresses;
        this.writes = writes;
    }

    public void register(Javalin app) {
        app.get(ApiPaths.ROUTING_RULES, this::rules, Access.SIGNED_IN);
        app.put(ApiPaths.ROUTING_RULES, this::replace, Access.ADMIN);
        app.get(ApiPaths.ROUTING_VERSIONS, this::versions, HISTORY);
        app.get(ApiPaths.ROUTING_SUGGEST, this::suggest, Access.SIGNED_IN);
    }

    private void rules(Context ctx) {
        RoutingRulesDto rules = routing.store().current(Authentication.principal(ctx).jurisdictionId());
        ctx.header("ETag", etag(rules.version())).json(rules);
    }

    private void replace(Context ctx) {
        Principal p = Authentication.principal(ctx);
        long version = Query.ifMatch(ctx);
        var body = JsonBody.object(ctx);
        writes.execute(ctx, p, c -> {
            RoutingRulesDto saved = routing.replace(c, p, version, body, ctx.ip());
            return Writes.Outcome.of(200, saved).withHeader("ETag", etag(saved.version()));
        });
    }

    private void versions(Context ctx) {
        List<RoutingVersionDto> versions = routing.store().versions(Authentication.principal(ctx).jurisdictionId());
        ctx.json(new PageDto<>(versions, null, versions.size()));
    }

    private void suggest(Context ctx) {
        Principal p = Authentication.principal(ctx);
        String typeCode = Query.text(ctx, "type", 60);
        if (typeCode == null || typeCode.isBlank()) {
            throw Query.invalid("type", "is required");
        }
        CatalogueDto.ServiceDto type = catalogue.type(p.jurisdictionId(), typeCode.strip())
                .orElseThrow(() -> Query.invalid("type", "is not a request type of this jurisdiction"));
        String nature = Query.text(ctx, "nature", 20);
        if (nature == null || nature.isBlank()) {
            nature = type.defaultNature();
        } else {
            nature = nature.strip().toUpperCase(Locale.ROOT);
            try {
                Nature.valueOf(nature);
            } catch (IllegalArgumentException e) {
                throw Query.invalid("nature", "must be one of " + java.util.Arrays.toString(Nature.values()));
            }
        }
        String borough = Query.text(ctx, "borough", 40);
        String addressId = Query.text(ctx, "address_id", 40);
        if (addressId != null && !addressId.isBlank()) {
            AddressDto address = db.read(c -> addresses.find(c, p.jurisdictionId(), addressId.strip()))
                    .orElseThrow(() -> Query.invalid("address_id", "is not in the civic address register"));
            borough = address.borough();
        }
        String chosenNature = nature;
        String chosenBorough = borough == null || borough.isBlank() ? null : borough.strip();
        RoutingRules.Decision d = db.read(c -> routing.route(c, p.jurisdictionId(), type, chosenNature,
                chosenBorough));
        ctx.json(new RoutingSuggestionDto(d.department(), d.ruleId()));
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
