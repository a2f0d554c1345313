package ca.relais.domain;

import java.util.Objects;
import java.util.Set;

/** A person who signs in to Relais. */
public record User(String username, String displayName, Set<Role> roles, String department, PhoneLine line) {
    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(line, "line");
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
