package ca.relais.server.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.relais.domain.RequestStatus;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Form decoding and XML writing, without a server. */
class Open311WireTest {
    @Test
    void formsDecodePlusEscapesRepeatsAndRawUtf8() {
        FormBody form = FormBody.parse("a=1+2&b=%C3%A9t%C3%A9&c=x&c=y&flag&d=caf\u00e9"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(form.first("a")).isEqualTo("1 2");
        assertThat(form.first("b")).isEqualTo("été");
        assertThat(form.all().get("c")).containsExactly("x", "y");
        assertThat(form.all()).containsKey("flag");
        assertThat(form.first("flag")).isNull();
        assertThat(form.first("d")).isEqualTo("café");
    }

    @Test
    void badFormsAre400() {
        for (String bad : List.of("a=%", "a=%4", "a=%G1", "a=%C3%28", "a=%FF")) {
            assertThatThrownBy(() -> FormBody.parse(bad.getBytes(StandardCharsets.US_ASCII)))
                    .isInstanceOfSatisfying(Open311Exception.class, e -> assertThat(e.status()).isEqualTo(400));
        }
        assertThatThrownBy(() -> FormBody.read(new ByteArrayInputStream(new byte[11]), -1, 10))
                .isInstanceOf(Open311Exception.class);
        assertThatThrownBy(() -> FormBody.read(new ByteArrayInputStream(new byte[0]), 11, 10))
                .isInstanceOf(Open311Exception.class);
    }

    @Test
    void xmlCarriesAnyTextWellFormed() {
        String nasty = "a\u0001b\u0000c<&>\"' \uD800 \uD83D\uDCA7 é";
        ObjectNode tree = JsonNodeFactory.instance.objectNode().put("description", nasty).putNull("address");
        tree.putArray("notes").addObject().put("type", "note");
        byte[] xml = Open311Output.xml("request", tree);
        Element root = new GeoReportClient.Reply(200, "text/xml", xml).xml();
        assertThat(GeoReportClient.child(root, "description").getTextContent())
                .isEqualTo("a\uFFFDb\uFFFDc<&>\"' \uFFFD \uD83D\uDCA7 é");
        assertThat(GeoReportClient.child(root, "address").getTextContent()).isEmpty();
        Element note = GeoReportClient.child(GeoReportClient.child(root, "notes"), "note");
        assertThat(GeoReportClient.child(note, "type").getTextContent()).isEqualTo("note");
    }

    @Test
    void ourFieldNamesBecomeFormNames() {
        assertThat(Open311Submission.formName("attributes.SIZE")).isEqualTo("attribute[SIZE]");
        assertThat(Open311Submission.formName("type_code")).isEqualTo("service_code");
        assertThat(Open311Submission.formName("location.address")).isEqualTo("address_string");
        assertThat(Open311Submission.formName("location.long")).isEqualTo("long");
        assertThat(Open311Submission.formName("phones[0]")).isEqualTo("phone");
        assertThat(Open311Submission.formName("emails[0]")).isEqualTo("email");
        assertThat(Open311Submission.formName("description")).isEqualTo("description");
    }

    @Test
    void mySocietyStatusesCoverEveryStatus() {
        assertThat(Open311Updates.status(null)).isEqualTo("OPEN");
        assertThat(Open311Updates.status("RESOLVED")).isEqualTo("FIXED");
        assertThat(Open311Updates.status("CANCELLED")).isEqualTo("NO_FURTHER_ACTION");
        for (RequestStatus s : RequestStatus.values()) {
            assertThat(Open311Updates.status(s.name())).isNotBlank();
        }
    }
}
