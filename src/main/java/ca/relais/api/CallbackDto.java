package ca.relais.api;

/** How the citizen wants to be called back: {@code method} PHONE, EMAIL or NONE, the number or address, when. */
public record CallbackDto(String method, String value, String bestTime) {
}
