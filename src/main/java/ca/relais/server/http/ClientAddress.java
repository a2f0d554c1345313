package ca.relais.server.http;

import io.javalin.http.Context;
import java.util.Set;

/**
 * The address of the person's machine, for the audit log and the sign-in throttle. Behind a trusted reverse proxy it
 * is the last hop the proxy added to {@code X-Forwarded-For}; from anyone else that header is ignored, so a client
 * cannot make up its address.
 */
public final class ClientAddress {
    private final Set<String> trustedProxies;

    public ClientAddress(Set<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    public String of(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() || last.length() > 64 ? peer : last;
    }
}
