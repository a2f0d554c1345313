package ca.relais.api;

/** REST paths shared by the client and the server. */
public final class ApiPaths {
    public static final String HEALTH = "/health";
    public static final String API = "/api/v1";
    public static final String SESSION = API + "/session";
    public static final String CATALOGUE = API + "/catalogue";

    private ApiPaths() {
    }
}
