package ca.relais.client.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command line over environment over file over defaults, and a clear message for every invalid setting. */
class SettingsLoaderTest {
    @TempDir
    Path dir;
    Path file;
    Map<String, String> env = new HashMap<>();
    Map<Setting, String> cli = new EnumMap<>(Setting.class);

    @BeforeEach
    void defaults() {
        file = dir.resolve("relais.properties");
    }

    private ClientSettings load() throws InvalidSettingException {
        return load(null);
    }

    private ClientSettings load(Path explicit) throws InvalidSettingException {
        return new SettingsLoader(env, new SettingsLoader.Defaults(file, dir.resolve("data"), dir.resolve("logs")))
                .load(cli, explicit);
    }

    private void writeFile(String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void withoutAnySourceTheDefaultsApply() throws Exception {
        ClientSettings s = load();
        assertThat(s.servers()).as("no server: the embedded demo server").isEmpty();
        assertThat(s.http().proxy()).isNull();
        assertThat(s.http().trustStore()).isNull();
        assertThat(s.dataDir()).isEqualTo(dir.resolve("data"));
        assertThat(s.logDir()).isEqualTo(dir.resolve("logs"));
        assertThat(s.language()).isEqualTo(Locale.CANADA_FRENCH);
        assertThat(s.effective()).containsEntry("server.urls", "(default)")
                .containsEntry("config.file", file + " (absent)");
    }

    @Test
    void theCommandLineWinsOverTheEnvironmentWhichWinsOverTheFile() throws Exception {
        writeFile("server.urls = https://file.ville.ca\nlanguage = en\nhttp.proxy = file-proxy:3128\n"
                + "data.dir = " + dir.resolve("from-file").toString().replace("\\", "/") + "\n");
        env.put("RELAIS_SERVER_URLS", "https://env1.ville.ca, https://env2.ville.ca:8443/");
        env.put("RELAIS_HTTP_PROXY", "http://env-proxy:8080");
        cli.put(Setting.SERVER_URLS, "http://cli.ville.ca:8080");

        ClientSettings s = load();
        assertThat(s.servers()).containsExactly(URI.create("http://cli.ville.ca:8080"));
        assertThat(s.http().proxy().host()).isEqualTo("env-proxy");
        assertThat(s.http().proxy().port()).isEqualTo(8080);
        assertThat(s.language()).as("only the file sets the language").isEqualTo(Locale.CANADA);
        assertThat(s.dataDir()).isEqualTo(dir.resolve("from-file"));
        assertThat(s.logDir()).as("an explicit data folder keeps its logs beside it")
                .isEqualTo(dir.resolve("from-file").resolve("logs"));
        assertThat(s.effective().get("server.urls")).endsWith("[the command line (--server)]");
        assertThat(s.effective().get("http.proxy")).endsWith("[the environment variable RELAIS_HTTP_PROXY]");
        assertThat(s.effective().get("language")).endsWith("[the file " + file + " (language)]");

        cli.clear();
        assertThat(load().servers()).as("a list, in order, for failover")
                .containsExactly(URI.create("https://env1.ville.ca"), URI.create("https://env2.ville.ca:8443"));
        env.clear();
        assertThat(load().servers()).containsExactly(URI.create("https://file.ville.ca"));
    }

    @Test
    void anExplicitConfigFileReplacesTheDefaultOneAndMustExist() throws Exception {
        writeFile("language = en\n");
        Path other = dir.resolve("other.properties");
        Files.writeString(other, "language = fr\nserver.urls = https://autre.ville.ca\n");
        assertThat(load(other).language()).isEqualTo(Locale.CANADA_FRENCH);
        assertThat(load(other).servers()).containsExactly(URI.create("https://autre.ville.ca"));

        assertThatThrownBy(() -> load(dir.resolve("missing.properties")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("missing.properties").hasMessageContaining("--config")
                .hasMessageContaining("does not exist");
    }

    @Test
    void everyInvalidSettingSaysWhichFromWhereAndWhatIsExpected() throws Exception {
        env.put("RELAIS_SERVER_URLS", "htp://relais.ville.ca");
        assertThatThrownBy(this::load).isInstanceOf(InvalidSettingException.class)
                .hasMessage("Invalid setting server.urls from the environment variable RELAIS_SERVER_URLS: "
                        + "'htp://relais.ville.ca' is not an http:// or https:// URL with a host. Expected: "
                        + Setting.SERVER_URLS.expected() + ".");
        env.clear();

        cli.put(Setting.SERVER_URLS, "https://relais.ville.ca/api?x=1");
        assertThatThrownBy(this::load).hasMessageContaining("server.urls from the command line (--server)")
                .hasMessageContaining("root URL only");
        cli.clear();

        writeFile("http.proxy = proxy.ville.ca:99999\n");
        assertThatThrownBy(this::load).hasMessageContaining("Invalid setting http.proxy from the file " + file)
                .hasMessageContaining("'99999' is not a port");
        writeFile("http.proxy = proxy.ville.ca\n");
        assertThatThrownBy(this::load).hasMessageContaining("is not host:port");

        writeFile("langage = en\n");
        assertThatThrownBy(this::load).hasMessageContaining("Unknown setting 'langage'")
                .hasMessageContaining("language");

        cli.put(Setting.LANGUAGE, "de");
        writeFile("");
        assertThatThrownBy(this::load).hasMessageContaining("Invalid setting language from the command line (--lang)")
                .hasMessageContaining("Expected: fr or en.");
        cli.clear();

        Path aFile = Files.writeString(dir.resolve("not-a-folder"), "x");
        env.put("RELAIS_DATA_DIR", aFile.toString());
        assertThatThrownBy(this::load).hasMessageContaining("data.dir from the environment variable RELAIS_DATA_DIR")
                .hasMessageContaining("is not a folder");
        env.clear();

        env.put("RELAIS_TRUSTSTORE", dir.resolve("nowhere.p12").toString());
        assertThatThrownBy(this::load).hasMessageContaining("truststore.file")
                .hasMessageContaining("is not a readable file");
    }

    @Test
    void aTrustStoreIsOpenedAtStartAndItsPasswordNeverShows() throws Exception {
        Path trust = TrustStores.create(dir, "s3cret-trust-pass");
        env.put("RELAIS_TRUSTSTORE", trust.toString());
        env.put("RELAIS_TRUSTSTORE_PASSWORD", "wrong-password");
        assertThatThrownBy(this::load).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("cannot be opened with the password from the environment variable "
                        + "RELAIS_TRUSTSTORE_PASSWORD")
                .message().doesNotContain("wrong-password");

        env.put("RELAIS_TRUSTSTORE_PASSWORD", "s3cret-trust-pass");
        ClientSettings s = load();
        assertThat(s.http().trustStore().file()).isEqualTo(trust);
        assertThat(s.effective().get("truststore.password")).startsWith("****");
        assertThat(s.effective().values()).noneMatch(v -> v.contains("s3cret-trust-pass"));
        assertThat(s.http().trustStore().toString()).doesNotContain("s3cret-trust-pass");
    }

    @Test
    void serverListsAcceptCommasAndSpaces() throws Exception {
        writeFile("server.urls = https://a.ville.ca , https://b.ville.ca\n");
        assertThat(load().servers()).hasSize(2).isEqualTo(List.of(URI.create("https://a.ville.ca"),
                URI.create("https://b.ville.ca")));
    }
}
