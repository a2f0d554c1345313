package ca.relais.server;

import ca.relais.api.CatalogueDto;
import ca.relais.domain.PasswordHash;
import ca.relais.domain.PhoneLine;
import ca.relais.domain.Role;
import ca.relais.domain.User;
import ca.relais.server.store.CatalogueStore;
import ca.relais.server.store.Database;
import ca.relais.server.store.UserStore;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Outside demo mode there is no default password: the first administrator is created from
 * {@code RELAIS_ADMIN_PASSWORD}, and only while no user exists.
 */
final class Bootstrap {
    static final String ADMIN_PASSWORD_ENV = "RELAIS_ADMIN_PASSWORD";
    private static final Logger LOG = LoggerFactory.getLogger(Bootstrap.class);
    private static final int MIN_PASSWORD_LENGTH = 12;

    private Bootstrap() {
    }

    static void firstAdmin(Database db, CatalogueStore catalogues, UserStore users, String adminPassword) {
        if (users.count() > 0) {
            return;
        }
        if (adminPassword == null || adminPassword.isBlank()) {
            LOG.warn("No user exists. Set {} (at least {} characters) and restart to create the first 'admin'.",
                    ADMIN_PASSWORD_ENV, MIN_PASSWORD_LENGTH);
            return;
        }
        if (adminPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(ADMIN_PASSWORD_ENV + " must have at least " + MIN_PASSWORD_LENGTH
                    + " characters.");
        }
        String hash = PasswordHash.hash(adminPassword.toCharArray());
        db.inTransaction(c -> {
            String jurisdiction = catalogues.defaultJurisdiction().orElse(null);
            if (jurisdiction == null) {
                jurisdiction = "default";
                catalogues.insert(c, "Default", true,
                        new CatalogueDto(jurisdiction, List.of(), null, 0, List.of(), List.of()));
            }
            users.insert(c, new User("admin", "Administrator", Set.of(Role.ADMIN), null, PhoneLine.NONE),
                    jurisdiction, hash);
            return null;
        });
        LOG.info("Created the first administrator account 'admin'.");
    }
}
