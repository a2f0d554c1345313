package ca.relais.search.eval;

import ca.relais.api.KbArticleDto;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The demo knowledge base shipped with the server's demo data. */
public final class DemoKb {
    public static final String RESOURCE = "/ca/relais/server/demo/kb-articles.json";

    private DemoKb() {
    }

    public static List<KbArticleDto> articles() {
        try (InputStream in = DemoKb.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return KbArticleDto.readList(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
