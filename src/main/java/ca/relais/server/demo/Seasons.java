package ca.relais.server.demo;

import ca.relais.api.CatalogueDto.ServiceDto;
import ca.relais.domain.CityCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** On which day requests of each type arrive: seasons, storms and other episodes, weekdays and holidays. */
final class Seasons {
    private static final List<Episode> EPISODES = List.of(
            new Episode(List.of(11, 12, 1, 2, 3), 2.2, 2.5, 6, 3,
                    Map.of("DENEIGEMENT", 1.0, "DEN-DOMMAGES", 0.2, "INF-MESURES-URGENCE", 0.3)),
            new Episode(List.of(12, 1, 2, 3), 0.6, 4, 9, 2,
                    Map.of("DEN-GLACE", 1.0, "PAR-ARBRE-TOMBE", 0.6, "ECL-FEU-PANNE", 0.5, "INF-MESURES-URGENCE", 0.8)),
            new Episode(List.of(12, 1, 2), 0.7, 2, 4, 4, Map.of("EAU-BRIS-AQUEDUC", 1.0, "EAU-PRESSION", 0.4)),
            new Episode(List.of(6, 7, 8), 1.5, 3, 7, 2, Map.of("PAR-ARBRE-TOMBE", 1.0, "EAU-REFOULEMENT", 1.0,
                    "ECL-FEU-PANNE", 0.6, "EAU-PUISARD", 0.5, "INF-MESURES-URGENCE", 0.5)),
            new Episode(List.of(4), 0.6, 2, 5, 5, Map.of("EAU-FOSSE", 1.0, "EAU-REFOULEMENT", 0.6,
                    "INF-MESURES-URGENCE", 1.0)),
            new Episode(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), 0.08, 15, 30, 3,
                    Map.of("EAU-AVIS-EBULLITION", 1.0, "EAU-QUALITE", 0.2)));

    /**
     * Something that happens a few times a season (a snowstorm, freezing rain, a cold snap, a thunderstorm, the
     * spring flood, a boil-water advisory) and multiplies some types for a few days, fading by half each day.
     */
    private record Episode(List<Integer> months, double perMonth, double minStrength, double maxStrength, int days,
                           Map<String, Double> affects) {
    }

    /** One drawn arrival: the local day and the type. */
    record Draw(LocalDate day, ServiceDto type) {
    }

    private final LocalDate first;
    private final List<ServiceDto> types;
    private final double[] cumulative;

    Seasons(List<ServiceDto> types, DemoData.Demand demand, LocalDate first, LocalDate last, Dice dice) {
        this.first = first;
        this.types = types;
        int dayCount = (int) ChronoUnit.DAYS.between(first, last) + 1;
        double[][] boost = episodes(dayCount, dice);
        cumulative = new double[dayCount * types.size()];
        double total = 0;
        for (int d = 0; d < dayCount; d++) {
            LocalDate day = first.plusDays(d);
            for (int t = 0; t < types.size(); t++) {
                ServiceDto type = types.get(t);
                total += base(demand, type) * season(demand, type, day) * weekday(type, day) * boost[d][t];
                cumulative[d * types.size() + t] = total;
            }
        }
    }

    Draw draw(Dice dice) {
        double x = dice.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        i = i >= 0 ? i + 1 : -i - 1;
        i = Math.min(i, cumulative.length - 1);
        return new Draw(first.plusDays(i / types.size()), types.get(i % types.size()));
    }

    /** Types that cannot wait for office hours: counted around the clock or taken first on the 5858 line. */
    static boolean urgent(ServiceDto type) {
        return "CONTINUOUS".equals(type.slaCalendar())
                || (!type.lines().isEmpty() && type.lines().get(0).equals("5858"));
    }

    private double[][] episodes(int dayCount, Dice dice) {
        double[][] boost = new double[dayCount][types.size()];
        for (double[] row : boost) {
            Arrays.fill(row, 1.0);
        }
        for (Episode e : EPISODES) {
            for (LocalDate month = first.withDayOfMonth(1); month.isBefore(first.plusDays(dayCount));
                 month = month.plusMonths(1)) {
                if (!e.months().contains(month.getMonthValue())) {
                    continue;
                }
                int n = (int) e.perMonth() + (dice.chance(e.perMonth() % 1) ? 1 : 0);
                for (int k = 0; k < n; k++) {
                    int start = (int) ChronoUnit.DAYS.between(first, month.plusDays(dice.between(0,
                            month.lengthOfMonth() - 1)));
                    double strength = dice.uniform(e.minStrength(), e.maxStrength());
                    for (int day = 0; day < e.days(); day++) {
                        int d = start + day;
                        if (d < 0 || d >= dayCount) {
                            continue;
                        }
                        for (int t = 0; t < types.size(); t++) {
                            double affect = affect(e, types.get(t));
                            boost[d][t] += strength * affect * Math.pow(0.5, day);
                        }
                    }
                }
            }
        }
        return boost;
    }

    private static double affect(Episode e, ServiceDto type) {
        Double byType = e.affects().get(type.serviceCode());
        return byType != null ? byType : e.affects().getOrDefault(type.group(), 0.0);
    }

    private static double base(DemoData.Demand demand, ServiceDto type) {
        return demand.base().getOrDefault(type.serviceCode(), demand.base().getOrDefault("*", 1.0));
    }

    private static double season(DemoData.Demand demand, ServiceDto type, LocalDate day) {
        List<Double> profile = demand.seasons().get(type.serviceCode());
        if (profile == null) {
            profile = demand.seasons().get(type.group());
        }
        return profile == null ? 1.0 : profile.get(day.getMonthValue() - 1);
    }

    private static double weekday(ServiceDto type, LocalDate day) {
        if (!CityCalendar.isWorkingDay(day)) {
            return urgent(type) ? 0.7 : 0.18;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.MONDAY ? 1.15 : dow == DayOfWeek.FRIDAY ? 0.9 : 1.0;
    }
}
