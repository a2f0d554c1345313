package ca.relais.server.http;

import ca.relais.api.ApiPaths;
import ca.relais.api.KbFeedbackDto;
import ca.relais.domain.KbGapReason;
import ca.relais.domain.KbRating;
import ca.relais.domain.TextFolding;
import ca.relais.server.auth.Principal;
import ca.relais.server.store.KbFeedbackStore;
import ca.relais.server.store.KbGapStore;
import ca.relais.server.store.KbStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What agents tell about the knowledge base: feedback on an article, and searches that found nothing useful. */
public final class KbFeedbackRoutes {
    static final int MAX_COMMENT = 2000;
    static final int MAX_QUERY = 300;
    private static final Access[] CONTRIBUTORS = {Access.AGENT, Access.SECRETARIAT, Access.SUPERVISOR, Access.ADMIN};
    private final KbStore articles;
    private final KbFeedbackStore feedback;
    private final KbGapStore gaps;
    private final Writes writes;
    private final Clock clock;

    public KbFeedbackRoutes(KbStore articles, KbFeedbackStore feedback, KbGapStore gaps, Writes writes, Clock clock) {
        this.articles = articles;
        this.feedback = feedback;
        this.gaps = gaps;
        this.writes = writes;
        this.clock = clock;
    }

    public void register(Javalin app) {
        app.post(ApiPaths.KB_FEEDBACK, this::feedback, CONTRIBUTORS);
        app.post(ApiPaths.KB_GAPS, this::gap, CONTRIBUTORS);
    }

    private void feedback(Context ctx) {
        Principal p = Authentication.principal(ctx);
        Fields f = new Fields(JsonBody.object(ctx));
        String articleId = f.text("article_id", true, 100);
        KbRating rating = f.enumValue("rating", KbRating.class, true);
        String comment = f.text("comment", false, MAX_COMMENT);
        f.throwIfInvalid();
        writes.execute(ctx, p, c -> {
            if (!articles.exists(c, p.jurisdictionId(), articleId, true)) {
                throw ProblemException.validation(List.of(new ca.relais.api.Problem.FieldError("article_id",
                        "is not a live article of this knowledge base", "unknown_article")));
            }
            KbFeedbackDto saved = new KbFeedbackDto(UUID.randomUUID(), articleId, rating.name(),
                    comment == null || comment.isEmpty() ? null : comment, p.username(), clock.instant());
            feedback.insert(c, p.jurisdictionId(), saved);
            return Writes.Outcome.of(201, saved);
        });
    }

    private void gap(Context ctx) {
        Principal p = Authentication.principal(ctx);
        Fields f = new Fields(JsonBody.object(ctx));
        String query = f.text("query", true, MAX_QUERY);
        String language = f.text("language", true, 10);
        if (language != null && !language.equals("fr") && !language.equals("en")) {
            f.error("language", "unknown_value", "must be fr or en");
        }
        Integer results = f.integer("result_count", false, 0, 1_000_000);
        KbGapReason reason = f.enumValue("reason", KbGapReason.class, true);
        f.throwIfInvalid();
        String key = TextFolding.fold(query);
        KbGapStore.Gap gap = new KbGapStore.Gap(UUID.randomUUID(), query,
                key.length() > MAX_QUERY ? key.substring(0, MAX_QUERY) : key, language,
                results == null ? 0 : results, reason.name(), p.username(), clock.instant());
        writes.execute(ctx, p, c -> {
            gaps.insert(c, p.jurisdictionId(), gap);
            return Writes.Outcome.of(201, Map.of("id", gap.id()));
        });
    }
}
