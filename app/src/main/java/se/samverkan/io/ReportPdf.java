package se.samverkan.io;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The house style of the PDF reports (OpenPDF): A4, Liberation Sans embedded (every Swedish glyph, metric-compatible
 * with Arial, SIL OFL), a marking such as "Internt" at the top of every page and the title with the page number at the
 * bottom, headings, paragraphs, tables whose header row repeats on each page, and bar charts drawn as vectors (crisp
 * at any zoom and in print). Written next to the target and moved into place.
 */
public final class ReportPdf {

    /** What every page shows and the file's properties. */
    public record Meta(String title, String subject, String author, String marking, String pageLabel) {
    }

    /** One table row; a bold row is a sum or a subtotal. */
    public record Row(List<String> cells, boolean bold) {

        public static Row of(String... cells) {
            return new Row(List.of(cells), false);
        }

        public static Row sum(String... cells) {
            return new Row(List.of(cells), true);
        }
    }

    /** Fills a report's pages. */
    @FunctionalInterface
    public interface Body {
        void fill(ReportPdf pdf) throws DocumentException;
    }

    private static final Color INK = new Color(0x1F, 0x23, 0x28);
    private static final Color MUTED = new Color(0x59, 0x63, 0x6E);
    private static final Color RULE = new Color(0xD0, 0xD7, 0xDE);
    private static final Color HEADER_FILL = new Color(0xF3, 0xF5, 0xF7);
    private static volatile BaseFont regular;
    private static volatile BaseFont bold;
    private final Document document;
    private final PdfWriter writer;

    private ReportPdf(Document document, PdfWriter writer) {
        this.document = document;
        this.writer = writer;
    }

    /** Writes a report to {@code file} (the whole file or nothing). */
    public static void write(Path file, Meta meta, Body body) throws IOException {
        AtomicFile.write(file, out -> {
            var document = new Document(PageSize.A4, 56, 56, 64, 64);
            try {
                PdfWriter writer = PdfWriter.getInstance(document, out);
                writer.setPageEvent(new Frame(meta));
                // text after an image that moves to the next page stays after it
                writer.setStrictImageSequence(true);
                document.addTitle(meta.title());
                document.addSubject(meta.subject());
                document.addAuthor(meta.author());
                document.addCreator("Samverkan");
                document.open();
                body.fill(new ReportPdf(document, writer));
                document.close();
            } catch (DocumentException e) {
                throw new IOException("the report could not be laid out", e);
            }
        });
    }

    /** The title block of the first page. */
    public void title(String title, String subtitle) throws DocumentException {
        var t = new Paragraph(title, font(22, true, INK));
        t.setSpacingAfter(4);
        document.add(t);
        var s = new Paragraph(subtitle, font(11, false, MUTED));
        s.setSpacingAfter(18);
        document.add(s);
    }

    public void heading(String text) throws DocumentException {
        var p = new Paragraph(text, font(14, true, INK));
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        document.add(p);
    }

    public void paragraph(String text) throws DocumentException {
        var p = new Paragraph(text, font(10, false, INK));
        p.setSpacingAfter(6);
        p.setLeading(14);
        document.add(p);
    }

    /** Grey small print, for sources and notes. */
    public void note(String text) throws DocumentException {
        var p = new Paragraph(text, font(8.5f, false, MUTED));
        p.setSpacingAfter(6);
        document.add(p);
    }

