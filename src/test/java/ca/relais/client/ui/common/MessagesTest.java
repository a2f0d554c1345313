package ca.relais.client.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** French and English hold the same texts, and every text the code names exists in both. */
class MessagesTest {
    private static final Pattern LITERAL_KEY = Pattern.compile(
            "(?:i18n\\.(?:get|bind)\\(|UserMessage\\.of\\(|Panels\\.(?:heading|section|label)\\(i18n,\\s*)\"([a-zA-Z0-9_.]+)\"");

    private static Set<String> keys(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("ca.relais.client.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new TreeSet<>(Collections.list(bundle.getKeys()));
    }

    @Test
    void aCodeIsPutInWordsWhenTheBundlesKnowItAndShownAsItIsOtherwise() {
        I18n i18n = new I18n(I18n.FRENCH);
        assertThat(i18n.getOr("trail.data.rule_id", "rule_id")).as("formatted: one apostrophe")
                .isEqualTo("Règle d'aiguillage");
        assertThat(i18n.getOr("trail.data.no_such_key", "no_such_key")).isEqualTo("no_such_key");
        i18n.localeProperty().set(I18n.ENGLISH);
        assertThat(i18n.getOr("trail.data.rule_id", "rule_id")).isEqualTo("Routing rule");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(keys(Locale.ENGLISH)).containsExactlyElementsOf(keys(Locale.ROOT));
    }

    @Test
    void everyKeyNamedInTheCodeExists() throws IOException {
        Set<String> known = keys(Locale.ROOT);
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/ca/relais/client"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(30);
        assertThat(known).containsAll(used);
    }

    @Test
    void everyApostropheSurvivesMessageFormat() {
        for (Locale locale : List.of(Locale.ROOT, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("ca.relais.client.ui.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : Collections.list(bundle.getKeys())) {
                String text = bundle.getString(key);
                assertThat(text.replace("''", "")).as(key + " in " + locale + ": a lone ' vanishes when the text is "
                        + "formatted; write ''").doesNotContain("'");
            }
        }
    }

    @Test
    void dynamicKeyFamiliesAreComplete() {
        Set<String> known = keys(Locale.ROOT);
        for (String family : List.of("nature.REQUEST", "nature.COMPLAINT", "nature.INFORMATION", "nature.COMMENT",
                "status.connection.ONLINE", "status.connection.SYNCING", "status.connection.OFFLINE",
                "status.connection.DEGRADED", "role.agent", "role.secretariat", "role.supervisor", "role.ombudsman",
                "role.admin", "main.line.8000", "main.line.5858", "main.line.secretariat", "main.line.counter",
                "main.line.none", "status.connection.short.ONLINE", "status.connection.short.SYNCING",
                "status.connection.short.OFFLINE", "status.connection.short.DEGRADED", "borough.BROMPTON",
                "borough.FLEURIMONT", "borough.LENNOXVILLE", "borough.NATIONS")) {
            assertThat(known).contains(family);
        }
        for (ca.relais.domain.Channel c : ca.relais.domain.Channel.values()) {
            assertThat(known).contains("channel." + c.name());
        }
        for (ca.relais.domain.RequestStatus s : ca.relais.domain.RequestStatus.values()) {
            assertThat(known).contains("status." + s.name());
        }
        for (ca.relais.domain.KbRating r : ca.relais.domain.KbRating.values()) {
            assertThat(known).contains("kb.rating." + r.name());
            if (r.negative()) {
                assertThat(known).contains("kb.feedback.comment." + r.name());
            }
        }
        for (String code : List.of("required", "type", "too_long", "not_a_number", "invalid_datetime",
                "unknown_value", "unknown_attribute", "unknown_address", "unknown_type", "unknown_caller",
                "nature_not_allowed", "invalid_phone", "invalid_email")) {
            assertThat(known).contains("validation." + code);
        }
        for (String family : List.of("location", "attributes", "type_code", "nature", "channel", "caller_id",
                "description", "other")) {
            assertThat(known).contains("field." + family);
        }
        for (String value : ca.relais.client.ui.call.HandoffViewModel.URGENCIES) {
            assertThat(known).contains("urgency." + value);
        }
        for (String value : ca.relais.client.ui.call.HandoffViewModel.CALLBACKS) {
            assertThat(known).contains("callback." + value);
        }
    }
}
