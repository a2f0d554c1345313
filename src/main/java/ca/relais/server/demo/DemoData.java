package ca.relais.server.demo;

import ca.relais.api.CatalogueDto.ServiceDto;
import ca.relais.api.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The texts the demo city is made of: boroughs and streets, names, request phrasing and seasonal demand. */
final class DemoData {
    private DemoData() {
    }

    /** A borough's box on the map. */
    record Bbox(double minLat, double maxLat, double minLong, double maxLong) {
    }

    /** A borough of {@code streets.json}. */
    record Borough(String code, String name, List<String> postalPrefixes, Bbox bbox, List<String> streets) {
    }

    /** The layout of {@code streets.json}. */
    record Streets(List<Borough> boroughs) {
    }

    /** The layout of {@code people.json}. */
    record People(List<String> firstNames, List<String> lastNames) {
    }

    /** Relative volume of each type and its month-by-month profile, by type code or group code. */
    record Demand(Map<String, Double> base, Map<String, List<Double>> seasons) {
    }

    /** How requests are worded, keyed by type code, then group code, then {@code *}. */
    record Phrases(Map<String, List<String>> descriptions, Map<String, List<String>> descriptionsEn,
                   Map<String, List<String>> questions, Map<String, List<String>> questionsEn,
                   Map<String, List<String>> answers, Map<String, List<String>> resolutions,
                   Map<String, List<String>> publicNotes, List<String> internalNotes, List<String> waiting,
                   List<String> cancelled, List<String> reopened, List<String> merged, List<String> linked,
                   List<String> handoffs, List<String> bestTimes, List<String> since,
                   Map<String, List<String>> strings, Map<String, List<Integer>> numbers,
                   List<String> englishFirstNames, List<String> englishLastNames) {

        /** The entry for a type, else for its group, else the default. */
        static List<String> of(Map<String, List<String>> table, ServiceDto type) {
            List<String> found = table.get(type.serviceCode());
            if (found == null) {
                found = table.get(type.group());
            }
            return found != null ? found : table.getOrDefault("*", List.of(""));
        }
    }

    static List<Borough> boroughs() {
        return read("streets.json", Streets.class).boroughs();
    }

    static People people() {
        return read("people.json", People.class);
    }

    static Phrases phrases() {
        return read("phrases.json", Phrases.class);
    }

    static Demand demand() {
        return read("demand.json", Demand.class);
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + resource);
            }
            return Json.mapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
