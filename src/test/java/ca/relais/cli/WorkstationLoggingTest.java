package ca.relais.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The workstation writes its log lines into a rolling file of its log folder. */
class WorkstationLoggingTest {
    @TempDir
    Path dir;

    @Test
    void logLinesGoToRelaisLogInTheLogFolder() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Path logs = dir.resolve("state").resolve("logs");
        try {
            assertThat(WorkstationLogging.toFolder(logs)).isTrue();
            LoggerFactory.getLogger("ca.relais.client.sync.RelaisApi").info("Now using server number {}", 2);
            LoggerFactory.getLogger("ca.relais.client.sync.RelaisApi").debug("below the level");
            context.stop();
            String text = Files.readString(logs.resolve("relais.log"));
            assertThat(text).contains("INFO  [main] ca.relais.client.sync.RelaisApi - Now using server number 2")
                    .doesNotContain("below the level");
        } finally {
            context.reset();
            new ContextInitializer(context).autoConfig();
        }
    }
}
