package ca.relais.server.demo;

import ca.relais.api.CatalogueDto.ServiceDto;
import ca.relais.domain.CityCalendar;
import ca.relais.domain.EventKind;
import ca.relais.domain.RequestStatus;
import ca.relais.domain.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** How a request is worked: assigned, started, sometimes put on hold, closed on time or late, now and then reopened. */
final class Lifecycle {
    private static final double ON_TIME = 0.87;

    /** What the history of one request depends on. */
    /** {@code handedOff}: the request reached {@code department} by a handoff, which its dispatcher accepts. */
    record Work(Instant created, ServiceDto type, String department, UUID linkedCaller, UUID parentId,
                String parentNumber, boolean handedOff) {
    }

    private final DemoData.Phrases phrases;

    Lifecycle(DemoData.Phrases phrases) {
        this.phrases = phrases;
    }

    /** Plans the rest of the history after creation and any hand-off at {@code start}. */
    void plan(History h, Work w, Instant start, Dice dice) {
        ServiceDto type = w.type();
        String dispatcher = dispatcher(w.department());
        if (w.parentId() != null) {
            merge(h, w, advance(start, type, minutes(dice, 10, 240)), dispatcher, dice);
            return;
        }
        Duration budget = budget(type);
        if (dice.chance(0.02)) {
            Instant at = advance(start, type, scale(budget, dice.uniform(0.02, 0.5)));
            h.status(at, dice.chance(0.5) ? "agent8000" : dispatcher, RequestStatus.NEW, RequestStatus.CANCELLED,
                    dice.pick(phrases.cancelled()), null);
            return;
        }
        boolean late = !dice.chance(ON_TIME);
        Instant due = advance(w.created(), type, budget);
        Instant close = late ? advance(due, type, scale(budget, dice.uniform(0.05, 0.9)))
                : advance(w.created(), type, scale(budget, dice.uniform(0.1, 0.95)));
        if (close.isBefore(start.plus(Duration.ofMinutes(5)))) {
            close = start.plus(minutes(dice, 5, 60));
        }
        boolean stuck = type.priority() >= 3 && dice.chance(0.015);
        String team = team(w.department(), type, dice);
        Instant assigned = between(start, close, dice.uniform(0.03, 0.2), type, dice);
        if (w.handedOff()) {
            // The receiving department acknowledges the handoff when it takes the request in hand, as an inbox's
            // Accept does; a request left without one shows on the supervisors' dashboard as not accepted.
            h.add(assigned, dispatcher, EventKind.ACCEPTED, Visibility.INTERNAL, null,
                    Map.of("department", w.department()));
        }
        if (stuck && dice.chance(0.3)) {
            return;
        }
        h.add(assigned, dispatcher, EventKind.ASSIGNED, Visibility.INTERNAL, null, Map.of("assignee", team));
        h.status(assigned, dispatcher, RequestStatus.NEW, RequestStatus.ASSIGNED, null, null);
        if (w.linkedCaller() != null) {
            h.add(between(start, close, dice.uniform(0.05, 0.7), type, dice), "agent8000", EventKind.CALLER_LINKED,
                    Visibility.INTERNAL, dice.pick(phrases.linked()), Map.of("caller_id", w.linkedCaller().toString()));
        }
        if (stuck) {
            h.status(between(assigned, close, 0.5, type, dice), team, RequestStatus.ASSIGNED, RequestStatus.WAITING,
                    dice.pick(phrases.waiting()), null);
            return;
        }
        RequestStatus working = RequestStatus.ASSIGNED;
        Instant started = assigned;
        if (dice.chance(0.65)) {
            started = between(assigned, close, dice.uniform(0.1, 0.6), type, dice);
            h.status(started, team, RequestStatus.ASSIGNED, RequestStatus.IN_PROGRESS, null, null);
            working = RequestStatus.IN_PROGRESS;
        }
        if (working == RequestStatus.IN_PROGRESS && dice.chance(0.15)) {
            Instant hold = between(started, close, dice.uniform(0.1, 0.4), type, dice);
            Instant resume = between(hold, close, dice.uniform(0.5, 0.9), type, dice);
            h.status(hold, team, RequestStatus.IN_PROGRESS, RequestStatus.WAITING, dice.pick(phrases.waiting()), null);
            h.status(resume, team, RequestStatus.WAITING, RequestStatus.IN_PROGRESS, null, null);
        }
        if (dice.chance(0.25)) {
            h.add(between(assigned, close, dice.uniform(0.2, 0.9), type, dice), dice.chance(0.5) ? team : dispatcher,
                    EventKind.NOTE, Visibility.PUBLIC, dice.pick(DemoData.Phrases.of(phrases.publicNotes(), type)),
                    Map.of());
        }
        if (dice.chance(0.25)) {
            h.add(between(started, close, dice.uniform(0.1, 0.9), type, dice), team, EventKind.NOTE,
                    Visibility.INTERNAL, dice.pick(phrases.internalNotes()), Map.of());
        }
        RequestStatus end = dice.chance(0.3) ? RequestStatus.RESOLVED : RequestStatus.CLOSED;
        String resolution = dice.pick(DemoData.Phrases.of(phrases.resolutions(), type));
        h.status(close, team, working, end, resolution, resolution);
        if (dice.chance(0.03)) {
            reopen(h, type, close, end, team, budget, dice);
        }
    }

