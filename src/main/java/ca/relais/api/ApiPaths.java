package ca.relais.api;

/** REST paths shared by the client and the server. */
public final class ApiPaths {
    public static final String HEALTH = "/health";
    public static final String API = "/api/v1";
    public static final String SESSION = API + "/session";
    public static final String CATALOGUE = API + "/catalogue";
    public static final String ADDRESSES = API + "/addresses";
    public static final String CALLERS = API + "/callers";
    public static final String CALLER = CALLERS + "/{id}";
    public static final String REQUESTS = API + "/requests";
    public static final String REQUEST = REQUESTS + "/{id}";
    public static final String REQUEST_NOTES = REQUEST + "/notes";
    public static final String REQUEST_HANDOFFS = REQUEST + "/handoffs";
    public static final String REQUEST_CALLERS = REQUEST + "/callers";
    public static final String REQUEST_ACCEPT = REQUEST + "/accept";
    public static final String REQUEST_REOPEN = REQUEST + "/reopen";
    public static final String REQUEST_MERGE = REQUEST + "/merge";
    public static final String REQUESTS_BULK = REQUESTS + "/bulk";
    public static final String INBOX = API + "/inbox";
    public static final String ROUTING_RULES = API + "/routing/rules";
    public static final String ROUTING_VERSIONS = ROUTING_RULES + "/versions";
    public static final String ROUTING_SUGGEST = API + "/routing/suggest";
    public static final String KB_SEARCH = API + "/kb/search";
    public static final String KB_ARTICLES = API + "/kb/articles";
    public static final String KB_ARTICLE = KB_ARTICLES + "/{id}";
    public static final String KB_SIMILAR = API + "/kb/similar";
    public static final String KB_FEEDBACK = API + "/kb/feedback";
    public static final String KB_GAPS = API + "/kb/gaps";
    public static final String KB_MANAGE_OVERDUE = API + "/kb/manage/overdue";
    public static final String KB_MANAGE_FEEDBACK = API + "/kb/manage/feedback";
    public static final String KB_MANAGE_RESOLVE = KB_MANAGE_FEEDBACK + "/{article_id}/resolve";
    public static final String KB_MANAGE_GAPS = API + "/kb/manage/gaps";
    public static final String CHANGES = API + "/changes";
    public static final String EVENTS = API + "/events";
    public static final String QUEUES = API + "/queues";
    public static final String ACCOUNTABILITY = API + "/reports/accountability";
    public static final String AUDIT = API + "/audit";
    public static final String RETENTION = API + "/admin/retention";
    public static final String RETENTION_RUN = API + "/admin/retention/run";

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private ApiPaths() {
    }
}
