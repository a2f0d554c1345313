package ca.relais.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Sends the workstation's logs to rolling files in its log folder. The server keeps logback.xml (stderr, which
 * operations capture). A {@code -Dlogback.configurationFile} given by the user wins over both.
 */
final class WorkstationLogging {
    private WorkstationLogging() {
    }

    /** Returns false, leaving logging as it was, when the folder cannot be used; the reason goes to stderr. */
    static boolean toFolder(Path logDir) {
        if (System.getProperty("logback.configurationFile") != null
                || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return false;
        }
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            System.err.println("relais: logs stay on stderr, the folder " + logDir + " cannot be created: " + e);
            return false;
        }
        URL config = WorkstationLogging.class.getResource("logback-workstation.xml");
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        context.reset();
        context.putProperty("RELAIS_LOG_DIR", logDir.toAbsolutePath().toString());
        try {
            configurator.doConfigure(config);
            return true;
        } catch (JoranException e) {
            System.err.println("relais: the log configuration failed: " + e.getMessage());
            return false;
        }
    }
}
