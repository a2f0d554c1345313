package ca.relais.server.callers;

import ca.relais.api.CallerDto;
import ca.relais.domain.PhoneNumbers;
import ca.relais.server.auth.Principal;
import ca.relais.server.http.Fields;
import ca.relais.server.http.ProblemException;
import ca.relais.server.store.AddressStore;
import ca.relais.server.store.AuditLog;
import ca.relais.server.store.CallerStore;
import ca.relais.server.store.ChangeLog;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Creating and editing callers, with phones normalised to E.164 and every change audited. */
public final class CallerService {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]{1,64}@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}$");
    private final CallerStore callers;
    private final AddressStore addresses;
    private final ChangeLog changes;
    private final AuditLog audit;
    private final Clock clock;

    public CallerService(CallerStore callers, AddressStore addresses, ChangeLog changes, AuditLog audit,
                         Clock clock) {
        this.callers = callers;
        this.addresses = addresses;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    public CallerDto create(Connection c, Principal p, JsonNode body, String remoteAddr) throws SQLException {
        Fields f = new Fields(body);
        UUID id = f.uuid("id", true);
        Instant now = clock.instant();
        CallerDto caller = read(c, p, f, id, null, now);
        f.throwIfInvalid();
        if (callers.find(c, p.jurisdictionId(), id).isPresent()) {
            throw new ProblemException(409, "already-exists", "Already exists",
                    "A caller with this id already exists; send an Idempotency-Key to retry safely.", null);
        }
        callers.insert(c, p.jurisdictionId(), caller);
        changes.record(c, p.jurisdictionId(), "caller", id.toString(), "UPSERT", caller.version());
        audit.append(c, new AuditLog.Entry(p.username(), "CREATE", "caller", id.toString(), remoteAddr, null));
        return caller;
    }

    public CallerDto update(Connection c, Principal p, UUID id, long expectedVersion, JsonNode body,
                            String remoteAddr) throws SQLException {
        CallerDto current = callers.find(c, p.jurisdictionId(), id)
                .orElseThrow(() -> ProblemException.notFound("No caller " + id));
        if (current.version() != expectedVersion) {
            throw new ProblemException(412, "stale-version", "Precondition failed",
                    "The caller changed since you read it (now version " + current.version() + ").", null);
        }
        Fields f = new Fields(body);
        CallerDto next = read(c, p, f, id, current, clock.instant());
        f.throwIfInvalid();
        if (!callers.update(c, next, expectedVersion)) {
            throw new ProblemException(412, "stale-version", "Precondition failed",
                    "The caller changed while you edited it.", null);
        }
        changes.record(c, p.jurisdictionId(), "caller", id.toString(), "UPSERT", next.version());
        audit.append(c, new AuditLog.Entry(p.username(), "UPDATE", "caller", id.toString(), remoteAddr, null));
        return next;
    }

    private CallerDto read(Connection c, Principal p, Fields f, UUID id, CallerDto current, Instant now)
            throws SQLException {
        String first = f.present("first_name") || current == null ? f.text("first_name", false, 100)
                : current.firstName();
        String last = f.present("last_name") || current == null ? f.text("last_name", false, 100)
                : current.lastName();
        List<String> phones = current == null || f.present("phones") ? phones(f) : current.phones();
        List<String> emails = current == null || f.present("emails") ? emails(f) : current.emails();
        String addressId = f.present("address_id") || current == null ? f.text("address_id", false, 40)
                : current.addressId();
        if (addressId != null && addresses.find(c, p.jurisdictionId(), addressId).isEmpty()) {
            f.error("address_id", "unknown_address", "is not in the civic address register");
        }
        String language = current == null ? "fr" : current.language();
        if (f.has("language")) {
            String lang = f.text("language", false, 2);
            if (lang != null && !lang.equals("fr") && !lang.equals("en")) {
                f.error("language", "unknown_value", "must be fr or en");
            } else if (lang != null) {
                language = lang;
            }
        }
        Boolean consent = f.bool("consent");
        boolean keep = consent != null ? consent : current != null && current.consent();
        if ((first == null || first.isBlank()) && (last == null || last.isBlank()) && phones.isEmpty()
                && emails.isEmpty() && f.valid()) {
            f.error("last_name", "required", "give at least a name, a phone or an email");
        }
        return new CallerDto(id, first, last, phones, emails, addressId, null, language, keep,
                current == null ? 1 : current.version() + 1, current == null ? now : current.createdAt(), now);
    }

    private static List<String> phones(Fields f) {
        List<String> raw = f.strings("phones", 5, 40);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String e164 = PhoneNumbers.toE164(raw.get(i)).orElse(null);
            if (e164 == null) {
                f.error("phones[" + i + "]", "invalid_phone", "is not a valid phone number");
            } else if (!out.contains(e164)) {
                out.add(e164);
            }
        }
        return out;
    }

    private static List<String> emails(Fields f) {
        List<String> raw = f.strings("emails", 5, 254);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String email = raw.get(i).toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches()) {
                f.error("emails[" + i + "]", "invalid_email", "is not a valid email address");
            } else if (!out.contains(email)) {
                out.add(email);
            }
        }
        return out;
    }
}
