package ca.relais.server.http;

import ca.relais.api.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;

/** Reads request bodies strictly: valid UTF-8, valid JSON, the expected top-level shape. */
public final class JsonBody {
    private JsonBody() {
    }

    public static JsonNode object(Context ctx) {
        JsonNode node = parse(ctx);
        if (!node.isObject()) {
            throw ProblemException.badRequest("The body must be a JSON object.");
        }
        return node;
    }

    public static JsonNode array(Context ctx) {
        JsonNode node = parse(ctx);
        if (!node.isArray()) {
            throw ProblemException.badRequest("The body must be a JSON array.");
        }
        return node;
    }

    private static final String BYTES = "relais.body";

    /**
     * The body's bytes, read once. A declared length over the limit is refused by Javalin; a chunked body is read up
     * to the limit and refused beyond it.
     */
    public static byte[] bytes(Context ctx) {
        byte[] cached = ctx.attribute(BYTES);
        if (cached != null) {
            return cached;
        }
        byte[] bytes;
        int declared = ctx.contentLength();
        if (declared > ca.relais.server.RelaisServer.MAX_BODY_BYTES) {
            throw tooLarge();
        }
        if (declared >= 0) {
            // Exactly the declared length, into one array (Javalin's reader starts with two 8 KiB buffers).
            bytes = new byte[declared];
            try (java.io.InputStream in = ctx.req().getInputStream()) {
                if (in.readNBytes(bytes, 0, declared) < declared) {
                    throw ProblemException.badRequest("The body is shorter than its Content-Length.");
                }
            } catch (IOException e) {
                throw ProblemException.badRequest("The body could not be read.");
            }
        } else {
            try (java.io.InputStream in = ctx.req().getInputStream()) {
                bytes = in.readNBytes((int) ca.relais.server.RelaisServer.MAX_BODY_BYTES + 1);
            } catch (IOException e) {
                throw ProblemException.badRequest("The body could not be read.");
            }
            if (bytes.length > ca.relais.server.RelaisServer.MAX_BODY_BYTES) {
                throw tooLarge();
            }
        }
        ctx.attribute(BYTES, bytes);
        return bytes;
    }

    private static ProblemException tooLarge() {
        return new ProblemException(413, "http-413", "Content too large",
                "The body is larger than " + ca.relais.server.RelaisServer.MAX_BODY_BYTES + " bytes.", null);
    }

    private static JsonNode parse(Context ctx) {
        byte[] bytes = bytes(ctx);
        if (bytes.length == 0) {
            throw ProblemException.badRequest("The body is empty; a JSON document is expected.");
        }
        try {
            JsonNode node = Json.mapper().readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw ProblemException.badRequest("The body is empty; a JSON document is expected.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, "malformed-json", "Malformed JSON",
                    "The body is not valid JSON: " + e.getOriginalMessage(), null);
        } catch (IOException e) {
            throw ProblemException.badRequest("The body could not be read.");
        }
    }
}
