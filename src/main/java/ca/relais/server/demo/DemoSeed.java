package ca.relais.server.demo;

import ca.relais.api.CatalogueDto;
import ca.relais.api.Json;
import ca.relais.domain.PasswordHash;
import ca.relais.domain.PhoneLine;
import ca.relais.domain.Role;
import ca.relais.domain.User;
import ca.relais.server.store.ApiKeyStore;
import ca.relais.server.store.CatalogueStore;
import ca.relais.server.store.Database;
import ca.relais.server.store.UserStore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the demo city: its catalogue, a neighbouring city, the demo accounts and the demo Open311 key. */
public final class DemoSeed {
    public static final String DEMO_PASSWORD = "relais-demo";
    public static final String DEMO_API_KEY = "demo-open311-key";
    public static final String CITY = "sherbrooke.demo.relais.ca";
    public static final String NEIGHBOUR = "valdescedres.demo.relais.ca";
    /** The demo city is generated from this seed, so every installation shows the same city. */
    static final long CITY_SEED = 175_000L;
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeed.class);
    private static List<String> demoHashes;

    private final Database db;
    private final CatalogueStore catalogues;
    private final UserStore users;
    private final ApiKeyStore apiKeys;

    public DemoSeed(Database db, CatalogueStore catalogues, UserStore users, ApiKeyStore apiKeys) {
        this.db = db;
        this.catalogues = catalogues;
        this.users = users;
        this.apiKeys = apiKeys;
    }

    /** The demo accounts of CONTRACT.md. */
    public static List<User> demoUsers() {
        return List.of(
                new User("agent8000", "Agent 8000 (démo)", Set.of(Role.AGENT), "SCEC", PhoneLine.LINE_8000),
                new User("agent5858", "Agent 5858 (démo)", Set.of(Role.AGENT), "SEI", PhoneLine.LINE_5858),
                new User("secretariat-fleurimont", "Secrétariat Fleurimont (démo)", Set.of(Role.SECRETARIAT),
                        "ARR-FLEURIMONT", PhoneLine.SECRETARIAT),
                new User("supervisor", "Superviseure (démo)", Set.of(Role.SUPERVISOR), "SCEC", PhoneLine.LINE_8000),
                new User("ombudsman", "Ombudsman (démo)", Set.of(Role.OMBUDSMAN), null, PhoneLine.NONE),
                new User("admin", "Administration (démo)", Set.of(Role.ADMIN), null, PhoneLine.NONE));
    }

    /** Seeds the catalogues and accounts once, without the generated city. */
    public void seedIfEmpty() {
        seedIfEmpty(null, false);
    }

    /**
     * Seeds once: catalogues, accounts and key at once; then the generated city ({@code scale}, null for none), in the
     * background when asked so that the server answers meanwhile. Each part runs in one transaction.
     */
    public void seedIfEmpty(DemoCity.Scale scale, boolean inBackground) {
        seedAccountsAndCatalogues();
        if (scale == null || cityExists()) {
            return;
        }
        Runnable city = () -> {
            long start = System.nanoTime();
            CatalogueDto catalogue = load("catalogue.json");
            db.inTransaction(c -> {
                DemoCity.Summary summary = DemoCity.seed(c, CITY, catalogue, scale, CITY_SEED, java.time.Instant.now());
                ca.relais.server.store.ServerMeta.put(c, "demo_city", summary.toString());
                return null;
            });
            LOG.info("Demo city generated in {} ms", (System.nanoTime() - start) / 1_000_000);
        };
        if (inBackground) {
            Thread t = new Thread(city, "relais-demo-city");
            t.setDaemon(true);
            t.start();
        } else {
            city.run();
        }
    }

    private boolean cityExists() {
        return db.read(c -> ca.relais.server.store.ServerMeta.get(c, "demo_city").isPresent());
    }

    private void seedAccountsAndCatalogues() {
        if (catalogues.jurisdictionExists(CITY)) {
            return;
        }
        long start = System.nanoTime();
        CatalogueDto city = load("catalogue.json");
        CatalogueDto neighbour = load("catalogue-neighbour.json");
        List<User> demo = demoUsers();
        List<String> hashes = demoHashes();
        db.inTransaction(c -> {
            catalogues.insert(c, "Sherbrooke (démo)", true, city);
            catalogues.insert(c, "Val-des-Cèdres (démo)", false, neighbour);
            for (int i = 0; i < demo.size(); i++) {
                users.insert(c, demo.get(i), CITY, hashes.get(i));
            }
            apiKeys.insert(c, DEMO_API_KEY, CITY, "Demo citizen portal");
            ca.relais.server.store.KbStore kb = new ca.relais.server.store.KbStore(db);
            java.time.Instant now = java.time.Instant.now();
            for (ca.relais.api.KbArticleDto a : articles()) {
                kb.upsert(c, CITY, a, now);
                try (var ps = c.prepareStatement("INSERT INTO change_log (jurisdiction_id, entity, entity_id, op, "
                        + "version, at) VALUES (?, 'kb_article', ?, 'UPSERT', 1, ?)")) {
                    ps.setString(1, CITY);
                    ps.setString(2, a.id());
                    ps.setTimestamp(3, java.sql.Timestamp.from(now));
                    ps.executeUpdate();
                }
            }
            return null;
        });
        LOG.info("Demo data loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * One salted hash per demo account, computed once per process: every embedded or test server started by this JVM
     * reuses them instead of paying the slow KDF again.
     */
    private static synchronized List<String> demoHashes() {
        if (demoHashes == null) {
            demoHashes = demoUsers().stream()
                    .map(u -> CompletableFuture.supplyAsync(() -> PasswordHash.hash(DEMO_PASSWORD.toCharArray())))
                    .toList().stream().map(CompletableFuture::join).toList();
        }
        return demoHashes;
    }

    private static List<ca.relais.api.KbArticleDto> articles() {
        try (InputStream in = DemoSeed.class.getResourceAsStream("kb-articles.json")) {
            return ca.relais.api.KbArticleDto.readList(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CatalogueDto load(String resource) {
        try (InputStream in = DemoSeed.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + resource);
            }
            CatalogueFile file = Json.mapper().copy()
                    .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .readValue(in, CatalogueFile.class);
            List<CatalogueDto.ServiceDto> types = file.types().stream()
                    .map(t -> new CatalogueDto.ServiceDto(t.serviceCode(), t.serviceName(), t.serviceNameEn(),
                            t.group(), t.keywords(), t.description(), t.descriptionEn(), !t.attributes().isEmpty(),
                            "realtime", t.attributes(), t.department(), t.slaHours(), t.slaCalendar(), t.natures(),
                            t.defaultNature(), t.priority(), t.duplicateRadiusM(), t.locationRequired(), t.lines(),
                            t.notices()))
                    .toList();
            return new CatalogueDto(file.jurisdictionId(), types, null, types.size(), file.departments(),
                    file.groups());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The layout of the demo catalogue resources. */
    record CatalogueFile(@JsonProperty("jurisdiction_id") String jurisdictionId,
                         List<CatalogueDto.DepartmentDto> departments, List<CatalogueDto.GroupDto> groups,
                         List<CatalogueDto.ServiceDto> types) {
    }

}
