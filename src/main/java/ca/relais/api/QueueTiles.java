package ca.relais.api;

import java.util.List;

/** The {@code tile} values of {@code GET /api/v1/queues/items}: the list behind each dashboard tile. */
public final class QueueTiles {
    public static final String OPEN = "open";
    public static final String AT_RISK = "at_risk";
    public static final String BREACHED = "breached";
    public static final String INTAKE = "intake";
    public static final String UNACCEPTED = "unaccepted";
    public static final String FCR = "fcr";
    public static final List<String> ALL = List.of(OPEN, AT_RISK, BREACHED, INTAKE, UNACCEPTED, FCR);

    private QueueTiles() {
    }
}
