package ca.relais.client.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The ids of the requests an agent set out to capture, appended before each save. A killed run leaves at most one id
 * whose save never happened; {@link Ledger} counts only the ids that the cache really holds.
 */
final class CaptureLog implements AutoCloseable {
    static final String FILE = "captured-requests.log";
    private final FileChannel channel;

    CaptureLog(Path agentDir) {
        try {
            Files.createDirectories(agentDir);
            channel = FileChannel.open(agentDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the capture log in " + agentDir, e);
        }
    }

    synchronized void intend(UUID id) {
        ByteBuffer line = ByteBuffer.wrap((id + "\n").getBytes(StandardCharsets.US_ASCII));
        try {
            while (line.hasRemaining()) {
                channel.write(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the capture log", e);
        }
    }

    /** Every id an agent folder's log holds; a torn last line is skipped. */
    static Set<UUID> read(Path agentDir) {
        Path file = agentDir.resolve(FILE);
        Set<UUID> ids = new LinkedHashSet<>();
        if (!Files.exists(file)) {
            return ids;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                if (line.length() == 36) {
                    try {
                        ids.add(UUID.fromString(line));
                    } catch (IllegalArgumentException e) {
                        // a torn line from a killed run
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return ids;
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
