package ca.relais.server.http;

import ca.relais.api.ApiPaths;
import ca.relais.api.RoutingDto;
import ca.relais.api.RoutingRulesDto;
import ca.relais.server.store.CatalogueStore;
import ca.relais.server.store.RoutingStore;
import io.javalin.Javalin;
import io.javalin.http.Context;

/** The request-type catalogue of the caller's jurisdiction, with its routing rules. */
public final class CatalogueRoutes {
    private final CatalogueStore catalogues;
    private final RoutingStore routing;

    public CatalogueRoutes(CatalogueStore catalogues, RoutingStore routing) {
        this.catalogues = catalogues;
        this.routing = routing;
    }

    public void register(Javalin app) {
        app.get(ApiPaths.CATALOGUE, this::catalogue, Access.SIGNED_IN);
    }

    private void catalogue(Context ctx) {
        String jurisdiction = Authentication.principal(ctx).jurisdictionId();
        RoutingRulesDto rules = routing.current(jurisdiction);
        ctx.json(catalogues.catalogue(jurisdiction).withRouting(new RoutingDto(rules.version(), rules.rules())));
    }
}
