package ca.relais.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.support.JarProcesses;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server stops, agents capture 200 requests offline, the server comes back: all 200 arrive, once each. */
class SimulatorOfflineIT {
    @TempDir
    Path dir;

    @Test
    void twoHundredOfflineCapturesArriveExactlyOnceWhenTheServerReturns() throws Exception {
        Path log = dir.resolve("processes.log");
        Path data = dir.resolve("sim").toAbsolutePath();
        String url;
        try (JarProcesses.Server server = JarProcesses.Server.start(dir.resolve("server"), log)) {
            url = server.url();
            JarProcesses.Run first = JarProcesses.simulate(log, "--server", url, "--agents", "2", "--requests", "0",
                    "--data-dir", data.toString(), "--timeout", "30");
            assertThat(first.exitCode()).as(() -> first.stdout() + JarProcesses.read(log)).isZero();
        }

        JarProcesses.Run offline = JarProcesses.simulate(log, "--server", url, "--agents", "2", "--requests", "200",
                "--data-dir", data.toString(), "--timeout", "2");
        assertThat(offline.exitCode()).as("entries are still pending").isEqualTo(1);
        assertThat(offline.summary().get("captured").asInt()).isEqualTo(200);
        assertThat(offline.summary().get("acknowledged").asInt()).isZero();
        assertThat(offline.summary().get("pending").asInt()).isGreaterThanOrEqualTo(200);

        try (JarProcesses.Server server = JarProcesses.Server.start(dir.resolve("server"), log)) {
            JarProcesses.Run drain = JarProcesses.simulate(log, "--server", server.url(), "--agents", "2",
                    "--requests", "0", "--data-dir", data.toString(), "--timeout", "120");
            assertThat(drain.exitCode()).as(() -> drain.stdout() + JarProcesses.read(log)).isZero();
            assertThat(drain.summary().get("captured").asInt()).isEqualTo(200);
            assertThat(drain.summary().get("acknowledged").asInt()).isEqualTo(200);
            assertThat(drain.summary().get("pending").asInt()).isZero();
            List<UUID> onServer = JarProcesses.serverRequestIds(server.url());
            assertThat(onServer).hasSize(200).doesNotHaveDuplicates();
        }
    }
}
