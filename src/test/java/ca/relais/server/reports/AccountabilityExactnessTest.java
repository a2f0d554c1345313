package ca.relais.server.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ca.relais.server.RelaisServer;
import ca.relais.server.demo.DemoSeed;
import ca.relais.support.Http;
import ca.relais.support.TestDatabases.Engine;
import ca.relais.support.TestServers;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The accountability report against an independent computation written here, over seeded random requests in 2021
 * (no demo data there): requests created on both sides of each period's edges in local time, across both DST changes,
 * reopened, merged duplicates, cancelled, with and without due times, closed exactly at the 15-minute and due-time
 * limits. The expected figures below follow docs/api.md's definitions, computed by local date, not by instants.
 */
class AccountabilityExactnessTest {
    static final ZoneId CITY = ZoneId.of("America/Toronto");
    static final List<LocalDate[]> PERIODS = List.of(
            new LocalDate[] {LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31)},
            new LocalDate[] {LocalDate.of(2021, 3, 14), LocalDate.of(2021, 3, 14)},
            new LocalDate[] {LocalDate.of(2021, 11, 7), LocalDate.of(2021, 11, 7)},
            new LocalDate[] {LocalDate.of(2021, 10, 31), LocalDate.of(2021, 11, 13)},
            new LocalDate[] {LocalDate.of(2021, 2, 20), LocalDate.of(2021, 11, 30)});

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyFigureMatchesAnIndependentComputation(Engine engine) throws Exception {
        try (RelaisServer server = TestServers.demo(engine, dir)) {
            Map<String, String[]> types = GeneratedRequests.types(server);
            List<GeneratedRequests.Gen> rows = generate(new Random(20211107L), types);
            GeneratedRequests.insert(server, rows, "T21-");
            List<Instant> gaps = gaps(server, new Random(7L));
            Http http = new Http(server.baseUrl());
            String token = http.login("supervisor", "relais-demo");
            for (LocalDate[] period : PERIODS) {
                Http.Reply reply = http.get("/api/v1/reports/accountability?from=" + period[0] + "&to=" + period[1],
                        token);
                assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                check(reply.json(), period[0], period[1], rows, gaps);
            }
        }
    }

    static void check(JsonNode r, LocalDate from, LocalDate to, List<GeneratedRequests.Gen> all, List<Instant> gaps) {
        String at = from + ".." + to;
        Instant now = Instant.now();
        List<GeneratedRequests.Gen> in = new ArrayList<>();
        for (GeneratedRequests.Gen g : all) {
            LocalDate day = g.created().atZone(CITY).toLocalDate();
            if (!day.isBefore(from) && !day.isAfter(to)) {
                in.add(g);
            }
        }
        assertThat(in).as("the period %s has data", at).hasSizeGreaterThan(3);
        assertThat(r.get("from").asText()).isEqualTo(from.toString());
        assertThat(r.get("to").asText()).isEqualTo(to.toString());
        assertThat(r.get("total").asLong()).as(at).isEqualTo(in.size());
        assertThat(counts(r.get("by_type"))).as(at).isEqualTo(tally(in, GeneratedRequests.Gen::type));
        assertThat(counts(r.get("by_group"))).as(at).isEqualTo(tally(in, GeneratedRequests.Gen::group));
        assertThat(counts(r.get("by_nature"))).as(at).isEqualTo(tally(in, GeneratedRequests.Gen::nature));
        assertThat(counts(r.get("by_channel"))).as(at).isEqualTo(tally(in, GeneratedRequests.Gen::channel));
        assertThat(counts(r.get("by_department"))).as(at).isEqualTo(tally(in, GeneratedRequests.Gen::department));
        assertThat(counts(r.get("by_borough"))).as(at)
                .isEqualTo(tally(in, g -> g.borough() == null ? "NONE" : g.borough()));

        List<Double> hours = new ArrayList<>();
        long met = 0;
        long missed = 0;
        long fcrBase = 0;
        long fcr = 0;
        long everClosed = 0;
        long reopened = 0;
        Map<String, Long> complaints = new TreeMap<>();
        long articles = 0;
        for (GeneratedRequests.Gen g : in) {
            boolean done = g.status().equals("RESOLVED") || g.status().equals("CLOSED");
            boolean open = List.of("NEW", "ASSIGNED", "IN_PROGRESS", "WAITING").contains(g.status());
            boolean excluded = g.status().equals("CANCELLED") || g.status().equals("DUPLICATE");
            if (done && g.closed() != null && !g.nature().equals("INFORMATION")) {
                hours.add((g.closed().getEpochSecond() - g.created().getEpochSecond()) / 3600.0);
            }
            if (!excluded && g.due() != null) {
                if (done && g.closed() != null) {
                    if (g.closed().compareTo(g.due()) <= 0) {
                        met++;
                    } else {
                        missed++;
                    }
                } else if (open && now.isAfter(g.due())) {
                    missed++;
                }
            }
            if (!excluded) {
                fcrBase++;
                long minutes = g.closed() == null ? Long.MAX_VALUE
                        : g.closed().getEpochSecond() - g.created().getEpochSecond();
                if (g.nature().equals("INFORMATION") || done && g.reopened() == 0 && minutes <= 15 * 60) {
                    fcr++;
                }
            }
            if (g.closed() != null || g.reopened() > 0) {
                everClosed++;
                if (g.reopened() > 0) {
                    reopened++;
                }
            }
            if (g.nature().equals("COMPLAINT")) {
                complaints.merge(g.type(), 1L, Long::sum);
            }
            if (g.kbArticle() != null) {
                articles++;
            }
        }
        hours.sort(Comparator.naturalOrder());
        JsonNode ttc = r.get("time_to_close_hours");
        assertThat(ttc.get("count").asLong()).as(at).isEqualTo(hours.size());
        if (hours.isEmpty()) {
            assertThat(ttc.get("median").isNull()).isTrue();
        } else {
            int n = hours.size();
            double median = n % 2 == 1 ? hours.get(n / 2) : (hours.get(n / 2 - 1) + hours.get(n / 2)) / 2;
            double p90 = hours.get((int) Math.ceil(0.9 * n) - 1);
            assertThat(ttc.get("median").asDouble()).as(at + " median").isCloseTo(median, within(1e-9));
            assertThat(ttc.get("p90").asDouble()).as(at + " p90").isCloseTo(p90, within(1e-9));
        }
        rate(r, "sla_attainment", met, met + missed, at);
        rate(r, "first_contact_resolution_rate", fcr, fcrBase, at);
        rate(r, "reopen_rate", reopened, everClosed, at);
        List<Map.Entry<String, Long>> top = complaints.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(10).toList();
        assertThat(r.get("top_complaints")).as(at).hasSize(top.size());
        for (int i = 0; i < top.size(); i++) {
            assertThat(r.get("top_complaints").get(i).get("type_code").asText()).isEqualTo(top.get(i).getKey());
            assertThat(r.get("top_complaints").get(i).get("count").asLong()).isEqualTo(top.get(i).getValue());
        }
        assertThat(r.get("kb").get("articles_used").asLong()).as(at).isEqualTo(articles);
        long gapsIn = gaps.stream().map(g -> g.atZone(CITY).toLocalDate())
                .filter(d -> !d.isBefore(from) && !d.isAfter(to)).count();
        assertThat(r.get("kb").get("gaps").asLong()).as(at + " gaps").isEqualTo(gapsIn);
    }

    private static void rate(JsonNode r, String field, long part, long whole, String at) {
        if (whole == 0) {
            assertThat(r.get(field).isNull()).as(at + " " + field).isTrue();
        } else {
            assertThat(r.get(field).asDouble()).as(at + " " + field).isCloseTo((double) part / whole, within(1e-12));
        }
    }

    private static Map<String, Long> counts(JsonNode node) {
        Map<String, Long> out = new TreeMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asLong()));
        return out;
    }

    private static Map<String, Long> tally(List<GeneratedRequests.Gen> rows,
                                           Function<GeneratedRequests.Gen, String> key) {
        Map<String, Long> out = new TreeMap<>();
        rows.forEach(g -> out.merge(key.apply(g), 1L, Long::sum));
        return out;
    }

    /** Edge times: local midnight of every period edge, a second and a minute either side, 23:30 local. */
    static List<Instant> edges() {
        List<Instant> out = new ArrayList<>();
        for (LocalDate[] p : PERIODS) {
            for (LocalDate d : List.of(p[0], p[1].plusDays(1))) {
                Instant midnight = d.atStartOfDay(CITY).toInstant();
                out.add(midnight);
                out.add(midnight.minusSeconds(1));
                out.add(midnight.plusSeconds(1));
                out.add(midnight.minusSeconds(60));
                out.add(d.minusDays(1).atTime(23, 30).atZone(CITY).toInstant());
                out.add(d.atTime(0, 30).atZone(CITY).toInstant());
                // the same wall-clock time read as UTC: what a report that ignored the time zone would cut at
                out.add(LocalDateTime.of(d, java.time.LocalTime.MIDNIGHT).toInstant(ZoneOffset.UTC));
                out.add(LocalDateTime.of(d, java.time.LocalTime.MIDNIGHT).toInstant(ZoneOffset.UTC).minusSeconds(1));
            }
        }
        // both DST changes of 2021: 2:00 local on 14 March and 7 November
        out.add(LocalDateTime.of(2021, 3, 14, 1, 59, 59).atZone(CITY).toInstant());
        out.add(LocalDateTime.of(2021, 3, 14, 3, 0, 0).atZone(CITY).toInstant());
        out.add(LocalDateTime.of(2021, 11, 7, 1, 30).atZone(CITY).withEarlierOffsetAtOverlap().toInstant());
        out.add(LocalDateTime.of(2021, 11, 7, 1, 30).atZone(CITY).withLaterOffsetAtOverlap().toInstant());
        return out;
    }

    static List<GeneratedRequests.Gen> generate(Random random, Map<String, String[]> types) {
        List<String> codes = new ArrayList<>(types.keySet());
        List<Instant> edges = edges();
        Instant start = LocalDate.of(2021, 2, 15).atStartOfDay(CITY).toInstant();
        long span = Duration.between(start, LocalDate.of(2021, 12, 5).atStartOfDay(CITY).toInstant()).toSeconds();
        List<GeneratedRequests.Gen> out = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            Instant created = i < edges.size() * 3 ? edges.get(i % edges.size()).plusSeconds(i / edges.size())
                    : start.plusSeconds((long) (random.nextDouble() * span));
            String type = codes.get(random.nextInt(codes.size()));
            String status = GeneratedRequests.STATUSES.get(random.nextInt(GeneratedRequests.STATUSES.size()));
            String nature = GeneratedRequests.NATURES.get(random.nextInt(GeneratedRequests.NATURES.size()));
            boolean done = status.equals("RESOLVED") || status.equals("CLOSED");
            Instant due = switch (random.nextInt(5)) {
                case 0 -> null;
                case 1 -> LocalDate.of(2099, 1, 1).atStartOfDay(CITY).toInstant();
                default -> created.plusSeconds(3600L * (1 + random.nextInt(120)));
            };
            Instant closed = null;
            if (done || (status.equals("CANCELLED") || status.equals("DUPLICATE")) && random.nextBoolean()) {
                closed = switch (random.nextInt(6)) {
                    case 0 -> created.plusSeconds(15 * 60);
                    case 1 -> created.plusSeconds(15 * 60 + 1);
                    case 2 -> due == null ? created.plusSeconds(60) : due;
                    case 3 -> created.plusSeconds(random.nextInt(14 * 60));
                    default -> created.plusSeconds(60L + random.nextInt(400 * 3600));
                };
            }
            int reopened = random.nextInt(6) == 0 ? 1 + random.nextInt(2) : 0;
            String borough = random.nextInt(8) == 0 ? null
                    : GeneratedRequests.BOROUGHS.get(random.nextInt(GeneratedRequests.BOROUGHS.size()));
            String department = random.nextInt(4) == 0 ? "SEI" : types.get(type)[1];
            String kb = random.nextInt(5) == 0 ? "kb-test-" + random.nextInt(4) : null;
            out.add(new GeneratedRequests.Gen(UUID.randomUUID(), type, types.get(type)[0], nature,
                    GeneratedRequests.CHANNELS.get(random.nextInt(GeneratedRequests.CHANNELS.size())), department,
                    borough, status, created, closed, due, reopened, kb, null, null));
        }
        return out;
    }

    /** Knowledge gaps at edge times and in between, written straight into the store's table. */
    static List<Instant> gaps(RelaisServer server, Random random) throws Exception {
        List<Instant> out = new ArrayList<>(edges());
        for (int i = 0; i < 60; i++) {
            out.add(LocalDate.of(2021, 3, 1).atStartOfDay(CITY).toInstant().plusSeconds(random.nextInt(40 * 86400)));
        }
        try (Connection c = server.database().connection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO kb_gaps (id, jurisdiction_id, query_text, query_key, language, result_count, reason, "
                        + "author, at) VALUES (?, ?, ?, ?, 'fr', 0, 'NO_RESULT', 'agent8000', ?)")) {
            for (Instant at : out) {
                ps.setObject(1, UUID.randomUUID());
                ps.setString(2, DemoSeed.CITY);
                ps.setString(3, "eau brune " + random.nextInt(3));
                ps.setString(4, "eau brune " + random.nextInt(3));
                ps.setObject(5, at.atOffset(ZoneOffset.UTC));
                ps.executeUpdate();
            }
        }
        return out;
    }
}
