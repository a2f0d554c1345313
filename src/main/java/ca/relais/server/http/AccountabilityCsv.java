package ca.relais.server.http;

import ca.relais.api.AccountabilityDto;
import java.util.Map;

/** The accountability report as CSV: one {@code section,key,value} row per figure. */
final class AccountabilityCsv {
    private AccountabilityCsv() {
    }

    static String write(AccountabilityDto f) {
        StringBuilder out = new StringBuilder("section,key,value\n");
        row(out, "period", "from", f.from());
        row(out, "period", "to", f.to());
        row(out, "total", "requests", f.total());
        section(out, "by_type", f.byType());
        section(out, "by_group", f.byGroup());
        section(out, "by_nature", f.byNature());
        section(out, "by_channel", f.byChannel());
        section(out, "by_department", f.byDepartment());
        section(out, "by_borough", f.byBorough());
        row(out, "time_to_close_hours", "median", f.timeToCloseHours().median());
        row(out, "time_to_close_hours", "p90", f.timeToCloseHours().p90());
        row(out, "time_to_close_hours", "count", f.timeToCloseHours().count());
        row(out, "rates", "sla_attainment", f.slaAttainment());
        row(out, "targets", "sla_attainment", f.slaTarget());
        row(out, "targets", "first_contact_resolution", f.firstContactResolutionTarget());
        row(out, "rates", "first_contact_resolution_rate", f.firstContactResolutionRate());
        row(out, "rates", "reopen_rate", f.reopenRate());
        f.topComplaints().forEach(c -> row(out, "top_complaints", c.typeCode(), c.count()));
        row(out, "knowledge_base", "articles_used", f.kb().articlesUsed());
        row(out, "knowledge_base", "feedback", f.kb().feedback());
        row(out, "knowledge_base", "gaps", f.kb().gaps());
        f.kb().topArticles().forEach(a -> row(out, "kb_top_articles", a.key(), a.count()));
        f.kb().topGaps().forEach(g -> row(out, "kb_top_gaps", g.label(), g.count()));
        return out.toString();
    }

    private static void section(StringBuilder out, String name, Map<String, Long> values) {
        values.forEach((k, v) -> row(out, name, k, v));
    }

    private static void row(StringBuilder out, String section, String key, Object value) {
        out.append(section).append(',').append(escape(key)).append(',')
                .append(value == null ? "" : value).append('\n');
    }

    private static String escape(String s) {
        String safe = s != null && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return safe != null && (safe.contains(",") || safe.contains("\"")) ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }
}
