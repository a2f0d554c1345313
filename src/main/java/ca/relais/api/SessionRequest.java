package ca.relais.api;

/** Body of {@code POST /api/v1/session}. */
public record SessionRequest(String username, String password) {
    @Override
    public String toString() {
        return "SessionRequest[username=" + username + ", password=***]";
    }
}