    private void merge(History h, Work w, Instant at, String dispatcher, Dice dice) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("parent_id", w.parentId().toString());
        data.put("parent_number", w.parentNumber());
        h.add(at, dispatcher, EventKind.MERGED, Visibility.INTERNAL,
                dice.pick(phrases.merged()).replace("{parent}", w.parentNumber()), data);
        h.status(at.plusSeconds(1), dispatcher, RequestStatus.NEW, RequestStatus.DUPLICATE, null, null);
    }

    /** The citizen calls back within a couple of weeks: the problem is back, and it is fixed again. */
    private void reopen(History h, ServiceDto type, Instant closed, RequestStatus end, String team, Duration budget,
                        Dice dice) {
        Instant reopened = CityCalendar.addBusinessTime(closed, Duration.ofMinutes(dice.between(60, 70 * 60)));
        Instant reclosed = advance(reopened, type, scale(budget, dice.uniform(0.2, 0.8)));
        h.status(reopened, "agent8000", end, RequestStatus.IN_PROGRESS, dice.pick(phrases.reopened()), null);
        String again = dice.pick(DemoData.Phrases.of(phrases.resolutions(), type));
        h.status(reclosed, team, RequestStatus.IN_PROGRESS, RequestStatus.CLOSED, again, again);
    }

    /** Who dispatches the work of a department. */
    static String dispatcher(String department) {
        return switch (department) {
            case "SEI" -> "agent5858";
            case "SCEC" -> "supervisor";
            case "ARR-FLEURIMONT" -> "secretariat-fleurimont";
            default -> department.startsWith("ARR-") ? secretariat(department)
                    : department.toLowerCase(Locale.ROOT) + "-repartition";
        };
    }

    /** The crew or clerk of a department that does the work on a type. */
    static String team(String department, ServiceDto type, Dice dice) {
        String group = type.group();
        return switch (department) {
            case "SEI" -> switch (group) {
                case "DENEIGEMENT" -> "sei-deneigement-" + dice.between(1, 6);
                case "EAU_EGOUTS" -> "sei-aqueduc-" + dice.between(1, 4);
                case "ECLAIRAGE_SIGNALISATION" -> "sei-signalisation-" + dice.between(1, 3);
                default -> "sei-equipe-" + dice.between(1, 12);
            };
            case "ENVIRONNEMENT" -> switch (group) {
                case "PARCS_ARBRES" -> "env-foresterie-" + dice.between(1, 3);
                case "MATIERES_RESIDUELLES" -> "env-collectes-" + dice.between(1, 3);
                default -> "env-inspection-" + dice.between(1, 3);
            };
            case "POLICE" -> "sps-patrouille-" + dice.between(1, 6);
            case "URBANISME" -> "urb-inspecteur-" + dice.between(1, 6);
            case "SSCVC" -> (group.equals("PARCS_ARBRES") ? "sscvc-parcs-" : "sscvc-loisirs-") + dice.between(1, 3);
            case "FINANCES" -> (type.serviceCode().equals("TAX-REVISION") ? "fin-evaluation-" : "fin-perception-")
                    + dice.between(1, 3);
            case "GREFFE" -> "greffe-" + dice.between(1, 2);
            case "SCEC" -> "scec-suivi-" + dice.between(1, 3);
            default -> department.startsWith("ARR-") ? secretariat(department)
                    : department.toLowerCase(Locale.ROOT) + "-" + dice.between(1, 3);
        };
    }

    private static String secretariat(String department) {
        return "secretariat-" + department.substring(4).toLowerCase(Locale.ROOT);
    }

    /** The service target, or three working days for types without one. */
    private static Duration budget(ServiceDto type) {
        return Duration.ofHours(type.slaHours() > 0 ? type.slaHours() : 24);
    }

    /** Adds target time the way the type counts it: working hours, or around the clock. */
    private static Instant advance(Instant from, ServiceDto type, Duration amount) {
        return "CONTINUOUS".equals(type.slaCalendar()) ? from.plus(amount)
                : CityCalendar.addBusinessTime(from, amount);
    }

    private static Duration scale(Duration d, double factor) {
        return Duration.ofSeconds(Math.max(60, (long) (d.toSeconds() * factor)));
    }

    /** A moment a fraction of the way from one event to the next, in the type's own time. */
    private static Instant between(Instant from, Instant to, double fraction, ServiceDto type, Dice dice) {
        if (!"CONTINUOUS".equals(type.slaCalendar())) {
            long minutes = CityCalendar.businessMinutesBetween(from, to);
            Instant at = CityCalendar.addBusinessTime(from, Duration.ofMinutes((long) (minutes * fraction)));
            if (at.isAfter(from) && at.isBefore(to)) {
                Instant jittered = at.plusSeconds(dice.between(0, 59));
                return jittered.isBefore(to) ? jittered : at;
            }
        }
        long span = Math.max(0, Duration.between(from, to).toSeconds());
        long offset = (long) (span * fraction) + dice.between(1, 59);
        return from.plusSeconds(Math.max(0, Math.min(offset, span - 1)));
    }

    private static Duration minutes(Dice dice, int lo, int hi) {
        return Duration.ofMinutes(dice.between(lo, hi));
    }
}
