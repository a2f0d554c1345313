package ca.relais.server.open311;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An {@code application/x-www-form-urlencoded} body, decoded strictly as UTF-8; a field may repeat. */
final class FormBody {
    static final int MAX_FIELDS = 500;
    private final Map<String, List<String>> fields;

    private FormBody(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    /** Reads at most {@code maxBytes}, whatever the body claims: chunked bodies have no length to check first. */
    static FormBody read(InputStream in, long declaredLength, int maxBytes) throws IOException {
        if (declaredLength > maxBytes) {
            throw tooLarge(maxBytes);
        }
        byte[] body = in.readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        return parse(body);
    }

    private static Open311Exception tooLarge(int maxBytes) {
        return Open311Exception.badRequest("The body is larger than " + maxBytes + " bytes.");
    }

    static FormBody parse(byte[] body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        String text = new String(body, StandardCharsets.ISO_8859_1).strip();
        if (text.isEmpty()) {
            return new FormBody(fields);
        }
        String[] pairs = text.split("&", -1);
        if (pairs.length > MAX_FIELDS) {
            throw Open311Exception.badRequest("The form has more than " + MAX_FIELDS + " fields.");
        }
        for (String pair : pairs) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return new FormBody(fields);
    }

    /** The first value of a field, stripped; null when absent or blank. */
    String first(String name) {
        List<String> values = fields.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0).strip();
    }

    Map<String, List<String>> all() {
        return fields;
    }

    private static String decode(String encoded) {
        byte[] bytes = new byte[encoded.length()];
        int n = 0;
        for (int i = 0; i < encoded.length(); i++) {
            char ch = encoded.charAt(i);
            if (ch == '+') {
                bytes[n++] = ' ';
            } else if (ch == '%') {
                if (i + 2 >= encoded.length() || Character.digit(encoded.charAt(i + 1), 16) < 0
                        || Character.digit(encoded.charAt(i + 2), 16) < 0) {
                    throw Open311Exception.badRequest("The form is not valid application/x-www-form-urlencoded: "
                            + "a % must start an escape such as %20.");
                }
                bytes[n++] = (byte) Integer.parseInt(encoded, i + 1, i + 3, 16);
                i += 2;
            } else {
                bytes[n++] = (byte) ch;
            }
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, n));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw Open311Exception.badRequest("The form is not valid UTF-8.");
        }
    }
}
