package ca.relais.server.http;

import io.javalin.http.Context;

/** Answers a PDF: {@code application/pdf} with no charset, which binary content does not have. */
final class Pdfs {
    private Pdfs() {
    }

    static Context contentType(Context ctx) {
        ctx.res().setCharacterEncoding(null);
        ctx.res().setContentType("application/pdf");
        return ctx;
    }
}
