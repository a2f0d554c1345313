package ca.relais.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The live supervisor figures of {@code GET /api/v1/queues}. Hours are local hours in America/Toronto, written
 * {@code "00".."23"}; "today" starts at local midnight.
 *
 * @param openByDepartment        department code, then status, then count of open requests
 * @param openByStatus            status, then count of open requests
 * @param open                    open requests (NEW, ASSIGNED, IN_PROGRESS, WAITING)
 * @param atRisk                  open requests due within the next 4 hours (not yet breached)
 * @param breached                open requests past their due time
 * @param intakeToday             requests created today
 * @param intakeTodayByChannel    channel, then count
 * @param intakeTodayByHour       hour, then count
 * @param intakeTodayByLine       phone line of the capturing user ({@code 8000}, {@code 5858}, ...; {@code NONE} for
 *                                Open311 and users without a line), then hour, then count
 * @param intakeTodayByChannelHour channel, then hour, then count
 * @param unacceptedHandoffs      how many handoffs wait for the receiving department
 * @param oldestUnacceptedHandoffs the ten oldest of them, oldest first
 * @param agents                  users signed in (valid session and presence reported in the last 2 minutes)
 * @param resolvedAtFirstContactToday  information calls and requests resolved at first contact today
 * @param firstContactResolutionToday  that count over today's intake (null when no intake)
 * @param targets                 the configured targets
 */
public record QueuesDto(Instant generatedAt, Map<String, Map<String, Long>> openByDepartment,
                        Map<String, Long> openByStatus, long open, long atRisk, long breached, long intakeToday,
                        Map<String, Long> intakeTodayByChannel, Map<String, Long> intakeTodayByHour,
                        Map<String, Map<String, Long>> intakeTodayByLine,
                        Map<String, Map<String, Long>> intakeTodayByChannelHour, long unacceptedHandoffs,
                        List<UnacceptedHandoff> oldestUnacceptedHandoffs, List<AgentPresence> agents,
                        long resolvedAtFirstContactToday, Double firstContactResolutionToday, TargetsDto targets) {

    /** A handoff the receiving department has not accepted yet. */
    public record UnacceptedHandoff(java.util.UUID requestId, String number, String typeCode, String fromDepartment,
                                    String toDepartment, Instant handedOffAt, long waitingMinutes) {
    }

    /** A signed-in user and the state their workstation last reported. */
    public record AgentPresence(String username, String displayName, String line, String state, Instant since,
                                Instant lastSeenAt) {
    }
}
