package ca.relais.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A caller as stored: phones in E.164, with their address when known. */
public record CallerDto(UUID id, String firstName, String lastName, List<String> phones, List<String> emails,
                        String addressId, AddressDto address, String language, boolean consent, long version,
                        Instant createdAt, Instant updatedAt) {
    public CallerDto {
        phones = phones == null ? List.of() : List.copyOf(phones);
        emails = emails == null ? List.of() : List.copyOf(emails);
    }
}
