package ca.relais.server.reports;

import ca.relais.api.AccountabilityDto;
import ca.relais.api.TargetsDto;
import ca.relais.domain.CityCalendar;
import ca.relais.domain.report.AccountabilityFigures;
import ca.relais.server.store.Database;
import java.time.Instant;
import java.time.LocalDate;

/** Assembles the accountability report: the calculator's figures, knowledge-base use and the targets. */
public final class AccountabilityReport {
    private final AccountabilityQuery reports;
    private final KbUseStore kb;

    public AccountabilityReport(Database db) {
        this.reports = new AccountabilityQuery(db);
        this.kb = new KbUseStore(db);
    }

    public AccountabilityDto compute(String jurisdiction, LocalDate from, LocalDate to, Instant now,
                                     TargetsDto targets) {
        Instant start = startOf(from);
        Instant end = startOf(to.plusDays(1));
        AccountabilityFigures f = reports.compute(jurisdiction, from, to, start, end, now);
        return toDto(f, kb.use(jurisdiction, start, end), targets);
    }

    /** Local midnight of a day in the city's time zone, whatever its UTC offset that day. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(CityCalendar.ZONE).toInstant();
    }

    static AccountabilityDto toDto(AccountabilityFigures f, AccountabilityDto.KbUse kb, TargetsDto targets) {
        return new AccountabilityDto(f.from(), f.to(), f.total(), f.byType(), f.byGroup(), f.byNature(),
                f.byChannel(), f.byDepartment(), f.byBorough(),
                new AccountabilityDto.TimeToClose(f.timeToCloseHours().median(), f.timeToCloseHours().p90(),
                        f.timeToCloseHours().count()),
                f.slaAttainment(), targets.slaAttainment(), f.firstContactResolutionRate(),
                targets.firstContactResolution(), f.reopenRate(),
                f.topComplaints().stream().map(c -> new AccountabilityDto.Complaint(c.typeCode(), c.count()))
                        .toList(),
                f.knowledgeBaseAnswers(), kb);
    }
}
