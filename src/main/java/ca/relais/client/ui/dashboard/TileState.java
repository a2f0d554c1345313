package ca.relais.client.ui.dashboard;

/** How a figure stands against its target; the view shows each with its own colour, icon and words. */
public enum TileState {
    /** No target applies: a plain figure. */
    NEUTRAL,
    /** At or better than the target. */
    OK,
    /** Close to the target, or something needs watching. */
    WARNING,
    /** Worse than the target. */
    ALERT
}
