package ca.relais.domain;

/** The nature of a contact, as in Montréal's 311 data: a request, a complaint, information or a comment. */
public enum Nature {
    REQUEST, COMPLAINT, INFORMATION, COMMENT
}
