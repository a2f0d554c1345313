package ca.relais.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * A fuzzy query whose Levenshtein automaton is built once and shared by the fields it runs on: building that
 * automaton is the costly part of a fuzzy query, and every typo is looked up in title, keywords and body.
 */
final class SharedFuzzyQuery extends org.apache.lucene.search.MultiTermQuery {
    private final String text;
    private final CompiledAutomaton automaton;

    SharedFuzzyQuery(String field, String text, CompiledAutomaton automaton, int maxExpansions) {
        super(field, new TopTermsBlendedFreqScoringRewrite(maxExpansions));
        this.text = text;
        this.automaton = automaton;
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
        return automaton.getTermsEnum(terms);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            automaton.visit(visitor, this, field);
        }
    }

    @Override
    public String toString(String defaultField) {
        return (field.equals(defaultField) ? "" : field + ":") + text + "~";
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && other instanceof SharedFuzzyQuery that && text.equals(that.text)
                && automaton.equals(that.automaton);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), text);
    }
}
