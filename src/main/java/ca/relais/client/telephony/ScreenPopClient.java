package ca.relais.client.telephony;

import ca.relais.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Hands a call to the workstation already running for this user, through its loopback door. */
public final class ScreenPopClient {
    private ScreenPopClient() {
    }

    /** Why a screen pop could not be delivered. */
    public static final class NotDelivered extends Exception {
        public NotDelivered(String message) {
            super(message);
        }
    }

    public static void send(Path dataDir, ScreenPop pop) throws NotDelivered {
        exchange(dataDir, Json.mapper().createObjectNode().put("type", "call").put("ani", pop.ani())
                .put("line", pop.line()));
    }

    /** True when a workstation is running for this data folder and answers. */
    public static boolean running(Path dataDir) {
        try {
            exchange(dataDir, Json.mapper().createObjectNode().put("type", "ping"));
            return true;
        } catch (NotDelivered e) {
            return false;
        }
    }

    private static void exchange(Path dataDir, com.fasterxml.jackson.databind.node.ObjectNode message)
            throws NotDelivered {
        JsonNode door;
        try {
            door = Json.mapper().readTree(Files.readString(dataDir.resolve(ScreenPopServer.FILE)));
        } catch (NoSuchFileException e) {
            throw new NotDelivered("No Relais workstation is running for " + dataDir);
        } catch (IOException e) {
            throw new NotDelivered("Cannot read " + dataDir.resolve(ScreenPopServer.FILE) + ": " + e.getMessage());
        }
        message.put("token", door.path("token").asText());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), door.path("port").asInt()), 2000);
            socket.setSoTimeout(5000);
            socket.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
            String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            JsonNode reply = Json.mapper().readTree(answer == null ? "{}" : answer);
            if (!"ok".equals(reply.path("status").asText())) {
                throw new NotDelivered("The workstation refused the call: " + reply.path("detail").asText("?"));
            }
        } catch (IOException e) {
            throw new NotDelivered("No Relais workstation answers for " + dataDir + " (" + e.getMessage() + ")");
        }
    }
}
