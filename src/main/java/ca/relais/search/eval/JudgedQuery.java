package ca.relais.search.eval;

import java.util.Set;

/** A query as typed, its language, and the ids of the articles that answer it. */
public record JudgedQuery(String query, String lang, Set<String> relevant) {
    public JudgedQuery {
        relevant = Set.copyOf(relevant);
    }
}
