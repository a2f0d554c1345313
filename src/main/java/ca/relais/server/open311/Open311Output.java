package ca.relais.server.open311;

import ca.relais.api.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an answer as GeoReport v2 JSON or XML. In XML a list is an element holding one element per item, named as
 * the specification names them ({@code <services><service>}, {@code <attributes><attribute>}); null is an empty
 * element.
 */
final class Open311Output {
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final Map<String, String> ITEMS = Map.of("services", "service", "service_requests", "request",
            "attributes", "attribute", "values", "value", "notes", "note", "endpoints", "endpoint",
            "formats", "format", "errors", "error", "service_request_updates", "request_update");

    private Open311Output() {
    }

    static void send(Context ctx, Open311Format format, int status, String root, JsonNode body) {
        ctx.status(status).contentType(format.contentType())
                .result(format == Open311Format.XML ? xml(root, body) : json(body));
    }

    static void sendErrors(Context ctx, Open311Format format, int status, List<String> descriptions) {
        ArrayNode errors = JsonNodeFactory.instance.arrayNode();
        descriptions.forEach(d -> errors.addObject().put("code", status).put("description", d));
        send(ctx, format, status, "errors", errors);
    }

    static byte[] json(JsonNode body) {
        try {
            return Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] xml(String root, JsonNode body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            element(w, root, body);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter w, String name, JsonNode value) throws XMLStreamException {
        if (value == null || value.isNull() || value.isMissingNode()) {
            w.writeEmptyElement(name);
            return;
        }
        w.writeStartElement(name);
        if (value.isArray()) {
            String item = ITEMS.getOrDefault(name, "item");
            for (JsonNode v : value) {
                element(w, item, v);
            }
        } else if (value.isObject()) {
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                element(w, field.getKey(), field.getValue());
            }
        } else {
            w.writeCharacters(xmlSafe(value.asText()));
        }
        w.writeEndElement();
    }

    /** Replaces the characters XML 1.0 cannot carry, even escaped, with U+FFFD. */
    static String xmlSafe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(ok ? cp : 0xFFFD);
            }
            i += len;
        }
        return out == null ? text : out.toString();
    }
}
