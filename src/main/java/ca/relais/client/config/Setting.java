package ca.relais.client.config;

/** Every workstation setting, with its name in each source and what a valid value looks like. */
public enum Setting {
    SERVER_URLS("server.urls", "RELAIS_SERVER_URLS", "--server",
            "one or more http:// or https:// server URLs separated by commas, e.g. https://relais1.ville.ca,https://relais2.ville.ca"),
    HTTP_PROXY("http.proxy", "RELAIS_HTTP_PROXY", "--proxy",
            "host:port of an HTTP proxy, e.g. proxy.ville.ca:3128"),
    TRUSTSTORE("truststore.file", "RELAIS_TRUSTSTORE", "--truststore",
            "a readable PKCS#12 or JKS file of trusted certificates"),
    TRUSTSTORE_PASSWORD("truststore.password", "RELAIS_TRUSTSTORE_PASSWORD", null,
            "the password of the trust store"),
    DATA_DIR("data.dir", "RELAIS_DATA_DIR", "--data-dir",
            "a folder (created if missing) for the encrypted caches"),
    LANGUAGE("language", "RELAIS_LANGUAGE", "--lang",
            "fr or en");

    private final String key;
    private final String environment;
    private final String option;
    private final String expected;

    Setting(String key, String environment, String option, String expected) {
        this.key = key;
        this.environment = environment;
        this.option = option;
        this.expected = expected;
    }

    /** The key in the configuration file. */
    public String key() {
        return key;
    }

    public String environment() {
        return environment;
    }

    /** The command-line option, or null when the setting has none (secrets stay off the command line). */
    public String option() {
        return option;
    }

    public String expected() {
        return expected;
    }

    public boolean secret() {
        return this == TRUSTSTORE_PASSWORD;
    }

    static Setting byKey(String key) {
        for (Setting s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        return null;
    }
}
