package ca.relais.domain;

/** What an agent says of a knowledge-base article after using it. */
public enum KbRating {
    USEFUL, OUT_OF_DATE, MISSING_INFO;

    /** Out of date and missing information call for a supervisor's attention; useful does not. */
    public boolean negative() {
        return this != USEFUL;
    }
}
