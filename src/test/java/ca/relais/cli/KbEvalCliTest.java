package ca.relais.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class KbEvalCliTest {
    @TempDir
    Path empty;

    @Test
    void evalKbPrintsBenchLinesAndSkipsAMissingRealSet() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = new CommandLine(new EvalKbCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8)))
                .execute("--covid-dir", empty.toString());
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(out).containsPattern("BENCH kb_own_mrr10 0\\.\\d{3} score")
                .containsPattern("BENCH kb_own_baseline_mrr10 0\\.\\d{3} score")
                .contains("BENCH kb_own_target_mrr10 0.920 score")
                .containsPattern("BENCH kb_own_ndcg10 ").containsPattern("BENCH kb_own_recall5 ")
                .doesNotContain("kb_covid_mrr10");
    }

    @Test
    void evalKbIsASubcommandOfRelais() {
        assertThat(new CommandLine(new Main()).getSubcommands()).containsKey("eval-kb");
    }
}
