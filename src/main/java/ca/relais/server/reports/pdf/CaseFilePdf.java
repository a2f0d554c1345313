package ca.relais.server.reports.pdf;

import ca.relais.api.AuditEntryDto;
import ca.relais.api.CallerDto;
import ca.relais.api.EventDto;
import ca.relais.api.OmbudsmanCaseDto;
import ca.relais.api.RequestDto;
import ca.relais.domain.CityCalendar;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** An ombudsman's case file: the request, its callers, its whole history and who did what, when. */
public final class CaseFilePdf {
    public static final String TITLE = "Dossier de plainte / Case file";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(CityCalendar.ZONE);

    private CaseFilePdf() {
    }

    public static byte[] write(OmbudsmanCaseDto file, String exportedBy, Instant at, CaseFileWords words) {
        RequestDto r = file.request();
        PdfDocument pdf = new PdfDocument(TITLE + " " + r.number());
        pdf.text("Exporté par / Exported by " + exportedBy + ", " + time(at) + " (America/Toronto)");
        pdf.heading("Requête / Request");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Numéro / Number", r.number()});
        rows.add(new String[] {"Type", words.named(r.typeCode())});
        rows.add(new String[] {"Nature", words.nature(r.nature())});
        rows.add(new String[] {"Canal / Channel", words.channel(r.channel())});
        rows.add(new String[] {"Statut / Status", words.status(r.status())});
        rows.add(new String[] {"Service / Department", words.named(r.department())});
        rows.add(new String[] {"Créée / Created", time(r.createdAt()) + " — " + r.createdBy()});
        rows.add(new String[] {"Échéance / Due", time(r.dueAt())});
        rows.add(new String[] {"Fermée / Closed", time(r.closedAt())});
        rows.add(new String[] {"Réouvertures / Reopened", Integer.toString(r.reopenedCount())});
        rows.add(new String[] {"Lieu / Location", r.location() == null ? "" : r.location().address()});
        rows.add(new String[] {"Description", r.description()});
        rows.add(new String[] {"Résolution / Resolution", r.resolution()});
        pdf.table(rows, false, 2, 5);
        pdf.heading("Citoyens / Callers");
        List<String[]> callers = new ArrayList<>();
        callers.add(new String[] {"Nom / Name", "Téléphones / Phones", "Courriels / Emails"});
        for (CallerDto c : file.callers()) {
            callers.add(new String[] {((c.firstName() == null ? "" : c.firstName()) + " "
                    + (c.lastName() == null ? "" : c.lastName())).strip(), String.join(", ", c.phones()),
                    String.join(", ", c.emails())});
        }
        pdf.table(callers, true, 3, 3, 3);
        pdf.heading("Historique / History");
        List<String[]> history = new ArrayList<>();
        history.add(new String[] {"Quand / When", "Qui / Who", "Quoi / What", "Détail / Detail"});
        for (EventDto e : r.history() == null ? List.<EventDto>of() : r.history()) {
            history.add(new String[] {time(e.at()), e.author(),
                    words.kind(e.kind()) + ", " + words.visibility(e.visibility()),
                    String.join(" — ", java.util.stream.Stream.of(e.text() == null ? "" : e.text().strip(),
                            words.data(e.data())).filter(t -> !t.isEmpty()).toList())});
        }
        pdf.table(history, true, 2, 2, 2, 5);
        pdf.heading("Journal d'audit / Audit trail");
        List<String[]> trail = new ArrayList<>();
        trail.add(new String[] {"Quand / When", "Qui / Who", "Action", "Adresse / Address", "Détail / Detail"});
        for (AuditEntryDto a : file.trail()) {
            trail.add(new String[] {time(a.at()), a.actor(), words.action(a.action()), a.remoteAddr(), a.detail()});
        }
        pdf.table(trail, true, 2, 2, 2, 2, 3);
        return pdf.finish();
    }

    private static String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }
}
