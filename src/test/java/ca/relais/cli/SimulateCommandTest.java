package ca.relais.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Invalid simulator arguments are usage errors: exit code 2 and a message, before anything runs. */
class SimulateCommandTest {
    private static int run(StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void invalidArgumentsExitWithTwo() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "simulate", "--agents", "2", "--requests", "5", "--data-dir", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("--server");
        assertThat(run(new StringWriter(), "simulate", "--server", "http://127.0.0.1:1", "--agents", "0",
                "--requests", "5", "--data-dir", "x")).isEqualTo(2);
        assertThat(run(new StringWriter(), "simulate", "--server", "http://127.0.0.1:1", "--agents", "2",
                "--requests", "-1", "--data-dir", "x")).isEqualTo(2);
        assertThat(run(new StringWriter(), "simulate", "--server", "ftp://127.0.0.1:1", "--agents", "2",
                "--requests", "1", "--data-dir", "x")).isEqualTo(2);
        assertThat(run(new StringWriter(), "simulate", "--server", "http://127.0.0.1:1", "--agents", "two",
                "--requests", "1", "--data-dir", "x")).isEqualTo(2);
    }

    @Test
    void helpNamesEveryOption() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("simulate", "--help")).isZero();
        assertThat(out.toString()).contains("--server", "--agents", "--requests", "--data-dir", "--user",
                "--password", "--timeout");
    }
}
