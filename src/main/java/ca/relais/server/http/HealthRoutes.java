package ca.relais.server.http;

import ca.relais.api.ApiPaths;
import ca.relais.server.store.Database;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.sql.PreparedStatement;
import java.util.Map;

/** Liveness and readiness: UP once the database is migrated and answers. */
public final class HealthRoutes {
    private final Database db;

    public HealthRoutes(Database db) {
        this.db = db;
    }

    public void register(Javalin app) {
        app.get(ApiPaths.HEALTH, this::health, Access.ANYONE);
    }

    private void health(Context ctx) {
        try {
            db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT 1")) {
                    return ps.execute();
                }
            });
            ctx.json(Map.of("status", "UP"));
        } catch (RuntimeException e) {
            ctx.status(503).json(Map.of("status", "DOWN"));
        }
    }
}
