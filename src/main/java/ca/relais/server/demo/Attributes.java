package ca.relais.server.demo;

import ca.relais.api.CatalogueDto.AttributeDto;
import ca.relais.api.CatalogueDto.ServiceDto;
import ca.relais.api.CatalogueDto.ValueDto;
import ca.relais.domain.AttributeDatatype;
import ca.relais.domain.CityCalendar;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Answers to a type's Open311 attributes, as a citizen would give them on the day of the request. */
final class Attributes {
    private static final Set<String> PAST = Set.of("SEEN_AT", "DAMAGE_AT", "STARTED_AT", "OBSERVED_AT",
            "INCIDENT_AT", "SERVICE_AT", "DEED_DATE");
    private static final String PLATE_LETTERS = "ABCEGHJKLMNPRSTVWXYZ";

    private final DemoData.Phrases phrases;
    private final CityMap map;

    Attributes(DemoData.Phrases phrases, CityMap map) {
        this.phrases = phrases;
        this.map = map;
    }

    /** Every required attribute, and each optional one with probability {@code optionalShare}. */
    Map<String, Object> answer(ServiceDto type, Instant created, CityMap.Address address, String earlierNumber,
                               double optionalShare, Dice dice) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (AttributeDto a : type.attributes()) {
            if (!a.required() && !dice.chance(optionalShare)) {
                continue;
            }
            Object value = switch (AttributeDatatype.fromWire(a.datatype())) {
                case SINGLEVALUELIST -> single(a, address, dice);
                case MULTIVALUELIST -> multi(a, dice);
                case NUMBER -> number(a.code(), dice);
                case DATETIME -> moment(type, a.code(), created, out, dice);
                case STRING, TEXT -> text(type, a.code(), address, earlierNumber, dice);
            };
            if (value != null) {
                out.put(a.code(), value);
            }
        }
        return out;
    }

    private static String single(AttributeDto a, CityMap.Address address, Dice dice) {
        List<ValueDto> values = a.values();
        if (a.code().equals("COLLECTION_DAY") && address != null) {
            return values.get(address.streetKey() % values.size()).key();
        }
        return values.get(dice.skewed(values.size())).key();
    }

    private static List<String> multi(AttributeDto a, Dice dice) {
        List<ValueDto> values = a.values();
        int n = Math.min(values.size(), 1 + dice.weighted(70, 22, 8));
        boolean[] chosen = new boolean[values.size()];
        for (int picked = 0; picked < n; ) {
            int i = dice.skewed(values.size());
            if (!chosen[i]) {
                chosen[i] = true;
                picked++;
            }
        }
        List<String> keys = new ArrayList<>(n);
        for (int i = 0; i < values.size(); i++) {
            if (chosen[i]) {
                keys.add(values.get(i).key());
            }
        }
        return keys;
    }

    private int number(String code, Dice dice) {
        List<Integer> range = phrases.numbers().getOrDefault(code, List.of(1, 10));
        int value = dice.between(range.get(0), range.get(1));
        return switch (code) {
            case "ESTIMATED_COST" -> value / 500 * 500;
            case "ATTENDANCE" -> Math.max(50, value / 50 * 50);
            case "AMOUNT" -> value / 10 * 10;
            default -> value;
        };
    }

    private static String moment(ServiceDto type, String code, Instant created, Map<String, Object> earlier,
                                 Dice dice) {
        ZonedDateTime at = created.atZone(CityCalendar.ZONE);
        if (code.equals("EVENT_END") && earlier.get("EVENT_START") instanceof String start) {
            at = OffsetDateTime.parse(start).atZoneSameInstant(CityCalendar.ZONE).plusHours(dice.between(3, 10));
            return at.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        if (PAST.contains(code)) {
            at = switch (code) {
                case "STARTED_AT" -> type.serviceCode().equals("NUI-BRUIT-VOISINAGE")
                        ? at.minusMinutes(dice.between(15, 120)) : at.minusMinutes(dice.between(10, 2 * 24 * 60));
                case "INCIDENT_AT" -> at.minusMinutes(dice.between(60, 3 * 24 * 60));
                case "DAMAGE_AT" -> at.minusDays(dice.between(1, 20)).with(LocalTime.of(dice.between(0, 23), 0));
                case "SERVICE_AT" -> at.minusDays(dice.between(1, 30)).with(LocalTime.of(dice.between(9, 16), 0));
                case "DEED_DATE" -> at.minusDays(dice.between(10, 90)).with(LocalTime.of(10, 0));
                default -> at.minusMinutes(dice.between(10, 2 * 24 * 60));
            };
        } else {
            at = switch (code) {
                case "REQUESTED_AT" -> at.plusDays(dice.between(2, 10))
                        .with(LocalTime.of(dice.pick(List.of(9, 13)), 0));
                case "DESIRED_AT" -> at.plusDays(dice.between(7, 60)).with(LocalTime.of(dice.between(17, 20), 0));
                case "EVENT_AT" -> at.plusDays(dice.between(14, 60)).with(LocalTime.of(dice.pick(List.of(13, 17)), 0));
                case "EVENT_START" -> at.plusDays(dice.between(21, 90)).with(LocalTime.of(10, 0));
                case "EFFECTIVE_AT" -> at.plusDays(dice.between(0, 30)).with(LocalTime.MIDNIGHT);
                default -> at.plusDays(dice.between(7, 60)).with(LocalTime.of(8, 0));
            };
        }
        return at.truncatedTo(ChronoUnit.MINUTES).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private String text(ServiceDto type, String code, CityMap.Address address, String earlierNumber, Dice dice) {
        switch (code) {
            case "PLATE":
                return "" + letter(dice) + dice.between(10, 99) + " " + letter(dice) + letter(dice) + letter(dice);
            case "ROLL_NUMBER":
                return "%04d-%02d-%04d".formatted(dice.between(1000, 9999), dice.between(10, 99),
                        dice.between(0, 9999));
            case "POLE_NUMBER":
                return "HS-%05d".formatted(dice.between(100, 99999));
            case "SERIAL":
                return "SHB%07d".formatted(dice.between(1, 9_999_999));
            case "RELATED_REQUEST":
                return earlierNumber;
            case "NEW_ADDRESS":
                CityMap.Address to = map.any(dice);
                return to.label() + ", Sherbrooke (Québec) " + to.postalCode();
            default:
                List<String> choices = phrases.strings().get(type.serviceCode() + "." + code);
                if (choices == null) {
                    choices = phrases.strings().getOrDefault(code, List.of("Précision fournie par le citoyen."));
                }
                return dice.pick(choices);
        }
    }

    private static char letter(Dice dice) {
        return PLATE_LETTERS.charAt(dice.between(0, PLATE_LETTERS.length() - 1));
    }
}
