package ca.relais.domain;

import java.util.Optional;

/** The line a user answers; it pre-fills the channel of what they capture. */
public enum PhoneLine {
    LINE_8000("8000", Channel.PHONE_8000),
    LINE_5858("5858", Channel.PHONE_5858),
    SECRETARIAT("secretariat", Channel.BOROUGH_OFFICE),
    COUNTER("counter", Channel.COUNTER),
    NONE("none", null);

    private final String code;
    private final Channel channel;

    PhoneLine(String code, Channel channel) {
        this.code = code;
        this.channel = channel;
    }

    public String code() {
        return code;
    }

    public Optional<Channel> defaultChannel() {
        return Optional.ofNullable(channel);
    }

    public static PhoneLine fromCode(String code) {
        for (PhoneLine line : values()) {
            if (line.code.equals(code)) {
                return line;
            }
        }
        throw new IllegalArgumentException("Unknown phone line: " + code);
    }
}
