package ca.relais.client.sim;

import ca.relais.api.CallerDto;
import ca.relais.api.CatalogueDto;
import ca.relais.domain.Nature;
import ca.relais.domain.PhoneNumbers;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Builds what an agent types: request bodies of valid catalogue types with every required attribute filled with a
 * valid value and a location when the type needs one, new callers with valid phone numbers, and lookup queries.
 */
final class CallFactory {
    private static final String[] FIRST = {"Marie", "Jean", "Réjean", "Ginette", "Gaétan", "Sylvie", "Stéphane",
        "Geneviève", "Éric", "Mélanie", "François", "Hélène", "Benoît", "Chloé", "Jérôme", "Noémie"};
    private static final String[] LAST = {"Tremblay", "Gagnon", "Côté", "Bélanger", "Lévesque", "Bérubé", "Gélinas",
        "Ouellet", "Pelletier", "Thériault", "Lefèbvre", "Bégin", "Desrosiers", "Nadeau", "Fréchette", "Boucher"};
    private static final String[] STREETS = {"rue King Ouest", "rue Wellington Nord", "boulevard de Portland",
        "rue Galt Ouest", "rue Belvédère Sud", "boulevard Jacques-Cartier Sud", "rue de Courcelette",
        "rue Prospect", "chemin de Sainte-Catherine", "rue du Conseil"};
    private static final int[] EXCHANGES = {346, 348, 560, 562, 563, 564, 565, 566, 569, 820, 821, 822, 823, 829};

    private final List<CatalogueDto.ServiceDto> types;
    private final List<CatalogueDto.ServiceDto> informational;

    CallFactory(CatalogueDto catalogue) {
        this.types = catalogue.items().stream().filter(t -> t.natures().stream()
                .anyMatch(n -> !n.equals(Nature.INFORMATION.name()))).toList();
        this.informational = catalogue.items().stream()
                .filter(t -> t.natures().contains(Nature.INFORMATION.name())).toList();
    }

    boolean canCapture() {
        return !types.isEmpty();
    }

    CatalogueDto.ServiceDto type(Random random, boolean information) {
        List<CatalogueDto.ServiceDto> pool = information && !informational.isEmpty() ? informational : types;
        return pool.get(random.nextInt(pool.size()));
    }

    /** A request body in the REST create shape; {@code caller} may be null (an anonymous call). */
    ObjectNode request(Random random, CatalogueDto.ServiceDto type, boolean information, CallerDto caller,
                       int number) {
        String nature = information ? Nature.INFORMATION.name()
                : type.natures().contains(type.defaultNature()) && !type.defaultNature().equals("INFORMATION")
                ? type.defaultNature() : type.natures().stream().filter(n -> !n.equals("INFORMATION")).findFirst()
                .orElseThrow();
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("id", UUID.randomUUID().toString())
                .put("type_code", type.serviceCode()).put("nature", nature)
                .put("description", "Appel simulé n° " + number + " : " + type.serviceName());
        body.put("caller_id", caller == null ? null : caller.id().toString());
        if (!information && (type.locationRequired() || random.nextInt(3) == 0)) {
            ObjectNode location = body.putObject("location");
            if (caller != null && caller.addressId() != null && random.nextBoolean()) {
                location.put("address_id", caller.addressId());
            } else {
                location.put("address", (1 + random.nextInt(3000)) + " " + STREETS[random.nextInt(STREETS.length)])
                        .put("lat", 45.35 + random.nextDouble() * 0.10).put("long", -71.97 + random.nextDouble() * 0.15);
            }
        } else {
            body.putNull("location");
        }
        ObjectNode attributes = body.putObject("attributes");
        if (!information) {
            for (CatalogueDto.AttributeDto a : type.attributes()) {
                if (a.required() || random.nextInt(4) == 0) {
                    fill(attributes, a, random);
                }
            }
        }
        return body;
    }

    private static void fill(ObjectNode attributes, CatalogueDto.AttributeDto a, Random random) {
        switch (a.datatype()) {
            case "number" -> attributes.put(a.code(), 1 + random.nextInt(20));
            case "datetime" -> attributes.put(a.code(), OffsetDateTime.now(ZoneOffset.UTC)
                    .minusHours(random.nextInt(72)).withNano(0).toString());
            case "singlevaluelist" -> {
                if (!a.values().isEmpty()) {
                    attributes.put(a.code(), a.values().get(random.nextInt(a.values().size())).key());
                }
            }
            case "multivaluelist" -> {
                if (!a.values().isEmpty()) {
                    ArrayNode chosen = attributes.putArray(a.code());
                    chosen.add(a.values().get(random.nextInt(a.values().size())).key());
                }
            }
            case "text" -> attributes.put(a.code(), "Détails donnés par le citoyen au téléphone.");
            default -> attributes.put(a.code(), "Valeur simulée");
        }
    }

    /** A new caller: the REST create body and the local row saved with it. */
    record NewCaller(ObjectNode body, CallerDto local) {
    }

    NewCaller caller(Random random) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String phone;
        String e164;
        do {
            phone = "819 " + EXCHANGES[random.nextInt(EXCHANGES.length)] + "-" + String.format("%04d",
                    random.nextInt(10_000));
            e164 = PhoneNumbers.toE164(phone).orElse(null);
        } while (e164 == null);
        UUID id = UUID.randomUUID();
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("id", id.toString()).put("first_name", first)
                .put("last_name", last).put("language", random.nextInt(5) == 0 ? "en" : "fr");
        body.putArray("phones").add(phone);
        body.putArray("emails");
        Instant now = Instant.now();
        return new NewCaller(body, new CallerDto(id, first, last, List.of(e164), List.of(), null, null,
                body.get("language").asText(), false, 0, now, now));
    }

    /** What an agent types to find a caller: part of a known phone, the start of a name without accents, or noise. */
    static String lookup(Random random, CallerDto known) {
        if (known == null || random.nextInt(5) == 0) {
            return random.nextBoolean() ? String.valueOf(100 + random.nextInt(900))
                    : LAST[random.nextInt(LAST.length)].substring(0, 4);
        }
        if (!known.phones().isEmpty() && random.nextBoolean()) {
            String digits = known.phones().get(0).replaceAll("\\D", "");
            return digits.substring(digits.length() - 4);
        }
        String name = known.lastName() == null ? "" : known.lastName();
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.length() > 5 ? folded.substring(0, 5).toLowerCase(java.util.Locale.ROOT) : folded;
    }
}
