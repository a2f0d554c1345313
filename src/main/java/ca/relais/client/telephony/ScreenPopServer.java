package ca.relais.client.telephony;

import ca.relais.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running workstation's door for telephony screen pops: a socket bound to loopback only, announced in a file of
 * the user's data folder together with a random token that every message must carry.
 */
public final class ScreenPopServer implements AutoCloseable {
    static final String FILE = "screenpop.json";
    private static final Pattern ANI = Pattern.compile("[0-9+]{0,20}");
    private static final Pattern LINE = Pattern.compile("[A-Za-z0-9-]{0,20}");
    private static final Logger LOG = LoggerFactory.getLogger(ScreenPopServer.class);

    private final ServerSocket socket;
    private final Path file;
    private final String token;
    private final Consumer<ScreenPop> onPop;
    private final Thread thread;

    private ScreenPopServer(ServerSocket socket, Path file, String token, Consumer<ScreenPop> onPop) {
        this.socket = socket;
        this.file = file;
        this.token = token;
        this.onPop = onPop;
        this.thread = new Thread(this::serve, "relais-screen-pop");
        this.thread.setDaemon(true);
    }

    /** Opens the door and announces it in {@code dataDir/screenpop.json}, readable by the user only. */
    public static ScreenPopServer start(Path dataDir, Consumer<ScreenPop> onPop) throws IOException {
        ServerSocket socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        String token = HexFormat.of().formatHex(raw);
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(FILE);
        Path tmp = dataDir.resolve(FILE + ".tmp");
        Files.writeString(tmp, Json.mapper().createObjectNode().put("port", socket.getLocalPort())
                .put("token", token).toString(), StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the user's profile folder is already private to the user
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        ScreenPopServer server = new ScreenPopServer(socket, file, token, onPop);
        server.thread.start();
        return server;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(2000);
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                        StandardCharsets.UTF_8));
                String line = in.readLine();
                String answer = handle(line);
                OutputStream out = client.getOutputStream();
                out.write((answer + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (SocketTimeoutException e) {
                LOG.debug("Screen pop client too slow");
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.warn("Screen pop connection failed: {}", e.getMessage());
                }
            }
        }
    }

    String handle(String line) {
        if (line == null || line.length() > 2000) {
            return "{\"status\":\"error\",\"detail\":\"bad message\"}";
        }
        JsonNode message;
        try {
            message = Json.mapper().readTree(line);
        } catch (IOException e) {
            return "{\"status\":\"error\",\"detail\":\"bad message\"}";
        }
        byte[] given = message.path("token").asText("").getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.US_ASCII))) {
            return "{\"status\":\"error\",\"detail\":\"bad token\"}";
        }
        if ("ping".equals(message.path("type").asText())) {
            return "{\"status\":\"ok\"}";
        }
        String ani = message.path("ani").asText("").replaceAll("[\\s().-]", "");
        String callLine = message.path("line").asText("");
        if (!ANI.matcher(ani).matches() || !LINE.matcher(callLine).matches()) {
            return "{\"status\":\"error\",\"detail\":\"bad ani or line\"}";
        }
        onPop.accept(new ScreenPop(ani, callLine));
        return "{\"status\":\"ok\"}";
    }

    @Override
    public void close() {
        try {
            socket.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Closing the screen pop door: {}", e.getMessage());
        }
    }
}
