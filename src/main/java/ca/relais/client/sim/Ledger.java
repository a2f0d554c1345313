package ca.relais.client.sim;

import ca.relais.api.RequestDto;
import ca.relais.client.store.LocalMirror;
import ca.relais.client.store.LocalStore;
import ca.relais.client.store.Outbox;
import ca.relais.client.store.OutboxEntry;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What one agent folder holds, read from its cache: a request counts as captured when the cache has it (in the
 * outbox or the mirror), and as acknowledged when the server confirmed it (it left the outbox with a server number).
 */
public final class Ledger {
    private Ledger() {
    }

    /** One agent's figures. */
    public record Tally(int captured, int acknowledged, int pending, int rejected, int conflicts,
                        Set<UUID> capturedIds) {
        static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, Set.of());

        Tally plus(Tally o) {
            Set<UUID> ids = new LinkedHashSet<>(capturedIds);
            ids.addAll(o.capturedIds);
            return new Tally(captured + o.captured, acknowledged + o.acknowledged, pending + o.pending,
                    rejected + o.rejected, conflicts + o.conflicts, ids);
        }
    }

    /** Reads an agent folder's capture log against its open cache. */
    public static Tally tally(Path agentDir, LocalStore store) {
        Outbox outbox = new Outbox(store);
        List<OutboxEntry> entries = outbox.all();
        Set<String> unsent = entries.stream().filter(e -> e.kind() == OutboxEntry.Kind.CREATE_REQUEST)
                .map(OutboxEntry::entityId).collect(Collectors.toSet());
        LocalMirror mirror = new LocalMirror(store);
        Set<UUID> captured = new LinkedHashSet<>();
        int acknowledged = 0;
        for (UUID id : CaptureLog.read(agentDir)) {
            if (unsent.contains(id.toString())) {
                captured.add(id);
                continue;
            }
            Optional<RequestDto> row = mirror.request(id);
            if (row.isPresent()) {
                captured.add(id);
                if (row.get().number() != null) {
                    acknowledged++;
                }
            }
        }
        Outbox.Counts counts = outbox.counts();
        return new Tally(captured.size(), acknowledged, counts.pending(), counts.rejected(), counts.conflicts(),
                captured);
    }
}
