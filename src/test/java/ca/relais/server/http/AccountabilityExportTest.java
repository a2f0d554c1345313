package ca.relais.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.server.RelaisServer;
import ca.relais.support.Http;
import ca.relais.support.TestServers;
import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accountability report's CSV and PDF carry the JSON's figures; the PDF parses and has its charts. */
class AccountabilityExportTest {
    @TempDir
    Path dir;

    @Test
    void csvAndPdfCarryTheSameFiguresAsTheJson() throws Exception {
        try (RelaisServer server = TestServers.demoOnH2(dir)) {
            Http http = new Http(server.baseUrl());
            String token = http.login("ombudsman", "relais-demo");
            LocalDate to = LocalDate.now(ZoneId.of("America/Toronto"));
            String query = "/api/v1/reports/accountability?from=" + to.minusMonths(3) + "&to=" + to;
            JsonNode json = http.get(query, token).json();
            long total = json.get("total").asLong();
            assertThat(total).as("the demo city has requests in the last three months").isPositive();

            Http.Reply csv = http.get(query + "&format=csv", token);
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(csv.body()).contains("total,requests," + total + "\n",
                    "rates,sla_attainment," + json.get("sla_attainment").asDouble(),
                    "knowledge_base,articles_used," + json.get("kb").get("articles_used").asLong());

            Http.Download pdf = http.download(query + "&format=pdf", token);
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.contentType()).isEqualTo("application/pdf");
            PdfReader reader = new PdfReader(pdf.bytes());
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            String first = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(first).contains("Rapport de reddition de comptes", to.minusMonths(3).toString(),
                    Long.toString(total), String.format(Locale.ROOT, "%.1f %%",
                            json.get("sla_attainment").asDouble() * 100));
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                all.append(new PdfTextExtractor(reader).getTextFromPage(p));
            }
            String someType = json.get("by_type").fieldNames().next();
            assertThat(all.toString()).contains("Par type / By type", someType);
            int images = 0;
            for (int i = 1; i < reader.getXrefSize(); i++) {
                var object = reader.getPdfObject(i);
                if (object instanceof com.lowagie.text.pdf.PRStream stream
                        && com.lowagie.text.pdf.PdfName.IMAGE.equals(stream.get(com.lowagie.text.pdf.PdfName.SUBTYPE))) {
                    images++;
                }
            }
            assertThat(images).as("charts: attainment vs target, by type, by group, by channel").isGreaterThanOrEqualTo(4);
            assertThat(http.get(query + "&format=xml", token).status()).isEqualTo(400);
        }
    }
}
