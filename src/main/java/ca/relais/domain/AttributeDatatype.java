package ca.relais.domain;

import java.util.Locale;

/** The six Open311 GeoReport v2 attribute datatypes. */
public enum AttributeDatatype {
    STRING, NUMBER, DATETIME, TEXT, SINGLEVALUELIST, MULTIVALUELIST;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AttributeDatatype fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
