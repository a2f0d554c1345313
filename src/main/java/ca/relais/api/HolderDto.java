package ca.relais.api;

/** Who holds a request now: its department and, once accepted, the person (user name and display name). */
public record HolderDto(String department, String assignee, String assigneeName) {
}
