package ca.relais.client.config;

/** A setting that cannot be used; the message says which, from where, and what is expected. */
public final class InvalidSettingException extends Exception {
    public InvalidSettingException(String message) {
        super(message);
    }

    static InvalidSettingException of(Setting setting, String source, String problem) {
        return new InvalidSettingException("Invalid setting " + setting.key() + " from " + source + ": " + problem
                + ". Expected: " + setting.expected() + ".");
    }
}
