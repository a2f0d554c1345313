package ca.relais.domain;

/** Why a request was resolved or closed; required with {@code RESOLVED} and {@code CLOSED}. */
public enum ResolutionCode {
    FIXED, INFORMATION_GIVEN, NOT_CITY_JURISDICTION, NO_ACTION_REQUIRED, DUPLICATE, CANCELLED_BY_CITIZEN, OTHER
}
