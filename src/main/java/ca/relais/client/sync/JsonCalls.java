package ca.relais.client.sync;

import static ca.relais.client.sync.Replies.check;
import static ca.relais.client.sync.Replies.problem;

import ca.relais.api.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The plumbing the supervision, report and ombudsman clients share: a JSON GET, PUT or POST with the session's token,
 * typed answers, refusals as {@link ApiException}s and files as bytes.
 */
final class JsonCalls {
    private final RelaisApi api;
    private final Supplier<String> token;

    JsonCalls(RelaisApi api, Supplier<String> token) {
        this.api = api;
        this.token = token;
    }

    <T> T get(String path, Class<T> type) throws ApiException, ServerUnavailableException {
        return read(check(api.send("GET", path, token.get(), null, Map.of())), type);
    }

    /** A {@code {"items","next_cursor","total"}} page of {@code type}. */
    <T> ca.relais.api.PageDto<T> page(String path, Class<T> type) throws ApiException, ServerUnavailableException {
        RelaisApi.Reply reply = check(api.send("GET", path, token.get(), null, Map.of()));
        try {
            return Json.mapper().readValue(reply.body(), Json.mapper().getTypeFactory()
                    .constructParametricType(ca.relais.api.PageDto.class, type));
        } catch (JsonProcessingException e) {
            throw new ServerUnavailableException("Unreadable answer", e);
        }
    }

    <T> T send(String method, String path, Object body, Map<String, String> headers, Class<T> type)
            throws ApiException, ServerUnavailableException {
        String json;
        try {
            json = Json.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        return read(check(api.send(method, path, token.get(), json, headers)), type);
    }

    /** A file the server builds (CSV, PDF); a refusal is an {@link ApiException}. */
    byte[] download(String path) throws ApiException, ServerUnavailableException {
        RelaisApi.Download d = api.download(path, token.get());
        if (d.status() >= 400) {
            throw new ApiException(d.status(), problem(new String(d.body(), StandardCharsets.UTF_8)));
        }
        return d.body();
    }

    /** {@code path?name=value&...}, leaving out null and blank values, each value URL-encoded. */
    static String query(String path, Map<String, ?> parameters) {
        StringBuilder out = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, ?> p : parameters.entrySet()) {
            if (p.getValue() == null || p.getValue().toString().isBlank()) {
                continue;
            }
            out.append(separator).append(p.getKey()).append('=')
                    .append(URLEncoder.encode(p.getValue().toString(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return out.toString();
    }

    static Map<String, Object> params(Object... nameValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            out.put((String) nameValues[i], nameValues[i + 1]);
        }
        return out;
    }


    private static <T> T read(RelaisApi.Reply reply, Class<T> type) throws ServerUnavailableException {
        if (type == Void.class || reply.body() == null || reply.body().isBlank()) {
            return null;
        }
        try {
            return Json.mapper().readValue(reply.body(), type);
        } catch (JsonProcessingException e) {
            throw new ServerUnavailableException("Unreadable answer", e);
        }
    }

}
