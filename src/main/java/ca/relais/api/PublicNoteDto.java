package ca.relais.api;

import java.time.Instant;

/** The latest note citizens may be told (a public note or the resolution). */
public record PublicNoteDto(Instant at, String author, String text) {
}
