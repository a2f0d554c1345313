package ca.relais.server.open311;

import ca.relais.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Raw HTTP for the Open311 tests: form posts, any method and body, and answers read as JSON or as a DOM. */
final class GeoReportClient {
    static final String FORM = "application/x-www-form-urlencoded";
    private final OkHttpClient client = new OkHttpClient();
    private final String base;

    GeoReportClient(String base) {
        this.base = base;
    }

    /** A status, the content type and the raw body. */
    record Reply(int status, String contentType, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + text(), e);
            }
        }

        /** The body parsed by a strict, namespace-unaware DOM parser; fails when it is not well-formed. */
        Element xml() {
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(body));
                return doc.getDocumentElement();
            } catch (ParserConfigurationException | SAXException e) {
                throw new AssertionError("Not well-formed XML: " + text(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Reply get(String path) {
        return send("GET", path, null, null, Map.of());
    }

    Reply postForm(String path, String form) {
        return send("POST", path, FORM, form.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** Posts a form body without a length, as chunks. */
    Reply postChunked(String path, byte[] body) {
        RequestBody chunked = new RequestBody() {
            @Override
            public MediaType contentType() {
                return MediaType.get(FORM);
            }

            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                sink.write(body);
            }
        };
        return execute(new Request.Builder().url(base + path).post(chunked));
    }

    Reply send(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
        RequestBody requestBody = body == null ? null
                : RequestBody.create(body, contentType == null ? null : MediaType.get(contentType));
        Request.Builder b = new Request.Builder().url(base + path).method(method, requestBody);
        headers.forEach(b::header);
        return execute(b);
    }

    private Reply execute(Request.Builder b) {
        try (Response response = client.newCall(b.build()).execute()) {
            return new Reply(response.code(), response.header("Content-Type", ""),
                    response.body() == null ? new byte[0] : response.body().bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code name=value&…}, URL-encoded; give names and values in turn. */
    static String form(String... namesAndValues) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            pairs.add(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return String.join("&", pairs);
    }

    /** The child elements of {@code parent} with this name. */
    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The one child element with this name. */
    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        if (found.size() != 1) {
            throw new AssertionError("Expected one <" + name + "> in <" + parent.getTagName() + ">, found "
                    + found.size());
        }
        return found.get(0);
    }

    /** The names of the child elements, in order. */
    static List<String> childNames(Element parent) {
        List<String> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e.getTagName());
            }
        }
        return out;
    }
}
