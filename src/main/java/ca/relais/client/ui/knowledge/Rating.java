package ca.relais.client.ui.knowledge;

/** What an agent says of an article, as {@code POST /api/v1/kb/feedback} names it. */
public enum Rating {
    USEFUL, OUT_OF_DATE, MISSING_INFO;

    /** The negative ratings ask for a comment (which stays optional). */
    public boolean asksForComment() {
        return this != USEFUL;
    }
}
