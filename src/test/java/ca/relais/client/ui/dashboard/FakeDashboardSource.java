package ca.relais.client.ui.dashboard;

import ca.relais.api.PageDto;
import ca.relais.api.QueuesDto;
import ca.relais.api.RequestSummaryDto;
import ca.relais.api.TargetsDto;
import ca.relais.client.sync.SupervisionClient.ItemsQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A dashboard source in memory that records what was asked of it. */
final class FakeDashboardSource implements DashboardSource {
    record ItemsCall(ItemsQuery query, int limit, String cursor) {
    }

    final List<ItemsCall> itemCalls = new ArrayList<>();
    final List<TargetsDto> saved = new ArrayList<>();
    int queueReads;
    QueuesDto next = queues(10, 2, 1, 0.8, 0.7, 30);
    Exception saveFailure;

    static QueuesDto queues(long open, long atRisk, long breached, Double slaTarget, Double fcrTarget,
                            Integer maxMinutes) {
        return new QueuesDto(Instant.parse("2026-11-29T15:00:00Z"), Map.of("TP", Map.of("NEW", open)),
                Map.of("NEW", open), open, atRisk, breached, 4, Map.of("PHONE_8000", 4L), Map.of("09", 4L),
                Map.of("8000", Map.of("09", 4L)), Map.of("PHONE_8000", Map.of("09", 4L)), 0, List.of(), List.of(),
                3, 0.75, new TargetsDto(slaTarget, fcrTarget, maxMinutes, 3, null, null));
    }

    @Override
    public QueuesDto queues() {
        queueReads++;
        return next;
    }

    @Override
    public PageDto<RequestSummaryDto> items(ItemsQuery query, int limit, String cursor) {
        itemCalls.add(new ItemsCall(query, limit, cursor));
        RequestSummaryDto row = new RequestSummaryDto(UUID.randomUUID(), "R-" + itemCalls.size(), "NIDS", "REQUEST",
                "PHONE_8000", "NEW", "TP", null, "agent8000", Instant.parse("2026-11-29T14:00:00Z"), null, null, null,
                null, null, null);
        return new PageDto<>(List.of(row), cursor == null ? "c2" : null, 2);
    }

    @Override
    public TargetsDto saveTargets(TargetsDto targets) throws Exception {
        if (saveFailure != null) {
            throw saveFailure;
        }
        saved.add(targets);
        TargetsDto now = new TargetsDto(targets.slaAttainment(), targets.firstContactResolution(),
                targets.maxUnacceptedMinutes(), targets.version() + 1, Instant.now(), "supervisor");
        QueuesDto q = next;
        next = new QueuesDto(q.generatedAt(), q.openByDepartment(), q.openByStatus(), q.open(), q.atRisk(),
                q.breached(), q.intakeToday(), q.intakeTodayByChannel(), q.intakeTodayByHour(), q.intakeTodayByLine(),
                q.intakeTodayByChannelHour(), q.unacceptedHandoffs(), q.oldestUnacceptedHandoffs(), q.agents(),
                q.resolvedAtFirstContactToday(), q.firstContactResolutionToday(), now);
        return now;
    }
}
