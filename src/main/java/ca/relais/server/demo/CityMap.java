package ca.relais.server.demo;

import ca.relais.domain.PostalCodes;
import ca.relais.domain.TextFolding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The demo city's civic addresses, laid out along the streets of each borough in {@code streets.json}. */
final class CityMap {
    private static final Map<String, Double> SHARES =
            Map.of("BROMPTON", 0.31, "FLEURIMONT", 0.26, "LENNOXVILLE", 0.05, "NATIONS", 0.38);
    private static final String LDU_LETTERS = "ABCEGHJKLMNPRSTVWXYZ";
    private static final double KM_LAT = 1 / 111.0;
    private static final double KM_LON = 1 / 78.0;

    /** One civic address; {@code streetKey} tells which addresses share a street. */
    record Address(String id, String civic, String street, int streetKey, String unit, String postalCode,
                   String borough, double lat, double lon, String label, String searchText) {
    }

    private record Street(int key, String name, String prefix, double weight, int lo, int hi, double lat0,
                          double lon0, double lat1, double lon1) {
    }

    private final List<Address> addresses;
    private final Map<String, int[]> ranges;
    private final List<Address> hotspots;

    private CityMap(List<Address> addresses, Map<String, int[]> ranges, List<Address> hotspots) {
        this.addresses = addresses;
        this.ranges = ranges;
        this.hotspots = hotspots;
    }

    static CityMap lay(List<DemoData.Borough> boroughs, int count, Dice dice) {
        List<Address> all = new ArrayList<>(count);
        Map<String, int[]> ranges = new HashMap<>();
        int streetKey = 0;
        double totalShare = boroughs.stream().mapToDouble(b -> SHARES.getOrDefault(b.code(), 0.25)).sum();
        for (int i = 0; i < boroughs.size(); i++) {
            DemoData.Borough b = boroughs.get(i);
            int n = i == boroughs.size() - 1 ? count - all.size()
                    : (int) Math.round(count * SHARES.getOrDefault(b.code(), 0.25) / totalShare);
            List<Street> streets = new ArrayList<>();
            for (String name : b.streets()) {
                streets.add(street(streetKey++, name, b, dice));
            }
            int start = all.size();
            all.addAll(addresses(b, streets, n, dice));
            ranges.put(b.code(), new int[] {start, all.size()});
        }
        List<Address> numbered = new ArrayList<>(all.size());
        for (Address a : all) {
            numbered.add(new Address("ADR-%06d".formatted(numbered.size() + 1), a.civic(), a.street(),
                    a.streetKey(), a.unit(), a.postalCode(), a.borough(), a.lat(), a.lon(), a.label(),
                    a.searchText()));
        }
        List<Address> hotspots = new ArrayList<>();
        for (int i = 0; i < Math.max(3, numbered.size() / 400); i++) {
            hotspots.add(dice.pick(numbered));
        }
        return new CityMap(List.copyOf(numbered), ranges, List.copyOf(hotspots));
    }

    List<Address> addresses() {
        return addresses;
    }

    Address any(Dice dice) {
        return dice.pick(addresses);
    }

    Address in(String borough, Dice dice) {
        int[] range = ranges.get(borough);
        return range == null || range[0] == range[1] ? any(dice) : addresses.get(dice.between(range[0], range[1] - 1));
    }

    /** One of the few addresses where problems keep coming back. */
    Address hotspot(Dice dice) {
        return dice.pick(hotspots);
    }

    private static Street street(int key, String name, DemoData.Borough b, Dice dice) {
        DemoData.Bbox box = b.bbox();
        boolean major = name.startsWith("boulevard") || name.startsWith("chemin") || name.contains("King");
        double weight = Math.exp(dice.uniform(-1.0, 1.2)) * (major ? 2.5 : 1.0);
        double lat0 = dice.uniform(box.minLat(), box.maxLat());
        double lon0 = dice.uniform(box.minLong(), box.maxLong());
        double angle = dice.uniform(0, Math.PI);
        double km = major ? dice.uniform(2.0, 5.0) : dice.uniform(0.4, 2.0);
        double lat1 = clamp(lat0 + Math.sin(angle) * km * KM_LAT, box.minLat(), box.maxLat());
        double lon1 = clamp(lon0 + Math.cos(angle) * km * KM_LON, box.minLong(), box.maxLong());
        int lo = major ? dice.pick(List.of(1, 100, 500, 1000)) : dice.pick(List.of(1, 1, 10, 100, 200, 400));
        int span = (int) (major ? dice.uniform(1500, 4500) : dice.uniform(60, 900));
        String prefix = dice.pick(b.postalPrefixes());
        return new Street(key, name, prefix, weight, lo, lo + span, lat0, lon0, lat1, lon1);
    }

    private static List<Address> addresses(DemoData.Borough b, List<Street> streets, int n, Dice dice) {
        double[] weights = streets.stream().mapToDouble(Street::weight).toArray();
        Set<String> seen = new HashSet<>();
        Map<String, String> ldus = new HashMap<>();
        List<Address> out = new ArrayList<>(n);
        while (out.size() < n) {
            Street s = streets.get(dice.weighted(weights));
            int civic = dice.between(s.lo(), s.hi());
            String unit = null;
            if (dice.chance(0.14)) {
                int door = dice.chance(0.7) ? dice.between(1, 8) : dice.between(1, 3) * 100 + dice.between(1, 12);
                unit = "app. " + door;
            }
            if (!seen.add(s.key() + "|" + civic + "|" + unit)) {
                continue;
            }
            String postal = b.postalPrefixes().contains(s.prefix()) && dice.chance(0.9) ? s.prefix()
                    : dice.pick(b.postalPrefixes());
            String block = s.key() + "|" + postal + "|" + civic / 100 + "|" + civic % 2;
            String ldu = ldus.computeIfAbsent(block, k -> ldu(dice));
            String postalCode = PostalCodes.normalize(postal + ldu)
                    .orElseThrow(() -> new IllegalStateException("Bad demo postal code " + postal + ldu));
            double t = (civic - s.lo()) / (double) Math.max(1, s.hi() - s.lo());
            double side = (civic % 2 == 0 ? 1 : -1) * 0.00012;
            double lat = clamp(s.lat0() + t * (s.lat1() - s.lat0()) + side + dice.uniform(-3e-5, 3e-5),
                    b.bbox().minLat(), b.bbox().maxLat());
            double lon = clamp(s.lon0() + t * (s.lon1() - s.lon0()) - side + dice.uniform(-3e-5, 3e-5),
                    b.bbox().minLong(), b.bbox().maxLong());
            String civicText = Integer.toString(civic);
            String label = civicText + " " + s.name() + (unit == null ? "" : ", " + unit);
            String search = TextFolding.fold(civicText + " " + s.name() + (unit == null ? "" : " " + unit) + " "
                    + postalCode + " " + b.name());
            out.add(new Address(null, civicText, s.name(), s.key(), unit, postalCode, b.code(), lat, lon, label,
                    search));
        }
        out.sort(Comparator.comparingInt(Address::streetKey).thenComparingInt(a -> Integer.parseInt(a.civic()))
                .thenComparing(a -> a.unit() == null ? "" : a.unit()));
        return out;
    }

    private static String ldu(Dice dice) {
        return "" + dice.between(0, 9) + LDU_LETTERS.charAt(dice.between(0, LDU_LETTERS.length() - 1))
                + dice.between(0, 9);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
