package ca.relais.client.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.relais.cli.CallCommandAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loopback door for screen pops: only the holder of the token gets in. */
class ScreenPopTest {
    @TempDir
    Path dir;

    @Test
    void aPopWithTheTokenIsDeliveredAndTheDoorIsPrivateToTheUser() throws Exception {
        List<ScreenPop> pops = new CopyOnWriteArrayList<>();
        try (ScreenPopServer server = ScreenPopServer.start(dir, pops::add)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("screenpop.json"))))
                    .isEqualTo("rw-------");
            assertThat(ScreenPopClient.running(dir)).isTrue();
            ScreenPopClient.send(dir, new ScreenPop("8195551234", "5858"));
            assertThat(pops).containsExactly(new ScreenPop("8195551234", "5858"));
            assertThat(server.handle("{\"token\":\"guess\",\"ani\":\"1\",\"line\":\"8000\"}")).contains("bad token");
            assertThat(server.handle("not json")).contains("bad message");
            assertThat(server.handle(null)).contains("bad message");
            assertThat(pops).hasSize(1);
        }
        assertThat(dir.resolve("screenpop.json")).doesNotExist();
        assertThat(ScreenPopClient.running(dir)).isFalse();
        assertThatThrownBy(() -> ScreenPopClient.send(dir, new ScreenPop("1", "8000")))
                .isInstanceOf(ScreenPopClient.NotDelivered.class).hasMessageContaining("No Relais workstation");
    }

    @Test
    void theCallCommandDeliversToTheRunningWorkstationAndFailsClearlyOtherwise() throws Exception {
        List<ScreenPop> pops = new CopyOnWriteArrayList<>();
        assertThat(CallCommandAccess.run(dir, "(819) 555-1234", "8000")).isEqualTo(1);
        try (ScreenPopServer server = ScreenPopServer.start(dir.resolve("workstation"), pops::add)) {
            assertThat(CallCommandAccess.run(dir, "(819) 555-1234", "8000")).isZero();
            assertThat(pops).containsExactly(new ScreenPop("8195551234", "8000"));
            assertThat(CallCommandAccess.run(dir, "819<script>", "8000")).isEqualTo(1);
        }
    }
}
