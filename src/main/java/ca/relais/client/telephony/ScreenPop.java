package ca.relais.client.telephony;

/**
 * A call handed over by the telephony system: the caller's number (ANI) and the line it came in on.
 *
 * @param ani  digits of the calling number, possibly empty for a hidden number
 * @param line the line code, e.g. {@code 8000} or {@code 5858}
 */
public record ScreenPop(String ani, String line) {
}
