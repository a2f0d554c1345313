package ca.relais.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** An invalid setting stops the workstation at once with exit code 2 and one readable line, no stack trace. */
class MainSettingsTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = new CommandLine(new Main()).execute(args);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void anInvalidServerUrlExitsWithTwoAndSaysWhatIsExpected() {
        Run run = run("--server", "htp://relais.ville.ca", "--data-dir", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("relais: Invalid setting server.urls from the command line (--server)")
                .contains("Expected: one or more http:// or https:// server URLs")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingConfigFileAndABadLanguageAreRefusedTheSameWay() {
        Run missing = run("--config", dir.resolve("nope.properties").toString(), "--data-dir", dir.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.properties").contains("does not exist");

        Run language = run("--lang", "klingon", "--data-dir", dir.toString());
        assertThat(language.exit()).isEqualTo(2);
        assertThat(language.err()).contains("Invalid setting language").contains("Expected: fr or en.");
    }

    @Test
    void versionAndDashDashVersionPrintTheSameLine() {
        Run sub = run("version");
        Run flag = run("--version");
        assertThat(sub.exit()).isZero();
        assertThat(sub.out().strip()).startsWith("Relais ").isEqualTo(flag.out().strip());
    }
}
