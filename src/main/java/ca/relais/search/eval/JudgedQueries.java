package ca.relais.search.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** Reads judged queries as TSV: {@code query<TAB>lang<TAB>id[,id…]}; blank lines and {@code #} comments skipped. */
public final class JudgedQueries {
    private JudgedQueries() {
    }

    /** The project's own judged set over the demo knowledge base. */
    public static List<JudgedQuery> own() {
        try (InputStream in = JudgedQueries.class.getResourceAsStream("judged-queries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("judged-queries.tsv is missing from the class path");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<JudgedQuery> read(Reader reader) throws IOException {
        List<JudgedQuery> queries = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length < 3) {
                throw new IllegalArgumentException("expected query<TAB>lang<TAB>ids: " + line);
            }
            queries.add(new JudgedQuery(cells[0], cells[1].strip(), new LinkedHashSet<>(
                    Arrays.stream(cells[2].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())));
        }
        return queries;
    }
}
