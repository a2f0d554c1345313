package ca.relais.domain;

/** Whether a type's service-level clock runs on business hours or around the clock. */
public enum SlaCalendar {
    BUSINESS, CONTINUOUS
}
