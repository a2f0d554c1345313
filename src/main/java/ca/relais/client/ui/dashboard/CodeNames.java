package ca.relais.client.ui.dashboard;

import ca.relais.api.CatalogueDto;
import ca.relais.client.ui.common.I18n;
import java.util.HashMap;
import java.util.Map;

/**
 * The words for the codes the supervision screens show: request types, groups and departments from the catalogue,
 * statuses, channels, natures and phone lines from the messages, in the language of the moment. An unknown code is
 * shown as it is.
 */
public final class CodeNames {
    private final I18n i18n;
    private final Map<String, String[]> types = new HashMap<>();
    private final Map<String, String[]> departments = new HashMap<>();
    private final Map<String, String[]> groups = new HashMap<>();

    public CodeNames(I18n i18n, CatalogueDto catalogue) {
        this.i18n = i18n;
        if (catalogue != null) {
            catalogue.items().forEach(s -> types.put(s.serviceCode(), new String[] {s.serviceName(), s.serviceNameEn()}));
            catalogue.departments().forEach(d -> departments.put(d.code(), new String[] {d.nameFr(), d.nameEn()}));
            if (catalogue.groups() != null) {
                catalogue.groups().forEach(g -> groups.put(g.code(), new String[] {g.nameFr(), g.nameEn()}));
            }
        }
    }

    public String type(String code) {
        return pick(types, code);
    }

    public String group(String code) {
        return pick(groups, code);
    }

    /** A wait in minutes, in the unit that reads best: "25 min", "3 h 10", "12 j". */
    public String minutes(long minutes) {
        return i18n.get(TileRules.waited(minutes));
    }

    public String department(String code) {
        return pick(departments, code);
    }

    public String status(String code) {
        return code == null ? "" : word("status." + code, code);
    }

    public String channel(String code) {
        return code == null ? "" : word("channel." + code, code);
    }

    public String nature(String code) {
        return code == null ? "" : word("nature." + code, code);
    }

    public String line(String code) {
        return code == null || "NONE".equals(code) ? i18n.get("main.line.none")
                : word("main.line." + code, code);
    }

    /** A borough code in words; {@code NONE} says there is none. */
    public String borough(String code) {
        return code == null || "NONE".equals(code) ? i18n.get("supervision.noBorough")
                : word("borough." + code, code);
    }

    /** The department codes of the catalogue, sorted. */
    public java.util.List<String> departmentCodes() {
        return departments.keySet().stream().sorted().toList();
    }

    private String word(String key, String code) {
        return i18n.getOr(key, code);
    }

    private String pick(Map<String, String[]> names, String code) {
        String[] n = code == null ? null : names.get(code);
        if (n == null) {
            return code == null ? "" : code;
        }
        return i18n.isEnglish() && n[1] != null && !n[1].isBlank() ? n[1] : n[0];
    }
}
