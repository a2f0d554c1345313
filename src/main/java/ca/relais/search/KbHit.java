package ca.relais.search;

/** One search result; {@code snippet} is plain text in which the matched words are wrapped in {@code <mark>}. */
public record KbHit(String id, String title, float score, String snippet, String language) {
}
