package ca.relais.domain;

/** A department or borough secretariat, with the extension agents use for warm transfers. */
public record Department(String code, LocalizedText name, String phoneExtension, boolean open247, String borough) {
}
