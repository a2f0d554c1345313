package ca.relais.client.sync;

import ca.relais.api.Json;
import ca.relais.api.KbArticleDto;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Knowledge-base search and articles from the server. */
public final class KnowledgeClient {
    private final RelaisApi api;
    private final Supplier<String> token;

    public KnowledgeClient(RelaisApi api, Supplier<String> token) {
        this.api = api;
        this.token = token;
    }

    /** One search result. */
    public record Result(String id, String title, String snippet, String language) {
    }

    public List<Result> search(String query, String lang, int limit) throws ServerUnavailableException {
        return results("/api/v1/kb/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&lang=" + lang
                + "&limit=" + limit, lang);
    }

    /** Articles like a free text ("more like this"), such as a request's description. */
    public List<Result> similar(String text, String lang, int limit) throws ServerUnavailableException {
        return results("/api/v1/kb/similar?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&lang=" + lang
                + "&limit=" + limit, lang);
    }

    private List<Result> results(String path, String lang) throws ServerUnavailableException {
        RelaisApi.Reply reply = api.send("GET", path, token.get(), null, Map.of());
        if (reply.status() != 200) {
            throw new ServerUnavailableException("Knowledge search refused: " + reply.status(), null);
        }
        try {
            List<Result> out = new ArrayList<>();
            for (JsonNode r : Json.mapper().readTree(reply.body()).path("results")) {
                out.add(new Result(r.path("id").asText(), r.path("title").asText(), r.path("snippet").asText(""),
                        r.path("language").asText(lang)));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new ServerUnavailableException("Unreadable knowledge results", e);
        }
    }

    public KbArticleDto article(String id) throws ServerUnavailableException {
        RelaisApi.Reply reply = api.send("GET", "/api/v1/kb/articles/" + URLEncoder.encode(id,
                StandardCharsets.UTF_8), token.get(), null, Map.of());
        if (reply.status() != 200) {
            throw new ServerUnavailableException("Article not available: " + reply.status(), null);
        }
        try {
            return Json.mapper().readValue(reply.body(), KbArticleDto.class);
        } catch (JsonProcessingException e) {
            throw new ServerUnavailableException("Unreadable article", e);
        }
    }
}
