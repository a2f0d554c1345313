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
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST client of the central server, over OkHttp. Given several server URLs, it fails over: when the current
 * one cannot be reached or answers 5xx, the same request goes to the next URL of the list, and the first that
 * answers becomes the current one for the requests that follow.
 */
public final class RelaisApi {
    private static final Logger LOG = LoggerFactory.getLogger(RelaisApi.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private final OkHttpClient http;
    private final List<URI> servers;
    private final List<HttpUrl> bases;
    private final AtomicInteger current = new AtomicInteger();
    private final ObjectMapper mapper = Json.mapper();

    public RelaisApi(URI baseUrl) {
        this(List.of(baseUrl), HttpSetup.DIRECT);
    }

    public RelaisApi(List<URI> servers, HttpSetup setup) {
        this(servers, setup.client());
    }

    public RelaisApi(URI baseUrl, OkHttpClient http) {
        this(List.of(baseUrl), http);
    }

    public RelaisApi(List<URI> servers, OkHttpClient http) {
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("at least one server URL is needed");
        }
        this.servers = List.copyOf(servers);
        this.bases = servers.stream().map(u -> HttpUrl.get(u.toString())).toList();
        this.http = http;
    }

    /** The server URL in use: the last one that answered. */
    public URI baseUrl() {
        return servers.get(current.get());
    }

    /** Every server URL this client may use, in the configured order. */
    public List<URI> servers() {
        return servers;
    }

    public SessionResponse signIn(String username, char[] password) throws ApiException, ServerUnavailableException {
        String body = write(new SessionRequest(username, new String(password)));
        RequestBody payload = RequestBody.create(body, JSON);
        return execute(base -> new Request.Builder().url(url(base, ApiPaths.SESSION)).post(payload).build(),
                SessionResponse.class);
    }

    public void signOut(String token) throws ApiException, ServerUnavailableException {
        execute(base -> authorized(token).url(url(base, ApiPaths.SESSION)).delete().build(), Void.class);
    }

    public CatalogueDto catalogue(String token) throws ApiException, ServerUnavailableException {
        return execute(base -> authorized(token).url(url(base, ApiPaths.CATALOGUE)).get().build(), CatalogueDto.class);
    }

    /** The catalogue and its tag; no catalogue when the server says the one tagged as sent is still current. */
    public record CatalogueReply(CatalogueDto catalogue, String etag) {
        public boolean unchanged() {
            return catalogue == null;
        }
    }

    /** The catalogue, unless {@code etag} (may be null) names the one the server holds now (304). */
    public CatalogueReply catalogue(String token, String etag) throws ApiException, ServerUnavailableException {
        Function<HttpUrl, Request> request = base -> {
            Request.Builder b = authorized(token).url(url(base, ApiPaths.CATALOGUE)).get();
            if (etag != null) {
                b.header("If-None-Match", etag);
            }
            return b.build();
        };
        return exchange(request, response -> response.code() == 304
                ? new CatalogueReply(null, response.header("ETag", etag))
                : new CatalogueReply(decode(response, CatalogueDto.class), response.header("ETag")));
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
        RequestBody body = jsonBody == null ? null : RequestBody.create(jsonBody, JSON);
        Function<HttpUrl, Request> request = base -> {
            Request.Builder b = authorized(token).url(url(base, path));
            headers.forEach(b::header);
            return b.method(method, body).build();
        };
        try (Response response = call(request)) {
            ResponseBody rb = response.body();
            String text = rb == null ? "" : rb.string();
            if (!text.isEmpty()) {
                try {
                    mapper.readTree(text);
                } catch (JsonProcessingException e) {
                    throw new ServerUnavailableException("The server sent an unreadable answer", e);
                }
            }
            return new Reply(response.code(), text, response.header("ETag"), text.length());
        } catch (IOException e) {
            throw new ServerUnavailableException("Cannot read the answer of " + baseUrl(), e);
        }
    }

    /** A raw binary answer (CSV, PDF): status, bytes and content type. */
    public record Download(int status, byte[] body, String contentType) {
    }

