package ca.relais.client.ui.kbadmin;

import ca.relais.api.KbImportError;
import ca.relais.client.ui.common.I18n;
import java.util.List;

/** Words an import or editor problem in the user's language, with its file and line when it has them. */
public final class ImportMessages {
    /** Every code a problem may carry; each has a {@code kbadmin.code.*} text. */
    public static final List<String> CODES = List.of("unreadable", "empty", "syntax", "front_matter", "unknown_key",
            "duplicate_key", "bad_date", "bad_boolean", "bad_list", "type", "not_array", "not_article", "invalid",
            "review_order", "required", "unknown_value", "duplicate", "refused");

    private ImportMessages() {
    }

    public static String describe(I18n i18n, KbImportError e) {
        String code = "invalid".equals(e.code()) && "review_by".equals(e.field()) ? "review_order"
                : CODES.contains(e.code()) ? e.code() : "refused";
        String field = e.field() == null || e.code().endsWith("_key") ? "" : i18n.get("kbadmin.field." + e.field());
        String what = i18n.get("kbadmin.code." + code, field, e.detail() == null ? "" : e.detail());
        if (e.file() == null) {
            return what;
        }
        return e.line() > 0 ? i18n.get("kbadmin.at", e.file(), String.valueOf(e.line()), what) : i18n.get("kbadmin.atFile", e.file(),
                what);
    }
}
