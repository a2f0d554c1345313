package ca.relais.server.demo;

import ca.relais.domain.PhoneNumbers;
import ca.relais.domain.TextFolding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The demo city's callers; a few of them call again and again. */
final class CallerBook {
    private static final List<String> AREA_CODES = List.of("819", "873", "450", "514", "438", "581");
    private static final double[] AREA_WEIGHTS = {74, 16, 4, 3, 2, 1};
    private static final List<String> DOMAINS =
            List.of("videotron.ca", "gmail.com", "hotmail.com", "usherbrooke.ca", "outlook.com", "cgocable.ca",
                    "bell.net");
    private static final double[] DOMAIN_WEIGHTS = {30, 30, 18, 8, 6, 5, 3};
    private static final double FREQUENT_SHARE = 0.03;
    private static final double FREQUENT_PICKS = 0.2;

    /** A caller as the seed stores it; phones are E.164. */
    record Caller(UUID id, String firstName, String lastName, List<String> phones, List<String> emails,
                  CityMap.Address address, String language, boolean consent) {

        /** {@code |8195551234|8735550000|}: every national number between bars, for digit searches. */
        String searchPhones() {
            return phones.stream().map(p -> p.substring(2)).collect(Collectors.joining("|", "|", "|"));
        }

        String searchText() {
            return TextFolding.fold(firstName + " " + lastName + " " + String.join(" ", emails));
        }
    }

    private final List<Caller> callers;
    private final int frequent;

    private CallerBook(List<Caller> callers) {
        this.callers = callers;
        this.frequent = Math.max(1, (int) (callers.size() * FREQUENT_SHARE));
    }

    static CallerBook create(int count, CityMap map, DemoData.People people, DemoData.Phrases phrases, Dice dice) {
        Set<String> usedPhones = new HashSet<>();
        List<String> enFirst = people.firstNames().stream().filter(phrases.englishFirstNames()::contains).toList();
        List<String> enLast = people.lastNames().stream().filter(phrases.englishLastNames()::contains).toList();
        List<Caller> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            CityMap.Address home = dice.chance(0.9) ? map.any(dice) : null;
            double enShare = home == null ? 0.11 : "LENNOXVILLE".equals(home.borough()) ? 0.5 : 0.1;
            String language = dice.chance(enShare) ? "en" : "fr";
            boolean en = language.equals("en");
            String first = en && !enFirst.isEmpty() && dice.chance(0.65) ? dice.pick(enFirst)
                    : dice.pick(people.firstNames());
            String last = en && !enLast.isEmpty() && dice.chance(0.6) ? dice.pick(enLast)
                    : dice.pick(people.lastNames());
            int phoneCount = 1 + dice.weighted(65, 28, 7);
            List<String> phones = new ArrayList<>(phoneCount);
            while (phones.size() < phoneCount) {
                String phone = phone(dice);
                if (usedPhones.add(phone)) {
                    phones.add(phone);
                }
            }
            List<String> emails = new ArrayList<>();
            if (dice.chance(0.6)) {
                emails.add(email(first, last, home, en, dice));
                if (dice.chance(0.08)) {
                    String second = email(first, last, home, en, dice);
                    if (!emails.contains(second)) {
                        emails.add(second);
                    }
                }
            }
            out.add(new Caller(dice.uuid(), first, last, List.copyOf(phones), List.copyOf(emails), home, language,
                    dice.chance(0.85)));
        }
        return new CallerBook(List.copyOf(out));
    }

    List<Caller> all() {
        return callers;
    }

    /** Someone calling in: a frequent caller one time in five. */
    Caller pick(Dice dice) {
        return dice.chance(FREQUENT_PICKS) ? callers.get(dice.between(0, frequent - 1)) : dice.pick(callers);
    }

    private static String phone(Dice dice) {
        String raw = AREA_CODES.get(dice.weighted(AREA_WEIGHTS)) + " 555-" + "%04d".formatted(dice.between(0, 9999));
        return PhoneNumbers.toE164(raw).orElseThrow(() -> new IllegalStateException("Bad demo phone " + raw));
    }

    private static String email(String first, String last, CityMap.Address home, boolean en, Dice dice) {
        String f = local(first);
        String l = local(last);
        String user = switch (dice.weighted(50, 15, 15, 10, 10)) {
            case 0 -> f + "." + l;
            case 1 -> f + l;
            case 2 -> f.charAt(0) + "." + l;
            case 3 -> f + "." + l + dice.between(10, 99);
            default -> l + "." + f;
        };
        boolean lennoxville = home != null && "LENNOXVILLE".equals(home.borough());
        String domain = en && lennoxville && dice.chance(0.3) ? "ubishops.ca"
                : DOMAINS.get(dice.weighted(DOMAIN_WEIGHTS));
        return user + "@" + domain;
    }

    private static String local(String name) {
        return TextFolding.fold(name).replaceAll("[^a-z0-9-]", "");
    }
}
