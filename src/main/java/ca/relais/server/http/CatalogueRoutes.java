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

    /**
     * The catalogue with a strong ETag, the digest of its bytes: a workstation that signs in with the one it holds gets
     * 304 and keeps its copy, instead of reading and storing 140 KB it already has.
     */
    private void catalogue(Context ctx) throws com.fasterxml.jackson.core.JsonProcessingException {
        String jurisdiction = Authentication.principal(ctx).jurisdictionId();
        RoutingRulesDto rules = routing.current(jurisdiction);
        byte[] body = ca.relais.api.Json.mapper().writeValueAsBytes(
                catalogues.catalogue(jurisdiction).withRouting(new RoutingDto(rules.version(), rules.rules())));
        String etag = etag(body);
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "private, no-cache");
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        JsonResponse.send(ctx, body);
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + java.util.HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 9110's weak comparison for {@code If-None-Match}: a list of tags, or {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
