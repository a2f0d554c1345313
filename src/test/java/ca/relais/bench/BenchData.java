package ca.relais.bench;

import ca.relais.api.AddressDto;
import ca.relais.api.CallerDto;
import ca.relais.api.Json;
import ca.relais.domain.TextFolding;
import ca.relais.server.demo.DemoSeed;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A realistic city for benchmarks, generated from the demo people and street lists: civic addresses inside each
 * borough's box, callers with French names, Sherbrooke phone numbers and an address, always the same for a seed.
 */
final class BenchData {
    private static final int[] EXCHANGES = {346, 348, 560, 562, 563, 564, 565, 566, 569, 820, 821, 822, 823, 829};
    private final Random random;
    private final List<String> first = new ArrayList<>();
    private final List<String> last = new ArrayList<>();
    private final JsonNode boroughs;

    BenchData(long seed) {
        random = new Random(seed);
        JsonNode people = read("people.json");
        people.get("first_names").forEach(n -> first.add(n.asText()));
        people.get("last_names").forEach(n -> last.add(n.asText()));
        boroughs = read("streets.json").get("boroughs");
    }

    List<AddressDto> addresses(int count) {
        List<AddressDto> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            JsonNode b = boroughs.get(i % boroughs.size());
            JsonNode box = b.get("bbox");
            String street = b.get("streets").get(random.nextInt(b.get("streets").size())).asText();
            String civic = Integer.toString(1 + random.nextInt(4000));
            JsonNode prefixes = b.get("postal_prefixes");
            String postal = prefixes.get(random.nextInt(prefixes.size())).asText() + " " + random.nextInt(10)
                    + (char) ('A' + random.nextInt(26)) + random.nextInt(10);
            double lat = box.get("min_lat").asDouble() + random.nextDouble()
                    * (box.get("max_lat").asDouble() - box.get("min_lat").asDouble());
            double lon = box.get("min_long").asDouble() + random.nextDouble()
                    * (box.get("max_long").asDouble() - box.get("min_long").asDouble());
            out.add(new AddressDto("B-" + i, civic, street, null, postal, b.get("code").asText(), lat, lon,
                    civic + ", " + street));
        }
        return out;
    }

    List<CallerDto> callers(int count, List<AddressDto> addresses) {
        List<CallerDto> out = new ArrayList<>(count);
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            String f = first.get(random.nextInt(first.size()));
            String l = last.get(random.nextInt(last.size()));
            List<String> phones = new ArrayList<>();
            phones.add(phone());
            if (random.nextInt(5) == 0) {
                phones.add(phone());
            }
            List<String> emails = random.nextInt(3) == 0 ? List.of(TextFolding.fold(f + "." + l)
                    .replaceAll("[^a-z.]", "") + i + "@exemple.ca") : List.of();
            String address = addresses.isEmpty() || random.nextInt(10) == 0 ? null
                    : addresses.get(random.nextInt(addresses.size())).id();
            out.add(new CallerDto(UUID.randomUUID(), f, l, phones, emails, address, null,
                    random.nextInt(6) == 0 ? "en" : "fr", true, 1, now, now));
        }
        return out;
    }

    String phone() {
        return "+1819" + EXCHANGES[random.nextInt(EXCHANGES.length)] + String.format("%04d", random.nextInt(10_000));
    }

    Random random() {
        return random;
    }

    private static JsonNode read(String name) {
        try (InputStream in = DemoSeed.class.getResourceAsStream(name)) {
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
