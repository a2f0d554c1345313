package ca.relais.client.sync;

import static ca.relais.client.sync.Replies.check;
import static ca.relais.client.sync.Replies.problem;
import static ca.relais.client.sync.Replies.tree;

import ca.relais.api.ApiPaths;
import ca.relais.api.Json;
import ca.relais.api.KbArticleDto;
import ca.relais.api.KbFeedbackSummaryDto;
import ca.relais.api.KbGapDto;
import ca.relais.api.KbOverdueDto;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The supervisors' knowledge-base calls: export and import of articles, the overdue, negative-feedback and gap lists,
 * and resolving feedback. A refusal is an {@link ApiException}; no answer is a {@link ServerUnavailableException}.
 */
public final class KnowledgeAdminClient {
    private final RelaisApi api;
    private final Supplier<String> token;

    public KnowledgeAdminClient(RelaisApi api, Supplier<String> token) {
        this.api = api;
        this.token = token;
    }

    public List<KbArticleDto> articles() throws ApiException, ServerUnavailableException {
        return list(get(ApiPaths.KB_ARTICLES), null, KbArticleDto.class);
    }

    /** Upserts the articles all or nothing; returns how many the server imported. */
    public int save(List<KbArticleDto> articles) throws ApiException, ServerUnavailableException {
        String body;
        try {
            body = Json.mapper().writeValueAsString(articles);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        RelaisApi.Reply reply = check(api.send("POST", ApiPaths.KB_ARTICLES, token.get(), body, Map.of()));
        return tree(reply).path("imported").asInt();
    }

    public List<KbOverdueDto> overdue() throws ApiException, ServerUnavailableException {
        return list(get(ApiPaths.KB_MANAGE_OVERDUE), "articles", KbOverdueDto.class);
    }

    public List<KbFeedbackSummaryDto> negativeFeedback(int limit) throws ApiException, ServerUnavailableException {
        return list(get(ApiPaths.KB_MANAGE_FEEDBACK + "?limit=" + limit), "articles", KbFeedbackSummaryDto.class);
    }

    public void resolve(String articleId) throws ApiException, ServerUnavailableException {
        check(api.send("POST", ApiPaths.KB_MANAGE_RESOLVE.replace("{article_id}",
                URLEncoder.encode(articleId, StandardCharsets.UTF_8)), token.get(), "", Map.of()));
    }

    public List<KbGapDto> gaps(int days, int limit) throws ApiException, ServerUnavailableException {
        return list(get(ApiPaths.KB_MANAGE_GAPS + "?days=" + days + "&limit=" + limit), "gaps", KbGapDto.class);
    }

    private RelaisApi.Reply get(String path) throws ApiException, ServerUnavailableException {
        return check(api.send("GET", path, token.get(), null, Map.of()));
    }




    private static <T> List<T> list(RelaisApi.Reply reply, String field, Class<T> type)
            throws ServerUnavailableException {
        JsonNode root = tree(reply);
        JsonNode items = field == null ? root : root.path(field);
        JavaType listType = Json.mapper().getTypeFactory().constructCollectionType(List.class, type);
        try {
            return List.copyOf(Json.mapper().<List<T>>readValue(Json.mapper().treeAsTokens(items), listType));
        } catch (java.io.IOException e) {
            throw new ServerUnavailableException("Unreadable answer", e);
        }
    }
}
