package ca.relais.client.sim;

import ca.relais.api.Json;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The simulator's last line: counts over everything in the data folder, across runs, and this run's push latencies
 * (null when this run pushed nothing).
 */
public record Summary(int agents, int captured, int acknowledged, int pending, int rejected, int conflicts,
                      Double p50Ms, Double p99Ms, int pushes, int capturedThisRun, CallCounts calls,
                      double durationSeconds, boolean drained, String error) {

    public int failed() {
        return rejected + conflicts;
    }

    /** 0 when nothing is pending or failed, 1 otherwise. */
    public int exitCode() {
        return pending == 0 && failed() == 0 && error == null ? 0 : 1;
    }

    public String toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode().put("agents", agents).put("captured", captured)
                .put("acknowledged", acknowledged).put("pending", pending).put("failed", failed())
                .put("rejected", rejected).put("conflicts", conflicts).put("p50_ms", round(p50Ms))
                .put("p99_ms", round(p99Ms)).put("pushes", pushes).put("captured_this_run", capturedThisRun)
                .put("duration_s", Math.round(durationSeconds * 1000) / 1000.0).put("drained", drained);
        ObjectNode mix = o.putObject("calls");
        mix.put("lookups", calls.lookups).put("requests", calls.requests).put("new_callers", calls.newCallers)
                .put("information", calls.information).put("notes", calls.notes).put("kb_searches", calls.kbSearches);
        if (error != null) {
            o.put("error", error);
        }
        try {
            return Json.mapper().writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Double round(Double ms) {
        return ms == null ? null : Math.round(ms * 1000) / 1000.0;
    }
}
