package ca.relais.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * A forwarding proxy in front of a real server, on loopback, that can be armed to misbehave: answer 500, garbage
 * JSON or a truncated body, stall for 30 s, refuse every token with 401, or drop the connection before anything
 * reaches the server (the network is gone). Garbage, truncation and stalls happen
 * after the real server has handled the request, so the client never learns that its write was applied.
 */
public final class FaultProxy implements AutoCloseable {
    /** What the proxy does to the requests the armed predicate selects. */
    public enum Fault { NONE, SERVER_ERROR, GARBAGE_JSON, TRUNCATED_BODY, STALL, UNAUTHORIZED, DISCONNECT }

    private final MockWebServer proxy = new MockWebServer();
    private final OkHttpClient upstream = new OkHttpClient.Builder().readTimeout(30, TimeUnit.SECONDS).build();
    private final String target;
    private final AtomicInteger faulted = new AtomicInteger();
    private volatile Fault fault = Fault.NONE;
    private volatile Predicate<RecordedRequest> selected = r -> true;

    public FaultProxy(String target) {
        this.target = target;
        proxy.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return handle(request);
            }
        });
        try {
            proxy.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    /** Arms {@code f} for the requests {@code which} selects. */
    public void arm(Fault f, Predicate<RecordedRequest> which) {
        selected = which;
        fault = f;
    }

    public void disarm() {
        fault = Fault.NONE;
    }

    public int faulted() {
        return faulted.get();
    }

    public static boolean isWrite(RecordedRequest r) {
        return !"GET".equals(r.getMethod()) && !r.getPath().startsWith("/api/v1/session");
    }

    private MockResponse handle(RecordedRequest request) {
        if (request.getPath().startsWith("/api/v1/events")) {
            return new MockResponse().setResponseCode(404);
        }
        Fault f = fault;
        if (f == Fault.NONE || !selected.test(request)) {
            return forward(request);
        }
        faulted.incrementAndGet();
        return switch (f) {
            case SERVER_ERROR -> new MockResponse().setResponseCode(500).setHeader("Content-Type",
                    "application/problem+json").setBody("{\"status\":500,\"title\":\"Internal Server Error\"}");
            case UNAUTHORIZED -> new MockResponse().setResponseCode(401).setHeader("Content-Type",
                    "application/problem+json").setBody("{\"status\":401,\"title\":\"Unauthorized\"}");
            case GARBAGE_JSON -> forward(request).setBody("{\"id\": \"half an obj");
            case TRUNCATED_BODY -> forward(request).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
            case STALL -> forward(request).setHeadersDelay(30, TimeUnit.SECONDS);
            case DISCONNECT -> new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
            case NONE -> forward(request);
        };
    }

    private MockResponse forward(RecordedRequest in) {
        Request.Builder out = new Request.Builder().url(target + in.getPath());
        for (String name : in.getHeaders().names()) {
            if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Length")
                    && !name.equalsIgnoreCase("Connection") && !name.equalsIgnoreCase("Accept-Encoding")) {
                out.header(name, in.getHeader(name));
            }
        }
        String type = in.getHeader("Content-Type");
        byte[] body = in.getBody().readByteArray();
        boolean hasBody = !in.getMethod().equals("GET") && !in.getMethod().equals("DELETE");
        out.method(in.getMethod(), hasBody ? RequestBody.create(body, type == null ? null : MediaType.get(type))
                : null);
        try (Response response = upstream.newCall(out.build()).execute()) {
            MockResponse mock = new MockResponse().setResponseCode(response.code());
            Headers headers = response.headers();
            for (String name : headers.names()) {
                if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Transfer-Encoding")) {
                    mock.setHeader(name, headers.get(name));
                }
            }
            return mock.setBody(new okio.Buffer().write(response.body().bytes()));
        } catch (IOException e) {
            return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START);
        }
    }

    /** Stops listening; a request still stalled is left to time out on its own. */
    @Override
    public void close() {
        try {
            proxy.shutdown();
        } catch (IOException e) {
            // "Gave up waiting for queue to shut down": a stalled answer is still sleeping
        }
    }
}
