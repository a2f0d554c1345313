package ca.relais.client.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a cache's schema already has every client migration, so that opening it skips Flyway (whose start costs
 * a noticeable part of a cold start); any doubt (no history, a failed migration, a newer migration shipped) runs
 * Flyway as before.
 */
final class ClientSchema {
    static final String LOCATION = "db/client";
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");
    private static final Comparator<List<Integer>> VERSIONS = (a, b) -> {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int x = i < a.size() ? a.get(i) : 0;
            int y = i < b.size() ? b.get(i) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    };
    private static volatile List<Integer> latest;

    private ClientSchema() {
    }

    /** True when the cache's migration history ends, successfully, at the newest migration this build ships. */
    static boolean isCurrent(Connection c) {
        List<Integer> shipped = latestShipped();
        if (shipped.isEmpty()) {
            return false;
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            List<Integer> applied = List.of();
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                List<Integer> v = parse(rs.getString(1));
                if (VERSIONS.compare(v, applied) > 0) {
                    applied = v;
                }
            }
            return VERSIONS.compare(applied, shipped) == 0;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The version of the newest client migration on the class path, e.g. [2]; empty when none is found. */
    static List<Integer> latestShipped() {
        List<Integer> known = latest;
        if (known == null) {
            known = scan();
            latest = known;
        }
        return known;
    }

    private static List<Integer> scan() {
        List<Integer> best = List.of();
        try {
            for (URL url : Collections.list(ClientSchema.class.getClassLoader().getResources(LOCATION))) {
                for (String name : names(url)) {
                    Matcher m = MIGRATION.matcher(name);
                    if (m.matches() && VERSIONS.compare(parse(m.group(1)), best) > 0) {
                        best = parse(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return best;
    }

    private static List<String> names(URL folder) throws IOException {
        List<String> out = new ArrayList<>();
        if ("jar".equals(folder.getProtocol())) {
            JarURLConnection jar = (JarURLConnection) folder.openConnection();
            String prefix = LOCATION + "/";
            jar.getJarFile().stream().map(e -> e.getName()).filter(n -> n.startsWith(prefix))
                    .map(n -> n.substring(prefix.length())).forEach(out::add);
        } else if ("file".equals(folder.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                files.map(p -> p.getFileName().toString()).forEach(out::add);
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        return out;
    }

    private static List<Integer> parse(String version) {
        List<Integer> parts = new ArrayList<>();
        for (String p : version.split("[._]")) {
            parts.add(Integer.parseInt(p));
        }
        return parts;
    }
}
