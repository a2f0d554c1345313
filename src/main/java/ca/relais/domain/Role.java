package ca.relais.domain;

/** What a signed-in person may do. Wire names are the lower-case enum names. */
public enum Role {
    AGENT, SECRETARIAT, SUPERVISOR, OMBUDSMAN, ADMIN;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Role fromWire(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
