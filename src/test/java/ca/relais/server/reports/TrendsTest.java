package ca.relais.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.TrendsDto;
import ca.relais.server.RelaisServer;
import ca.relais.support.Http;
import ca.relais.support.TestServers;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Week-over-week counts, the spike rule, and recurring addresses and callers. */
class TrendsTest {
    static final ZoneId CITY = ZoneId.of("America/Toronto");
    static final List<String> TYPES = List.of("EAU-COULEUR", "VOI-NIDPOULE", "MAT-ENCOMBRANTS", "NUI-BRUIT");
    static final List<String> BOROUGHS = List.of("Brompton", "Fleurimont", "Lennoxville", "Nations");

    @TempDir
    Path dir;

    /**
     * Background: every type in every borough, 0 to 3 requests a week (noise in Nations 10 to 20, a busy but steady
     * cell), at random local times of the week.
     */
    static List<Trends.Row> background(Random random, LocalDate firstMonday, int weeks, LocalDate today) {
        List<Trends.Row> rows = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            for (String type : TYPES) {
                for (String borough : BOROUGHS) {
                    boolean busy = type.equals("NUI-BRUIT") && borough.equals("Nations");
                    int n = busy ? 10 + random.nextInt(11) : random.nextInt(4);
                    for (int i = 0; i < n; i++) {
                        LocalDate day = firstMonday.plusWeeks(w).plusDays(random.nextInt(7));
                        if (day.isAfter(today)) {
                            day = today;
                        }
                        rows.add(new Trends.Row(type, borough, day.atTime(random.nextInt(24), random.nextInt(60))
                                .atZone(CITY).toInstant(), null, null));
                    }
                }
            }
        }
        return rows;
    }

    @Test
    void aPlantedSpikeIsFlaggedAndNothingElse() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(7);
        for (long seed = 1; seed <= 20; seed++) {
            List<Trends.Row> rows = background(new Random(seed), firstMonday, 8, today);
            TrendsDto quiet = Trends.compute(rows, firstMonday, 8, today);
            assertThat(quiet.spikes()).as("seed %d without a spike", seed).isEmpty();
            // "eau brune" in Fleurimont this week: 9 more, on Monday to today, some at 23:30 local
            for (int i = 0; i < 9; i++) {
                LocalDate day = today.minusDays(i % 4);
                rows.add(new Trends.Row("EAU-COULEUR", "Fleurimont", day.atTime(23, 30).atZone(CITY).toInstant(),
                        null, null));
            }
            TrendsDto flagged = Trends.compute(rows, firstMonday, 8, today);
            assertThat(flagged.spikes()).as("seed %d", seed).hasSize(1);
            TrendsDto.Spike spike = flagged.spikes().get(0);
            assertThat(spike.typeCode()).isEqualTo("EAU-COULEUR");
            assertThat(spike.borough()).isEqualTo("Fleurimont");
            assertThat(spike.week()).isEqualTo("2026-W48");
            assertThat(spike.count()).isGreaterThanOrEqualTo(9);
        }
    }

    @Test
    void weeksAreIsoWeeksInLocalTimeAndCountsAddUp() {
        LocalDate today = LocalDate.of(2026, 11, 4);
        LocalDate firstMonday = LocalDate.of(2026, 10, 26);
        List<Trends.Row> rows = List.of(
                row("A", LocalDate.of(2026, 11, 1).atTime(23, 30).atZone(CITY).toInstant()),
                row("A", LocalDate.of(2026, 11, 2).atTime(0, 0).atZone(CITY).toInstant()),
                row("A", LocalDate.of(2026, 10, 25).atTime(23, 59).atZone(CITY).toInstant()),
                row("B", LocalDate.of(2026, 11, 4).atTime(12, 0).atZone(CITY).toInstant()));
        TrendsDto t = Trends.compute(rows, firstMonday, 2, today);
        assertThat(t.weeks()).containsExactly("2026-W44", "2026-W45");
        assertThat(t.byType().get("A")).containsExactly(1L, 1L);
        assertThat(t.byType().get("B")).containsExactly(0L, 1L);
    }

    @Test
    void recurringAddressesAndCallersNeedThreeRequests() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        LocalDate firstMonday = LocalDate.of(2026, 11, 2);
        UUID often = UUID.randomUUID();
        UUID once = UUID.randomUUID();
        List<Trends.Row> rows = new ArrayList<>();
        Instant t = today.atTime(10, 0).atZone(CITY).toInstant();
        for (int i = 0; i < 3; i++) {
            rows.add(new Trends.Row(i == 0 ? "A" : "B", "Nations", t, "addr-often", often));
        }
        rows.add(new Trends.Row("A", "Nations", t, "addr-twice", once));
        rows.add(new Trends.Row("A", "Nations", t, "addr-twice", null));
        TrendsDto r = Trends.compute(rows, firstMonday, 4, today);
        assertThat(r.recurringAddresses()).extracting(TrendsDto.Recurring::key).containsExactly("addr-often");
        assertThat(r.recurringAddresses().get(0).typeCodes()).containsExactly("A", "B");
        assertThat(r.recurringCallers()).extracting(TrendsDto.Recurring::key).containsExactly(often.toString());
    }

    @Test
    void theApiFlagsASpikePlantedInTheDatabase() throws Exception {
        try (RelaisServer server = TestServers.demoOnH2(dir)) {
            var types = GeneratedRequests.types(server);
            String water = types.keySet().stream().filter(k -> k.startsWith("EAU-")).findFirst().orElseThrow();
            List<GeneratedRequests.Gen> rows = new ArrayList<>();
            Instant now = Instant.now();
            for (int i = 0; i < 12; i++) {
                rows.add(new GeneratedRequests.Gen(UUID.randomUUID(), water, types.get(water)[0], "COMPLAINT",
                        "PHONE_8000", types.get(water)[1], "Quartier-Témoin", "NEW", now.minusSeconds(60L * i), null,
                        null, 0, null, null, null));
            }
            GeneratedRequests.insert(server, rows, "TR-");
            Http http = new Http(server.baseUrl());
            JsonNode trends = http.get("/api/v1/reports/trends?weeks=8", http.login("supervisor", "relais-demo"))
                    .json();
            assertThat(trends.get("weeks")).hasSize(8);
            List<String> spikes = new ArrayList<>();
            trends.get("spikes").forEach(s -> spikes.add(s.get("type_code").asText() + "@" + s.get("borough")
                    .asText()));
            assertThat(spikes).contains(water + "@Quartier-Témoin");
            assertThat(http.get("/api/v1/reports/trends?weeks=1", http.login("ombudsman", "relais-demo")).status())
                    .isEqualTo(400);
        }
    }

    private static Trends.Row row(String type, Instant at) {
        return new Trends.Row(type, "Nations", at, null, null);
    }
}
