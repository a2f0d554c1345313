package ca.relais.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An entry of the civic address register. */
public record AddressDto(String id, String civicNumber, String street, String unit, String postalCode,
                         String borough, double lat, @JsonProperty("long") double lon, String label) {
}