    /**
     * A table; {@code numeric} columns are right-aligned. The header row repeats on every page the table runs over.
     *
     * @param widths relative column widths
     */
    public void table(List<String> header, List<Row> rows, float[] widths, boolean[] numeric) throws DocumentException {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(8);
        for (int i = 0; i < header.size(); i++) {
            var cell = cell(header.get(i), font(9, true, INK), numeric[i]);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        for (Row row : rows) {
            for (int i = 0; i < row.cells().size(); i++) {
                var cell = cell(row.cells().get(i), font(9.5f, row.bold(), INK), numeric[i]);
                if (row.bold()) {
                    cell.setBorderWidthTop(1.2f);
                    cell.setBorderColorTop(INK);
                }
                table.addCell(cell);
            }
        }
        document.add(table);
    }

    private static PdfPCell cell(String text, Font font, boolean numeric) {
        var cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(4);
        cell.setPaddingBottom(5);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    /**
     * A heading and horizontal bars under it, one per label, with the value printed after each bar; drawn as vectors.
     * Heading and chart are kept together: a chart that does not fit moves to the next page with its heading.
     */
    public void barChart(String heading, List<String> labels, List<Double> values, DoubleFunction<String> format,
                         Color color) throws DocumentException {
        float width = document.right() - document.left();
        float rowHeight = 16;
        float labelWidth = 170;
        float valueWidth = 80;
        float height = labels.size() * rowHeight + 6;
        PdfContentByte cb = writer.getDirectContent();
        PdfTemplate chart = cb.createTemplate(width, height);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        float barSpace = width - labelWidth - valueWidth - 8;
        for (int i = 0; i < labels.size(); i++) {
            float y = height - (i + 1) * rowHeight;
            chart.beginText();
            chart.setFontAndSize(font(), 8.5f);
            chart.setColorFill(INK);
            chart.showTextAligned(Element.ALIGN_RIGHT, fit(labels.get(i), labelWidth - 6, 8.5f), labelWidth - 6, y + 4,
                    0);
            chart.endText();
            float bar = max <= 0 ? 0 : (float) (values.get(i) / max * barSpace);
            chart.setColorFill(color);
            chart.rectangle(labelWidth, y + 2, Math.max(bar, 0.5f), rowHeight - 5);
            chart.fill();
            chart.beginText();
            chart.setFontAndSize(font(), 8.5f);
            chart.setColorFill(MUTED);
            chart.showTextAligned(Element.ALIGN_LEFT, format.apply(values.get(i)), labelWidth + bar + 4, y + 4, 0);
            chart.endText();
        }
        var image = Image.getInstance(chart);
        var title = new Paragraph(heading, font(14, true, INK));
        title.setSpacingAfter(6);
        var block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.setSpacingBefore(14);
        block.setSpacingAfter(8);
        var titleCell = new PdfPCell();
        titleCell.addElement(title);
        titleCell.setBorder(Rectangle.NO_BORDER);
        titleCell.setPadding(0);
        block.addCell(titleCell);
        var chartCell = new PdfPCell(image, false);
        chartCell.setBorder(Rectangle.NO_BORDER);
        chartCell.setPadding(0);
        block.addCell(chartCell);
        document.add(block);
    }

    /** The text cut with "…" so it fits {@code width} points at {@code size}. */
    private static String fit(String text, float width, float size) {
        if (font().getWidthPoint(text, size) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && font().getWidthPoint(cut + "…", size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static Font font(float size, boolean strong, Color color) {
        return new Font(strong ? boldFont() : font(), size, Font.NORMAL, color);
    }

    static BaseFont font() {
        if (regular == null) {
            regular = load("LiberationSans-Regular.ttf");
        }
        return regular;
    }

    static BaseFont boldFont() {
        if (bold == null) {
            bold = load("LiberationSans-Bold.ttf");
        }
        return bold;
    }

    private static BaseFont load(String name) {
        try (InputStream in = ReportPdf.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the jar: " + name);
            }
            // Identity-H and embedded: any Unicode text, the glyphs travel with the file
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("font could not be read: " + name, e);
        }
    }

    /** The marking at the top and the title with the page number at the bottom of every page. */
    private static final class Frame extends PdfPageEventHelper {
        private final Meta meta;

        Frame(Meta meta) {
            this.meta = meta;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            cb.saveState();
            cb.beginText();
            cb.setFontAndSize(boldFont(), 8.5f);
            cb.setColorFill(MUTED);
            cb.showTextAligned(Element.ALIGN_RIGHT, meta.marking(), document.right(), document.top() + 24, 0);
            cb.setFontAndSize(font(), 8.5f);
            cb.showTextAligned(Element.ALIGN_LEFT, meta.title(), document.left(), document.bottom() - 28, 0);
            cb.showTextAligned(Element.ALIGN_RIGHT, meta.pageLabel() + " " + writer.getPageNumber(), document.right(),
                    document.bottom() - 28, 0);
            cb.endText();
            cb.setColorStroke(RULE);
            cb.setLineWidth(0.5f);
            cb.moveTo(document.left(), document.bottom() - 16);
            cb.lineTo(document.right(), document.bottom() - 16);
            cb.stroke();
            cb.restoreState();
        }
    }

    /** An empty chunk, so callers need not know OpenPDF to add vertical space. */
    public void space() throws DocumentException {
        document.add(new Paragraph(Chunk.NEWLINE));
    }
}
