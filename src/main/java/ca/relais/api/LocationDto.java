package ca.relais.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a request is: a register address, or free text with coordinates. */
public record LocationDto(String addressId, String address, Double lat, @JsonProperty("long") Double lon,
                          String borough) {
}
