package ca.relais.domain;

/** Every entry point named in the city's audit. */
public enum Channel {
    PHONE_8000, PHONE_5858, EMAIL, COUNTER, MAIL, BOROUGH_OFFICE, SOCIAL_MEDIA, PORTAL, MOBILE_APP
}
