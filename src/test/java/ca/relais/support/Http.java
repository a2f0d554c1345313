package ca.relais.support;

import ca.relais.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A small raw HTTP client for API tests: it sends exactly what the test says and reads status and JSON back. */
public final class Http {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private final OkHttpClient client = new OkHttpClient();
    private final String base;

    public Http(String base) {
        this.base = base;
    }

    /** A status, the content type and the parsed JSON body (or null). */
    public record Reply(int status, String contentType, String body, okhttp3.Headers headers) {
        public String header(String name) {
            return headers.get(name);
        }

        public JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }
    }

    public Reply get(String path, String token) {
        return send(builder(path, token).get().build());
    }

    public Reply post(String path, String token, String body) {
        return send(builder(path, token).post(RequestBody.create(body, JSON)).build());
    }

    public Reply post(String path, String token, byte[] body) {
        return send(builder(path, token).post(RequestBody.create(body, JSON)).build());
    }

    public Reply send(String method, String path, String token, String body, java.util.Map<String, String> headers) {
        Request.Builder b = builder(path, token);
        headers.forEach(b::header);
        RequestBody rb = body == null ? (method.equals("GET") || method.equals("DELETE") ? null
                : RequestBody.create(new byte[0], JSON)) : RequestBody.create(body, JSON);
        return send(b.method(method, rb).build());
    }

    public Reply postForm(String path, okhttp3.FormBody form) {
        return send(new Request.Builder().url(base + path).post(form).build());
    }

    /** A binary answer (a PDF, say): status, content type and the raw bytes. */
    public record Download(int status, String contentType, byte[] bytes) {
    }

    public Download download(String path, String token) {
        try (Response response = client.newCall(builder(path, token).get().build()).execute()) {
            return new Download(response.code(), response.header("Content-Type", ""),
                    response.body() == null ? new byte[0] : response.body().bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Reply delete(String path, String token) {
        return send(builder(path, token).delete().build());
    }

    public String login(String username, String password) {
        Reply reply = post("/api/v1/session", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (reply.status() != 201) {
            throw new IllegalStateException("Login failed: " + reply);
        }
        return reply.json().get("token").asText();
    }

    private Request.Builder builder(String path, String token) {
        Request.Builder b = new Request.Builder().url(base + path);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Reply send(Request request) {
        try (Response response = client.newCall(request).execute()) {
            String type = response.header("Content-Type", "");
            return new Reply(response.code(), type, response.body() == null ? "" : response.body().string(),
                    response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
