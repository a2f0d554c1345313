package ca.relais.search;

/** Optional restrictions of a search: a department code, an audience ({@code AGENT} or {@code PUBLIC}); null is any. */
public record SearchFilters(String department, String audience) {
    public static final SearchFilters NONE = new SearchFilters(null, null);

    public static SearchFilters department(String department) {
        return new SearchFilters(department, null);
    }

    public static SearchFilters audience(String audience) {
        return new SearchFilters(null, audience);
    }
}
