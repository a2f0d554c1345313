package ca.relais.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;

/** Phone numbers as callers say them ("819 555-1234", "(819) 555-1234 poste 12", "+33 1 …"), normalised to E.164. */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "CA";

    private PhoneNumbers() {
    }

    /** The E.164 form ({@code +18195551234}) of a valid number, assuming Canada when no country code is given. */
    public static Optional<String> toE164(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(raw, DEFAULT_REGION);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** How a North American number is read out: {@code 819 555-1234}; other numbers in international form. */
    public static String display(String e164) {
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(e164, DEFAULT_REGION);
            if (number.getCountryCode() == 1) {
                String national = String.valueOf(number.getNationalNumber());
                return national.substring(0, 3) + " " + national.substring(3, 6) + "-" + national.substring(6);
            }
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException | StringIndexOutOfBoundsException e) {
            return e164;
        }
    }

    /** The digits of a search fragment, or an empty string when it holds fewer than 3 digits. */
    public static String searchDigits(String fragment) {
        if (fragment == null) {
            return "";
        }
        String digits = fragment.replaceAll("\\D", "");
        return digits.length() >= 3 ? digits : "";
    }
}
