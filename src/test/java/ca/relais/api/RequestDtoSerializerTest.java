package ca.relais.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The hand-written writer of requests gives exactly the JSON that Jackson's reflective one gives. */
class RequestDtoSerializerTest {
    /** Switches the hand-written serializer off, to get Jackson's own output for comparison. */
    @JsonSerialize(using = com.fasterxml.jackson.databind.JsonSerializer.None.class)
    private interface Reflective {
    }

    private static final ObjectMapper REFLECTIVE = Json.mapper().copy().addMixIn(RequestDto.class, Reflective.class);

    private static RequestDto full() {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode().put("SIZE", "LARGE").put("DEPTH_CM", 12.5);
        attributes.putArray("TAGS").add("a").add("<script>\"é\"");
        Instant at = Instant.parse("2026-11-29T18:51:21.123456Z");
        EventDto event = new EventDto(7, at, "agent8000", "CREATED", "INTERNAL", null,
                JsonNodeFactory.instance.objectNode().put("channel", "PHONE_8000"));
        return new RequestDto(UUID.randomUUID(), "2026-001234", "sherbrooke", "VOI-NIDPOULE", "REQUEST",
                "PHONE_8000", UUID.randomUUID(), List.of(UUID.randomUUID(), UUID.randomUUID()),
                new LocationDto("A-1", "12 rue King Ouest", 45.4012345, -71.89, "FLEURIMONT"),
                "Nid-de-poule \"profond\"\n\u2028", attributes, "NEW", "SEI", "agent2", 2, "kb-1",
                UUID.randomUUID(), "fixed", "agent8000", at, at.plusSeconds(1), Instant.parse("2027-01-01T00:00:00Z"),
                at.plusNanos(1), 3, 42, List.of(event));
    }

    private static RequestDto sparse() {
        return new RequestDto(UUID.randomUUID(), "2026-000001", "sherbrooke", "INFO", "INFORMATION", "EMAIL",
                null, List.of(), new LocationDto(null, null, 45.0, -71.0, null), "", null, "CLOSED", "SCEC", null,
                0, null, null, null, "agent8000", Instant.EPOCH, Instant.EPOCH, null, null, 0, 1, null);
    }

    private static RequestDto noLocation() {
        return new RequestDto(UUID.randomUUID(), "2026-000002", "sherbrooke", "INFO", "INFORMATION", "EMAIL",
                null, null, null, "", JsonNodeFactory.instance.objectNode(), "CLOSED", "SCEC", null, 0, null, null,
                null, "agent8000", Instant.EPOCH, Instant.EPOCH, null, null, 0, 1, List.of());
    }

    @Test
    void writesWhatTheReflectiveSerializerWrites() throws Exception {
        for (RequestDto dto : List.of(full(), sparse(), noLocation())) {
            String reflective = REFLECTIVE.writeValueAsString(dto);
            assertThat(Json.mapper().writeValueAsString(dto)).isEqualTo(reflective);
            assertThat(Json.mapper().writeValueAsString(List.of(dto))).isEqualTo("[" + reflective + "]");
        }
    }

    @Test
    void readsBackToTheSameRecord() throws Exception {
        RequestDto dto = full();
        assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(dto), RequestDto.class)).isEqualTo(dto);
    }

    @Test
    void theComparisonIsWithJacksonsOwnSerializer() throws Exception {
        assertThat(REFLECTIVE.getSerializerProviderInstance().findValueSerializer(RequestDto.class))
                .isNotInstanceOf(RequestDtoSerializer.class);
        assertThat(Json.mapper().getSerializerProviderInstance().findValueSerializer(RequestDto.class))
                .isInstanceOf(RequestDtoSerializer.class);
    }

    @Test
    void theComparisonSeesEveryFieldOfTheRecord() throws Exception {
        String reflective = REFLECTIVE.writeValueAsString(full());
        assertThat(Json.mapper().readTree(reflective).size()).isEqualTo(RequestDto.class.getRecordComponents().length);
    }
}
