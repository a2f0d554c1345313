package ca.relais.api;

import java.util.List;

/** A signed-in user as the API shows it. */
public record UserDto(String username, String displayName, List<String> roles, String department, String line) {
}
