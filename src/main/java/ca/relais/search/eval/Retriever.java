package ca.relais.search.eval;

import java.util.List;

/** Anything that ranks article ids for a query: the engine under test or a baseline. */
@FunctionalInterface
public interface Retriever {
    List<String> search(String query, String lang, int limit);
}
