package ca.relais.client.ui.common;

/** A text for the user, named by its key so the view can show it in the current language. */
public record UserMessage(String key, Object... args) {
    public static UserMessage of(String key, Object... args) {
        return new UserMessage(key, args);
    }
}
