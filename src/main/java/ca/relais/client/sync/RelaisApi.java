package ca.relais.client.sync;

import ca.relais.api.ApiPaths;
import ca.relais.api.CatalogueDto;
import ca.relais.api.Json;
import ca.relais.api.Problem;
import ca.relais.api.SessionRequest;
import ca.relais.api.SessionResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** The REST client of the central server, over OkHttp. */
public final class RelaisApi {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private final OkHttpClient http;
    private final HttpUrl base;
    private final ObjectMapper mapper = Json.mapper();

    public RelaisApi(URI baseUrl) {
        this(baseUrl, new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(20))
                .writeTimeout(Duration.ofSeconds(20))
                .build());
    }

    public RelaisApi(URI baseUrl, OkHttpClient http) {
        HttpUrl parsed = HttpUrl.get(baseUrl.toString());
        this.base = parsed;
        this.http = http;
    }

    public URI baseUrl() {
        return base.uri();
    }

    public SessionResponse signIn(String username, char[] password) throws ApiException, ServerUnavailableException {
        String body = write(new SessionRequest(username, new String(password)));
        Request request = new Request.Builder().url(url(ApiPaths.SESSION)).post(RequestBody.create(body, JSON)).build();
        return execute(request, SessionResponse.class);
    }

    public void signOut(String token) throws ApiException, ServerUnavailableException {
        Request request = authorized(token).url(url(ApiPaths.SESSION)).delete().build();
        execute(request, Void.class);
    }

    public CatalogueDto catalogue(String token) throws ApiException, ServerUnavailableException {
        return execute(authorized(token).url(url(ApiPaths.CATALOGUE)).get().build(), CatalogueDto.class);
    }

    /** A raw answer: status, body and the headers the sync engine needs. */
    public record Reply(int status, String body, String etag, long bytes) {
    }

    /**
     * Sends a request and returns any answer below 500. Network failures, timeouts, 5xx answers and bodies that are
     * not JSON where JSON was due are {@link ServerUnavailableException}s: worth retrying later.
     */
    public Reply send(String method, String path, String token, String jsonBody, java.util.Map<String, String> headers)
            throws ServerUnavailableException {
        Request.Builder b = authorized(token).url(base.newBuilder().encodedPath(path.contains("?")
                ? path.substring(0, path.indexOf('?')) : path)
                .encodedQuery(path.contains("?") ? path.substring(path.indexOf('?') + 1) : null).build());
        headers.forEach(b::header);
        RequestBody body = jsonBody == null ? null : RequestBody.create(jsonBody, JSON);
        b.method(method, body);
        try (Response response = http.newCall(b.build()).execute()) {
            ResponseBody rb = response.body();
            String text = rb == null ? "" : rb.string();
            if (response.code() >= 500) {
                throw new ServerUnavailableException("Server error " + response.code(), null);
            }
            if (!text.isEmpty()) {
                try {
                    mapper.readTree(text);
                } catch (JsonProcessingException e) {
                    throw new ServerUnavailableException("The server sent an unreadable answer", e);
                }
            }
            return new Reply(response.code(), text, response.header("ETag"), text.length());
        } catch (IOException e) {
            throw new ServerUnavailableException("Cannot reach " + base, e);
        }
    }

    public okhttp3.OkHttpClient httpClient() {
        return http;
    }

    /** True when {@code /health} answers UP. Never throws. */
    public boolean isHealthy() {
        Request request = new Request.Builder().url(url(ApiPaths.HEALTH)).get().build();
        try (Response response = http.newCall(request).execute()) {
            return response.isSuccessful();
        } catch (IOException e) {
            return false;
        }
    }

    private Request.Builder authorized(String token) {
        return new Request.Builder().header("Authorization", "Bearer " + token);
    }

    private HttpUrl url(String path) {
        return base.newBuilder().encodedPath(path).build();
    }

    private <T> T execute(Request request, Class<T> type) throws ApiException, ServerUnavailableException {
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            if (response.code() >= 500) {
                throw new ServerUnavailableException("Server error " + response.code(), null);
            }
            if (!response.isSuccessful()) {
                throw new ApiException(response.code(), parseProblem(text));
            }
            if (type == Void.class || text.isEmpty()) {
                return null;
            }
            return mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new ServerUnavailableException("The server sent an unreadable answer", e);
        } catch (IOException e) {
            throw new ServerUnavailableException("Cannot reach " + base, e);
        }
    }

    private Problem parseProblem(String text) {
        try {
            return mapper.readValue(text, Problem.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
