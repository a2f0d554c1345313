package ca.relais.server.reports.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/** A small writer over OpenPDF: headings, paragraphs, two-column tables and JFreeChart charts, A4 portrait. */
final class PdfDocument {
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 40, 40, 40, 40);

    PdfDocument(String title) {
        try {
            PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        document.addTitle(title);
        document.addCreator("Relais");
        document.open();
        add(new Paragraph(title, TITLE));
    }

    PdfDocument heading(String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return add(p);
    }

    PdfDocument text(String text) {
        return add(new Paragraph(text == null ? "" : text, BODY));
    }

    /** Rows of label and value; the first row is a header when {@code header} is set. */
    PdfDocument table(List<String[]> rows, boolean header, float... widths) {
        if (rows.isEmpty()) {
            return text("—");
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(header ? 1 : 0);
        for (int i = 0; i < rows.size(); i++) {
            for (String cell : rows.get(i)) {
                PdfPCell c = new PdfPCell(new Phrase(cell == null ? "" : cell, header && i == 0 ? BOLD : BODY));
                c.setPadding(3);
                table.addCell(c);
            }
        }
        return add(table);
    }

    PdfDocument chart(JFreeChart chart, int width, int height) {
        BufferedImage image = chart.createBufferedImage(width * 2, height * 2);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeBufferedImageAsPNG(png, image);
            Image pdfImage = Image.getInstance(png.toByteArray());
            pdfImage.scaleToFit(width, height);
            pdfImage.setAlignment(Element.ALIGN_CENTER);
            return add(pdfImage);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PdfDocument newPage() {
        document.newPage();
        return add(Chunk.NEWLINE);
    }

    private PdfDocument add(Element e) {
        try {
            document.add(e);
        } catch (DocumentException ex) {
            throw new IllegalStateException(ex);
        }
        return this;
    }

    byte[] finish() {
        document.close();
        return out.toByteArray();
    }
}
