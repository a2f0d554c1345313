package ca.relais.domain;

/** Whether a history entry may be read out to the citizen. */
public enum Visibility {
    PUBLIC, INTERNAL
}
