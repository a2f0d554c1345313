package ca.relais.server.http;

import ca.relais.api.ApiPaths;
import ca.relais.api.Json;
import ca.relais.api.KbArticleDto;
import ca.relais.api.Problem;
import ca.relais.search.KbHit;
import ca.relais.search.SearchFilters;
import ca.relais.server.auth.Principal;
import ca.relais.server.kb.KnowledgeService;
import ca.relais.server.store.KbStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Knowledge-base search for agents, and article import for supervisors and administrators. */
public final class KbRoutes {
    private final KnowledgeService knowledge;
    private final KbStore store;
    private final Writes writes;

    public KbRoutes(KnowledgeService knowledge, KbStore store, Writes writes) {
        this.knowledge = knowledge;
        this.store = store;
        this.writes = writes;
    }

    /** One search result on the wire. */
    public record Result(String id, String title, double score, String snippet, String language) {
    }

    public void register(Javalin app) {
        app.get(ApiPaths.KB_SEARCH, this::search, Access.SIGNED_IN);
        app.get(ApiPaths.KB_SIMILAR, this::similar, Access.SIGNED_IN);
        app.get(ApiPaths.KB_ARTICLE, this::article, Access.SIGNED_IN);
        app.post(ApiPaths.KB_ARTICLES, this::upsert, Access.SUPERVISOR, Access.ADMIN);
    }

    private void search(Context ctx) {
        Principal p = Authentication.principal(ctx);
        String q = Query.text(ctx, "q", 500);
        String lang = language(ctx);
        int limit = Query.intParam(ctx, "limit", 10, 1, 50);
        SearchFilters filters = new SearchFilters(Query.text(ctx, "department", 40), Query.text(ctx, "audience", 20));
        List<KbHit> hits = q == null || q.isBlank() ? List.of()
                : knowledge.search(p.jurisdictionId(), q, lang, filters, limit);
        ctx.json(Map.of("results", hits.stream().map(KbRoutes::result).toList()));
    }

    private void similar(Context ctx) {
        Principal p = Authentication.principal(ctx);
        String text = Query.text(ctx, "text", 5000);
        List<KbHit> hits = text == null || text.isBlank() ? List.of()
                : knowledge.similar(p.jurisdictionId(), text, language(ctx), Query.intParam(ctx, "limit", 5, 1, 20));
        ctx.json(Map.of("results", hits.stream().map(KbRoutes::result).toList()));
    }

    private void article(Context ctx) {
        Principal p = Authentication.principal(ctx);
        ctx.json(store.find(p.jurisdictionId(), ctx.pathParam("id"))
                .orElseThrow(() -> ProblemException.notFound("No article " + ctx.pathParam("id"))));
    }

    private void upsert(Context ctx) {
        Principal p = Authentication.principal(ctx);
        JsonNode array = JsonBody.array(ctx);
        List<KbArticleDto> articles = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            try {
                articles.add(Json.mapper().treeToValue(array.get(i), KbArticleDto.class));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                errors.add(new Problem.FieldError("[" + i + "]", "is not an article: " + e.getMessage()
                        .split("\n")[0], "type"));
                articles.add(null);
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "malformed-articles", "Malformed articles",
                    "Some elements are not articles; nothing was imported.", errors);
        }
        writes.execute(ctx, p, c -> Writes.Outcome.of(200, Map.of("imported",
                knowledge.upsert(c, p.jurisdictionId(), articles).size())));
        knowledge.indexed(p.jurisdictionId(), articles);
    }

    private static String language(Context ctx) {
        String lang = Query.text(ctx, "lang", 5);
        if (lang == null || lang.isBlank()) {
            return "fr";
        }
        if (!lang.equals("fr") && !lang.equals("en")) {
            throw Query.invalid("lang", "must be fr or en");
        }
        return lang;
    }

    private static Result result(KbHit h) {
        return new Result(h.id(), h.title(), h.score(), h.snippet(), h.language());
    }
}
