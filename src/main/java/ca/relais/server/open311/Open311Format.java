package ca.relais.server.open311;

import java.util.Optional;

/** The two answer formats of GeoReport v2, chosen by the extension of the path. */
enum Open311Format {
    JSON("json", "application/json; charset=utf-8"),
    XML("xml", "text/xml; charset=utf-8");

    private final String extension;
    private final String contentType;

    Open311Format(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    static Optional<Open311Format> of(String extension) {
        for (Open311Format f : values()) {
            if (f.extension.equals(extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
