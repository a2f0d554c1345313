package ca.relais.server.http;

import ca.relais.api.ApiPaths;
import ca.relais.server.store.CatalogueStore;
import io.javalin.Javalin;
import io.javalin.http.Context;

/** The request-type catalogue of the caller's jurisdiction. */
public final class CatalogueRoutes {
    private final CatalogueStore catalogues;

    public CatalogueRoutes(CatalogueStore catalogues) {
        this.catalogues = catalogues;
    }

    public void register(Javalin app) {
        app.get(ApiPaths.CATALOGUE, this::catalogue, Access.SIGNED_IN);
    }

    private void catalogue(Context ctx) {
        ctx.json(catalogues.catalogue(Authentication.principal(ctx).jurisdictionId()));
    }
}
