package ca.relais.client.store;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.AddressDto;
import ca.relais.api.CallerDto;
import ca.relais.api.ChangeDto;
import ca.relais.api.Json;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Caller lookups through the indexed terms: phone fragments anywhere, word starts without accents, addresses. */
class CallerSearchTest {
    @TempDir
    Path dir;
    LocalStore store;
    LocalMirror mirror;
    final UUID helene = UUID.randomUUID();
    final UUID jerome = UUID.randomUUID();

    @BeforeEach
    void fill() throws Exception {
        store = LocalStore.open(dir, "agent8000", "pw".toCharArray());
        mirror = new LocalMirror(store);
        AddressDto king = new AddressDto("A-1", "1250", "rue King Ouest", null, "J1H 1R4", "NATIONS", 45.4, -71.9,
                "1250, rue King Ouest");
        mirror.apply(List.of(change("address", king.id(), king),
                change("caller", helene.toString(), caller(helene, "Hélène", "Bélanger",
                        List.of("+18195559876", "+18193461234"), "helene.b@exemple.ca", "A-1")),
                change("caller", jerome.toString(), caller(jerome, "Jérôme", "Côté-Lévesque",
                        List.of("+18195620000"), null, null))), "c1");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static ChangeDto change(String entity, String id, Object data) {
        return new ChangeDto(entity, id, "upsert", 1, Json.mapper().valueToTree(data));
    }

    private static CallerDto caller(UUID id, String first, String last, List<String> phones, String email,
                                    String addressId) {
        return new CallerDto(id, first, last, phones, email == null ? List.of() : List.of(email), addressId, null,
                "fr", true, 1, Instant.now(), Instant.now());
    }

    private List<UUID> ids(String query) {
        return mirror.searchCallers(query, 20).stream().map(CallerDto::id).toList();
    }

    @Test
    void phoneFragmentsMatchAnywhereInAnyNumber() {
        assertThat(ids("9876")).containsExactly(helene);
        assertThat(ids("555-98")).containsExactly(helene);
        assertThat(ids("(819) 346-1234")).containsExactly(helene);
        assertThat(ids("1 819 562 0000")).containsExactly(jerome);
        assertThat(ids("819")).containsExactlyInAnyOrder(helene, jerome);
        assertThat(ids("4242")).isEmpty();
    }

    @Test
    void namesEmailsAndAddressesMatchByTheirStartsWithoutAccents() {
        assertThat(ids("belang")).containsExactly(helene);
        assertThat(ids("HELENE bel")).containsExactly(helene);
        assertThat(ids("levesque")).containsExactly(jerome);
        assertThat(ids("cote-lev")).containsExactly(jerome);
        assertThat(ids("exemple")).containsExactly(helene);
        assertThat(ids("king")).containsExactly(helene);
        assertThat(ids("j1h helene")).containsExactly(helene);
        assertThat(ids("jerome king")).isEmpty();
        assertThat(ids("")).hasSize(2);
    }

    /** The lookup made while the index is still being built: straight from the cache, by the same rules. */
    private List<UUID> idsBeforeTheIndex(String query) {
        return store.read(() -> mirror.candidates(query, 20).search(query, 20));
    }

    @Test
    void beforeTheIndexIsBuiltALookupReadsTheCacheAndFindsTheSameCallers() {
        assertThat(idsBeforeTheIndex("(819) 346-1234")).containsExactly(helene);
        assertThat(idsBeforeTheIndex("1 819 562 0000")).containsExactly(jerome);
        assertThat(idsBeforeTheIndex("cote-lev")).containsExactly(jerome);
        assertThat(idsBeforeTheIndex("j1h helene")).containsExactly(helene);
        assertThat(idsBeforeTheIndex("jerome king")).isEmpty();
        assertThat(idsBeforeTheIndex("elanger")).isEmpty();
        store.awaitLookups();
        for (String q : List.of("9876", "555-98", "819", "belang", "HELENE bel", "levesque", "exemple", "king",
                "roy", "")) {
            assertThat(idsBeforeTheIndex(q)).as(q).containsExactlyInAnyOrderElementsOf(ids(q));
        }
    }

    @Test
    void theIndexIsBuiltFromTheCacheInPagesAndKeepsUpWithWritesMeanwhile() throws Exception {
        store.close();
        store = LocalStore.open(dir, "agent8000", "pw".toCharArray());
        mirror = new LocalMirror(store);
        store.warmUpLookups();
        mirror.apply(List.of(change("caller", jerome.toString(), caller(jerome, "Jérôme", "Roy",
                List.of("+18195620000"), null, null))), "c2");
        assertThat(ids("roy")).containsExactly(jerome);
        assertThat(ids("levesque")).isEmpty();
        assertThat(ids("belanger")).containsExactly(helene);
        assertThat(ids("king")).containsExactly(helene);
    }

    @Test
    void aRolledBackWriteLeavesNoTrace() {
        assertThat(ids("helene")).containsExactly(helene);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.transaction(() -> {
            LocalMirror.upsertCaller(store, caller(UUID.randomUUID(), "Hélène", "Fantôme", List.of(), null, null));
            throw new IllegalStateException("disk full");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(ids("helene")).containsExactly(helene);
        assertThat(ids("fantome")).isEmpty();
    }

    @Test
    void anEditOrADeleteTakesTheOldTermsAway() {
        mirror.apply(List.of(change("caller", helene.toString(), caller(helene, "Hélène", "Gagnon",
                List.of("+18195551111"), null, null))), "c2");
        assertThat(ids("belanger")).isEmpty();
        assertThat(ids("9876")).isEmpty();
        assertThat(ids("gagnon")).containsExactly(helene);
        assertThat(ids("1111")).containsExactly(helene);
        mirror.apply(List.of(new ChangeDto("caller", jerome.toString(), "delete", 2, null)), "c3");
        assertThat(ids("cote")).isEmpty();
        assertThat(ids("819")).containsExactly(helene);
    }
}