    /**
     * Fetches a file with GET and returns any answer below 500 as bytes (a refusal's body is the problem JSON);
     * network failures, timeouts and 5xx answers are {@link ServerUnavailableException}s.
     */
    public Download download(String path, String token) throws ServerUnavailableException {
        try (Response response = call(base -> authorized(token).url(url(base, path)).get().build())) {
            ResponseBody rb = response.body();
            return new Download(response.code(), rb == null ? new byte[0] : rb.bytes(), response.header("Content-Type"));
        } catch (IOException e) {
            throw new ServerUnavailableException("Cannot read the answer of " + baseUrl(), e);
        }
    }

    public okhttp3.OkHttpClient httpClient() {
        return http;
    }

    /** True when {@code /health} answers UP on one of the servers. Never throws. */
    public boolean isHealthy() {
        try (Response response = call(base -> new Request.Builder().url(url(base, ApiPaths.HEALTH)).get().build())) {
            return response.isSuccessful();
        } catch (ServerUnavailableException e) {
            return false;
        }
    }

    /**
     * Sends the request to the current server, then to the others in turn while the answer is a network failure or
     * a 5xx. Returns the first other answer, open; the server that gave it becomes the current one.
     */
    private Response call(Function<HttpUrl, Request> request) throws ServerUnavailableException {
        int start = current.get();
        String failure = null;
        IOException cause = null;
        for (int attempt = 0; attempt < bases.size(); attempt++) {
            int index = (start + attempt) % bases.size();
            HttpUrl base = bases.get(index);
            try {
                Response response = http.newCall(request.apply(base)).execute();
                if (response.code() < 500) {
                    switchTo(start, index);
                    return response;
                }
                failure = "Server error " + response.code() + " from " + base;
                response.close();
            } catch (IOException e) {
                failure = "Cannot reach " + base;
                cause = e;
            }
        }
        throw new ServerUnavailableException(bases.size() == 1 ? failure
                : failure + " (and the " + (bases.size() - 1) + " other server(s) of the list)", cause);
    }

    private void switchTo(int previous, int index) {
        if (index != previous && current.compareAndSet(previous, index)) {
            LOG.info("Server {} did not answer; now using {}", bases.get(previous), bases.get(index));
        }
    }

    private Request.Builder authorized(String token) {
        return new Request.Builder().header("Authorization", "Bearer " + token);
    }

    /** {@code path} (already encoded, with its query if any) on the server {@code base}. */
    private static HttpUrl url(HttpUrl base, String path) {
        int query = path.indexOf('?');
        return query < 0 ? base.newBuilder().encodedPath(path).build()
                : base.newBuilder().encodedPath(path.substring(0, query)).encodedQuery(path.substring(query + 1)).build();
    }

    private <T> T execute(Function<HttpUrl, Request> request, Class<T> type)
            throws ApiException, ServerUnavailableException {
        return exchange(request, response -> decode(response, type));
    }

    /** What a caller makes of an answer that is not a server error. */
    @FunctionalInterface
    private interface AnswerReader<T> {
        T read(Response response) throws ApiException, IOException;
    }

    /** Sends {@code request} (with failover) and reads the answer; an unreadable one counts as no server. */
    private <T> T exchange(Function<HttpUrl, Request> request, AnswerReader<T> reader)
            throws ApiException, ServerUnavailableException {
        try (Response response = call(request)) {
            return reader.read(response);
        } catch (JsonProcessingException e) {
            throw new ServerUnavailableException("The server sent an unreadable answer", e);
        } catch (IOException e) {
            throw new ServerUnavailableException("Cannot read the answer of " + baseUrl(), e);
        }
    }

    /** The body as {@code type} (null for {@link Void} or no body); a refusal becomes an {@link ApiException}. */
    private <T> T decode(Response response, Class<T> type) throws ApiException, IOException {
        ResponseBody body = response.body();
        String text = body == null ? "" : body.string();
        if (!response.isSuccessful()) {
            throw new ApiException(response.code(), parseProblem(text));
        }
        if (type == Void.class || text.isEmpty()) {
            return null;
        }
        return mapper.readValue(text, type);
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
