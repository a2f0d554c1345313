package ca.relais.server.http;

import ca.relais.api.ApiPaths;
import ca.relais.domain.CityCalendar;
import ca.relais.server.auth.Principal;
import ca.relais.server.store.AuditLog;
import ca.relais.server.store.KbFeedbackStore;
import ca.relais.server.store.KbGapStore;
import ca.relais.server.store.KbStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/** The supervisors' view of the knowledge base: overdue reviews, negative feedback, knowledge gaps, and export. */
public final class KbManageRoutes {
    private static final Access[] MANAGERS = {Access.SUPERVISOR, Access.ADMIN};
    private final KbStore articles;
    private final KbFeedbackStore feedback;
    private final KbGapStore gaps;
    private final Writes writes;
    private final AuditLog audit;
    private final Clock clock;

    public KbManageRoutes(KbStore articles, KbFeedbackStore feedback, KbGapStore gaps, Writes writes, AuditLog audit,
                          Clock clock) {
        this.articles = articles;
        this.feedback = feedback;
        this.gaps = gaps;
        this.writes = writes;
        this.audit = audit;
        this.clock = clock;
    }

    public void register(Javalin app) {
        app.get(ApiPaths.KB_ARTICLES, this::export, MANAGERS);
        app.get(ApiPaths.KB_MANAGE_OVERDUE, this::overdue, MANAGERS);
        app.get(ApiPaths.KB_MANAGE_FEEDBACK, this::negativeFeedback, MANAGERS);
        app.post(ApiPaths.KB_MANAGE_RESOLVE, this::resolve, MANAGERS);
        app.get(ApiPaths.KB_MANAGE_GAPS, this::gaps, MANAGERS);
    }

    private void export(Context ctx) {
        ctx.json(articles.all(Authentication.principal(ctx).jurisdictionId()));
    }

    private void overdue(Context ctx) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), CityCalendar.ZONE);
        ctx.json(Map.of("articles", articles.overdue(Authentication.principal(ctx).jurisdictionId(), today)));
    }

    private void negativeFeedback(Context ctx) {
        int limit = Query.intParam(ctx, "limit", 50, 1, 500);
        ctx.json(Map.of("articles", feedback.negative(Authentication.principal(ctx).jurisdictionId(), limit)));
    }

    private void resolve(Context ctx) {
        Principal p = Authentication.principal(ctx);
        String articleId = ctx.pathParam("article_id");
        writes.execute(ctx, p, c -> {
            if (!articles.exists(c, p.jurisdictionId(), articleId, false)) {
                throw ProblemException.notFound("No article " + articleId);
            }
            int resolved = feedback.resolve(c, p.jurisdictionId(), articleId);
            audit.append(c, new AuditLog.Entry(p.username(), "RESOLVE_FEEDBACK", "kb_article", articleId, ctx.ip(),
                    resolved + " feedback resolved"));
            return Writes.Outcome.of(204, null);
        });
    }

    private void gaps(Context ctx) {
        int days = Query.intParam(ctx, "days", 30, 1, 366);
        int limit = Query.intParam(ctx, "limit", 20, 1, 200);
        ctx.json(Map.of("gaps", gaps.top(Authentication.principal(ctx).jurisdictionId(),
                clock.instant().minus(Duration.ofDays(days)), limit)));
    }
}
