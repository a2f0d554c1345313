package ca.relais.server.reports.pdf;

import ca.relais.api.AccountabilityDto;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The accountability report as PDF: the same figures as the JSON, with charts. French first, English beside. */
public final class AccountabilityPdf {
    public static final String TITLE = "Rapport de reddition de comptes / Accountability report";

    private AccountabilityPdf() {
    }

    public static byte[] write(AccountabilityDto r) {
        PdfDocument pdf = new PdfDocument(TITLE);
        pdf.text("Période / Period: " + r.from() + " — " + r.to() + " (America/Toronto)");
        pdf.heading("Indicateurs / Key figures");
        List<String[]> figures = new ArrayList<>();
        figures.add(new String[] {"Indicateur / Figure", "Valeur / Value", "Cible / Target"});
        figures.add(new String[] {"Requêtes / Requests (total)", Long.toString(r.total()), ""});
        figures.add(new String[] {"Délai de fermeture médian (h) / Median time to close (h)",
                number(r.timeToCloseHours().median()), ""});
        figures.add(new String[] {"Délai de fermeture p90 (h) / p90 time to close (h)",
                number(r.timeToCloseHours().p90()), ""});
        figures.add(new String[] {"Respect des délais / SLA attainment", percent(r.slaAttainment()),
                percent(r.slaTarget())});
        figures.add(new String[] {"Résolution au premier contact / First-contact resolution",
                percent(r.firstContactResolutionRate()), percent(r.firstContactResolutionTarget())});
        figures.add(new String[] {"Taux de réouverture / Reopen rate", percent(r.reopenRate()), ""});
        figures.add(new String[] {"Articles utilisés / Articles used", Long.toString(r.kb().articlesUsed()), ""});
        figures.add(new String[] {"Lacunes de la base / Knowledge gaps", Long.toString(r.kb().gaps()), ""});
        pdf.table(figures, true, 5, 2, 2);
        Map<String, Double[]> attainment = new LinkedHashMap<>();
        attainment.put("SLA", new Double[] {r.slaAttainment(), r.slaTarget()});
        attainment.put("FCR / PCR", new Double[] {r.firstContactResolutionRate(), r.firstContactResolutionTarget()});
        pdf.chart(Charts.attainment("Respect des cibles / Attainment vs target", "Réel / Actual",
                "Cible / Target", attainment), 360, 200);

        pdf.newPage();
        pdf.heading("Volumes");
        pdf.chart(Charts.volumes("Par type / By type", r.byType(), 15), 500, 300);
        pdf.chart(Charts.volumes("Par groupe / By group", r.byGroup(), 15), 500, 200);
        pdf.chart(Charts.volumes("Par canal / By channel", r.byChannel(), 15), 500, 200);
        pdf.newPage();
        section(pdf, "Par type / By type", r.byType());
        section(pdf, "Par groupe / By group", r.byGroup());
        section(pdf, "Par nature / By nature", r.byNature());
        section(pdf, "Par canal / By channel", r.byChannel());
        section(pdf, "Par service / By department", r.byDepartment());
        section(pdf, "Par arrondissement / By borough", r.byBorough());
        pdf.heading("Plaintes les plus fréquentes / Top complaints");
        List<String[]> complaints = new ArrayList<>();
        complaints.add(new String[] {"Type", "N"});
        r.topComplaints().forEach(c -> complaints.add(new String[] {c.typeCode(), Long.toString(c.count())}));
        pdf.table(complaints, true, 5, 1);
        pdf.heading("Base de connaissances / Knowledge base");
        List<String[]> kb = new ArrayList<>();
        kb.add(new String[] {"Article", "N"});
        r.kb().topArticles().forEach(a -> kb.add(new String[] {a.label() == null ? a.key() : a.label(),
                Long.toString(a.count())}));
        pdf.table(kb, true, 5, 1);
        List<String[]> gaps = new ArrayList<>();
        gaps.add(new String[] {"Lacune / Gap", "N"});
        r.kb().topGaps().forEach(g -> gaps.add(new String[] {g.label(), Long.toString(g.count())}));
        pdf.table(gaps, true, 5, 1);
        return pdf.finish();
    }

    private static void section(PdfDocument pdf, String title, Map<String, Long> counts) {
        pdf.heading(title);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", "N"});
        counts.forEach((k, v) -> rows.add(new String[] {k, Long.toString(v)}));
        pdf.table(rows, true, 5, 1);
    }

    static String percent(Double share) {
        return share == null ? "—" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    static String number(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.2f", value);
    }
}
