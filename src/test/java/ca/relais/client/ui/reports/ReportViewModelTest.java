package ca.relais.client.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.AccountabilityDto;
import ca.relais.api.TrendsDto;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report periods, their presets in the city's time zone, and the exports. */
class ReportViewModelTest {
    @TempDir
    Path dir;
    private final List<String> asked = new ArrayList<>();
    /** 2026-12-01 03:30 UTC is still November 30 in Sherbrooke. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T03:30:00Z"));
    private final ReportSource source = new ReportSource() {
        @Override
        public AccountabilityDto accountability(LocalDate from, LocalDate to) {
            asked.add("report " + from + ".." + to);
            return new AccountabilityDto(from, to, 12, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                    null, 0.8, 0.8, 0.7, 0.7, 0.1, List.of(), 0, null);
        }

        @Override
        public byte[] export(LocalDate from, LocalDate to, String format) {
            asked.add(format + " " + from + ".." + to);
            return ("section,key,value\ntotal,," + from).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public TrendsDto trends(int weeks) {
            asked.add("trends " + weeks);
            return null;
        }
    };
    private final ReportViewModel vm = new ReportViewModel(source, UiExecutors.direct(), clock);

    @Test
    void presetsAreLocalCalendarPeriods() {
        assertThat(vm.today()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(vm.fromProperty().get()).as("this month by default").isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(vm.toProperty().get()).isEqualTo(LocalDate.of(2026, 11, 30));
        vm.preset(PeriodPreset.LAST_MONTH);
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(vm.toProperty().get()).isEqualTo(LocalDate.of(2026, 10, 31));
        vm.preset(PeriodPreset.THIS_YEAR);
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(vm.toProperty().get()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void lastMonthInJanuaryIsDecemberOfTheYearBefore() {
        LocalDate[] range = PeriodPreset.LAST_MONTH.range(LocalDate.of(2027, 1, 15));
        assertThat(range).containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
        assertThat(PeriodPreset.LAST_MONTH.range(LocalDate.of(2028, 3, 31)))
                .containsExactly(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29));
    }

    @Test
    void aReversedOrMissingPeriodIsNotAsked() {
        vm.fromProperty().set(LocalDate.of(2026, 11, 10));
        vm.toProperty().set(LocalDate.of(2026, 11, 9));
        assertThat(vm.load()).isFalse();
        assertThat(vm.messageProperty().get().key()).isEqualTo("report.period.reversed");
        vm.toProperty().set(null);
        assertThat(vm.load()).isFalse();
        assertThat(vm.messageProperty().get().key()).isEqualTo("report.period.missing");
        assertThat(asked).isEmpty();
    }

    @Test
    void theExportIsThePeriodShownWrittenWhereAsked() throws Exception {
        vm.preset(PeriodPreset.LAST_MONTH);
        assertThat(vm.load()).isTrue();
        vm.preset(PeriodPreset.THIS_YEAR);
        Path target = dir.resolve(vm.exportName("csv"));
        assertThat(target.getFileName().toString()).isEqualTo("reddition-de-comptes-2026-10-01-2026-10-31.csv");
        vm.export("csv", target);
        assertThat(asked).containsExactly("report 2026-10-01..2026-10-31", "csv 2026-10-01..2026-10-31");
        assertThat(Files.readString(target)).startsWith("section,key,value");
        assertThat(vm.messageProperty().get().key()).isEqualTo("report.exported");
    }

    @Test
    void anUnwritableTargetSaysSo() {
        vm.export("pdf", dir.resolve("missing-folder").resolve("r.pdf"));
        assertThat(vm.messageProperty().get().key()).isEqualTo("supervision.fileError");
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
