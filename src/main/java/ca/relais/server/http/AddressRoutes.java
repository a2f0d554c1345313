package ca.relais.server.http;

import ca.relais.api.ApiPaths;
import ca.relais.server.store.AddressStore;
import io.javalin.Javalin;
import io.javalin.http.Context;

/** The civic address register. */
public final class AddressRoutes {
    private final AddressStore addresses;

    public AddressRoutes(AddressStore addresses) {
        this.addresses = addresses;
    }

    public void register(Javalin app) {
        app.get(ApiPaths.ADDRESSES, this::search, Access.SIGNED_IN);
    }

    private void search(Context ctx) {
        String q = Query.text(ctx, "q", 200);
        ctx.json(addresses.search(Authentication.principal(ctx).jurisdictionId(), q == null ? "" : q,
                Query.limit(ctx), Query.offset(ctx)));
    }
}
