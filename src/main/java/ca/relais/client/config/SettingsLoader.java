package ca.relais.client.config;

import ca.relais.client.sync.HttpSetup;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Reads the workstation settings from the command line, the environment, the configuration file and the defaults,
 * in that order of precedence: the first source that gives a setting wins (docs/decisions/0010).
 */
public final class SettingsLoader {
    /** Where the defaults are on this machine. */
    public record Defaults(Path configFile, Path dataDir, Path logDir) {
    }

    private record Value(String text, String source) {
    }

    private final Map<String, String> environment;
    private final Defaults defaults;

    public SettingsLoader(Map<String, String> environment, Defaults defaults) {
        this.environment = environment;
        this.defaults = defaults;
    }

    /**
     * @param commandLine the options given, by setting; absent or null when not given
     * @param configFile  the file named by {@code --config}, or null for the default one (which may be missing)
     */
    public ClientSettings load(Map<Setting, String> commandLine, Path configFile) throws InvalidSettingException {
        Path file = configFile != null ? configFile : defaults.configFile();
        Properties properties = read(file, configFile != null);
        Map<Setting, Value> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            Value value = pick(setting, commandLine.get(setting), properties, file);
            if (value != null) {
                values.put(setting, value);
            }
        }
        List<URI> servers = values.containsKey(Setting.SERVER_URLS)
                ? servers(values.get(Setting.SERVER_URLS)) : List.of();
        HttpSetup.Proxy proxy = values.containsKey(Setting.HTTP_PROXY) ? proxy(values.get(Setting.HTTP_PROXY)) : null;
        HttpSetup.TrustStore trust = values.containsKey(Setting.TRUSTSTORE)
                ? trustStore(values.get(Setting.TRUSTSTORE), values.get(Setting.TRUSTSTORE_PASSWORD)) : null;
        Path dataDir = values.containsKey(Setting.DATA_DIR) ? folder(values.get(Setting.DATA_DIR)) : defaults.dataDir();
        Path logDir = values.containsKey(Setting.DATA_DIR) ? dataDir.resolve("logs") : defaults.logDir();
        Locale language = values.containsKey(Setting.LANGUAGE) ? language(values.get(Setting.LANGUAGE))
                : Locale.CANADA_FRENCH;

        Map<String, String> effective = new LinkedHashMap<>();
        effective.put("config.file", file + (Files.isRegularFile(file) ? "" : " (absent)"));
        for (Setting setting : Setting.values()) {
            Value v = values.get(setting);
            effective.put(setting.key(), v == null ? "(default)" : (setting.secret() ? "****" : v.text())
                    + " [" + v.source() + "]");
        }
        effective.put("data.dir.effective", dataDir.toString());
        effective.put("log.dir", logDir.toString());
        return new ClientSettings(servers, new HttpSetup(proxy, trust), dataDir, logDir, language, effective);
    }

    private Value pick(Setting setting, String fromCommandLine, Properties file, Path fileName) {
        if (fromCommandLine != null && !fromCommandLine.isBlank()) {
            return new Value(fromCommandLine.strip(), "the command line (" + setting.option() + ")");
        }
        String env = environment.get(setting.environment());
        if (env != null && !env.isBlank()) {
            return new Value(env.strip(), "the environment variable " + setting.environment());
        }
        String inFile = file.getProperty(setting.key());
        if (inFile != null && !inFile.isBlank()) {
            return new Value(inFile.strip(), "the file " + fileName + " (" + setting.key() + ")");
        }
        return null;
    }

    private static Properties read(Path file, boolean required) throws InvalidSettingException {
        Properties properties = new Properties();
        if (!Files.exists(file)) {
            if (required) {
                throw new InvalidSettingException("The configuration file " + file + " given with --config does not"
                        + " exist. Expected: a Java properties file, see docs/configuration.md.");
            }
            return properties;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidSettingException("The configuration file " + file + " cannot be read: " + e.getMessage()
                    + ". Expected: a UTF-8 Java properties file, see docs/configuration.md.");
        }
        for (String key : properties.stringPropertyNames()) {
            if (Setting.byKey(key) == null) {
                throw new InvalidSettingException("Unknown setting '" + key + "' in the file " + file
                        + ". Expected one of: " + String.join(", ",
                        Arrays.stream(Setting.values()).map(Setting::key).toList()) + ".");
            }
        }
        return properties;
    }

    private static List<URI> servers(Value value) throws InvalidSettingException {
        List<URI> servers = new ArrayList<>();
        for (String part : value.text().split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            URI uri;
            try {
                uri = new URI(part);
            } catch (URISyntaxException e) {
                throw InvalidSettingException.of(Setting.SERVER_URLS, value.source(), "'" + part + "' is not a URL");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw InvalidSettingException.of(Setting.SERVER_URLS, value.source(),
                        "'" + part + "' is not an http:// or https:// URL with a host");
            }
            if (uri.getQuery() != null || uri.getFragment() != null
                    || (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/"))) {
                throw InvalidSettingException.of(Setting.SERVER_URLS, value.source(),
                        "'" + part + "' has a path or query; give the server's root URL only");
            }
            servers.add(URI.create(scheme + "://" + uri.getRawAuthority()));
        }
        if (servers.isEmpty()) {
            throw InvalidSettingException.of(Setting.SERVER_URLS, value.source(), "no URL was given");
        }
        return servers;
    }

    private static HttpSetup.Proxy proxy(Value value) throws InvalidSettingException {
        String text = value.text();
        if (text.regionMatches(true, 0, "http://", 0, 7)) {
            text = text.substring(7);
        }
        if (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || text.contains("/") || text.contains("@")) {
            throw InvalidSettingException.of(Setting.HTTP_PROXY, value.source(), "'" + value.text()
                    + "' is not host:port");
        }
        try {
            int port = Integer.parseInt(text.substring(colon + 1));
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return new HttpSetup.Proxy(text.substring(0, colon), port);
        } catch (NumberFormatException e) {
            throw InvalidSettingException.of(Setting.HTTP_PROXY, value.source(), "'" + text.substring(colon + 1)
                    + "' is not a port between 1 and 65535");
        }
    }

    private static HttpSetup.TrustStore trustStore(Value file, Value password) throws InvalidSettingException {
        Path path = Path.of(file.text());
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw InvalidSettingException.of(Setting.TRUSTSTORE, file.source(), "'" + path
                    + "' is not a readable file");
        }
        HttpSetup.TrustStore store = new HttpSetup.TrustStore(path,
                password == null ? null : password.text().toCharArray());
        try {
            if (store.load().size() == 0) {
                throw InvalidSettingException.of(Setting.TRUSTSTORE, file.source(), "'" + path
                        + "' holds no certificate");
            }
        } catch (IOException | GeneralSecurityException e) {
            String why = password == null ? "it cannot be opened without a password (set "
                    + Setting.TRUSTSTORE_PASSWORD.environment() + " or " + Setting.TRUSTSTORE_PASSWORD.key() + ")"
                    : "it cannot be opened with the password from " + password.source();
            throw InvalidSettingException.of(Setting.TRUSTSTORE, file.source(), "'" + path + "' is not a trust store"
                    + " or " + why);
        }
        return store;
    }

    private static Path folder(Value value) throws InvalidSettingException {
        Path path;
        try {
            path = Path.of(value.text());
        } catch (java.nio.file.InvalidPathException e) {
            throw InvalidSettingException.of(Setting.DATA_DIR, value.source(), "'" + value.text()
                    + "' is not a valid path");
        }
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw InvalidSettingException.of(Setting.DATA_DIR, value.source(), "'" + path
                    + "' exists and is not a folder");
        }
        return path;
    }

    private static Locale language(Value value) throws InvalidSettingException {
        String code = value.text().toLowerCase(Locale.ROOT).replace('_', '-');
        if (code.equals("fr") || code.equals("fr-ca")) {
            return Locale.CANADA_FRENCH;
        }
        if (code.equals("en") || code.equals("en-ca")) {
            return Locale.CANADA;
        }
        throw InvalidSettingException.of(Setting.LANGUAGE, value.source(), "'" + value.text()
                + "' is not a supported language");
    }
}
