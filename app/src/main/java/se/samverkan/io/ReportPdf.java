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
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;
import se.samverkan.domain.StatusLevel;

/**
 * The house style of the PDF reports (OpenPDF): A4, Liberation Sans embedded (every Swedish glyph, metric-compatible
 * with Arial, SIL OFL), a marking such as "Internt" at the top of every page and the title with "Sida X av Y" at the
 * bottom, an optional cover and table of contents (with bookmarks and links), headings, paragraphs, tables whose
 * header row repeats on each page, status badges, and charts drawn as vectors (crisp at any zoom and in print).
 *
 * <p>A report is laid out more than once: the first pass learns the number of pages and the page of every chapter,
 * the next prints them in the footer and the contents. The body must therefore lay out the same content each time
 * it is called (it only reads data gathered before). Written next to the target and moved into place.
 */
public final class ReportPdf {

    /**
     * What every page shows and the file's properties.
     *
     * @param pageLabel the footer's page text, {@code {0}} the page and {@code {1}} the number of pages
     *                  ("Sida {0} av {1}"); a label without {@code {0}} gets the page number after it
     */
    public record Meta(String title, String subject, String author, String marking, String pageLabel) {
    }

    /**
     * A first page of its own, followed by the table of contents.
     *
     * @param band            in white on the coloured band at the top, e.g. the organisation
     * @param lines           under the title: scope, period, date, author
     * @param notice          at the foot of the cover, e.g. who the report is for and that it is internal
     * @param contentsHeading the heading of the table of contents
     */
    public record Cover(String band, String title, List<String> lines, String notice, String contentsHeading) {

        public Cover {
            lines = List.copyOf(lines);
        }
    }

    /** One table cell: text, optionally bold, filled, or shown as a status badge. */
    public record Cell(String text, boolean bold, Color fill, StatusLevel status) {

        public static Cell of(String text) {
            return new Cell(text, false, null, null);
        }

        public static Cell bold(String text) {
            return new Cell(text, true, null, null);
        }

        /** A status badge: the Okabe–Ito colour with a symbol drawn before the text, so it reads without colour. */
        public static Cell status(StatusLevel level, String text) {
            return new Cell(text, false, null, Objects.requireNonNull(level));
        }
    }

    /** One table row; a bold row is a sum or a subtotal. */
    public record Row(List<Cell> cells, boolean bold) {

        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(String... cells) {
            return new Row(Arrays.stream(cells).map(Cell::of).toList(), false);
        }

        public static Row sum(String... cells) {
            return new Row(Arrays.stream(cells).map(Cell::of).toList(), true);
        }

        public static Row cells(Cell... cells) {
            return new Row(List.of(cells), false);
        }

        public static Row cells(List<Cell> cells) {
            return new Row(cells, false);
        }
    }

    /**
     * A small chart of one indicator over periods: outcomes as bars, the target of each period as a dark tick.
     *
     * @param targets  per label, null where no target was set
     * @param outcomes per label, null where no outcome was reported
     */
    public record MiniChart(String title, String caption, List<String> labels, List<Double> targets,
                            List<Double> outcomes, DoubleFunction<String> format) {
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
    private static final Color ACCENT = new Color(0x00, 0x72, 0xB2);
    private static final Color TARGET_MARK = new Color(0x1F, 0x23, 0x28);
    private static volatile BaseFont regular;
    private static volatile BaseFont bold;
    private static volatile BaseFont italic;
    private final Document document;
    private final PdfWriter writer;
    private final Layout known;
    private final List<Entry> entries;
    private int chapters;
    /** Where content goes while a {@link #together} part is collected; null when straight to the page. */
    private List<Element> collecting;

    /** A line of the table of contents. */
    private record Entry(int level, String title, String anchor, int page) {
    }

    /** What one pass learned: the pages and where each chapter starts. */
    private record Layout(int pages, List<Entry> entries) {
        static final Layout UNKNOWN = new Layout(0, List.of());
    }

    private ReportPdf(Document document, PdfWriter writer, Layout known, List<Entry> entries) {
        this.document = document;
        this.writer = writer;
        this.known = known;
        this.entries = entries;
    }

    /** Writes a report without a cover to {@code file} (the whole file or nothing). */
    public static void write(Path file, Meta meta, Body body) throws IOException {
        write(file, meta, null, body);
    }

    /** Writes a report, with a cover and contents when {@code cover} is given, to {@code file}. */
    public static void write(Path file, Meta meta, Cover cover, Body body) throws IOException {
        save(file, render(meta, cover, body));
    }

    /** Writes a rendered report to {@code file} (the whole file or nothing). */
    public static void save(Path file, byte[] bytes) throws IOException {
        AtomicFile.write(file, out -> out.write(bytes));
    }

    /** The report's bytes. */
    public static byte[] render(Meta meta, Cover cover, Body body) throws IOException {
        Layout layout = Layout.UNKNOWN;
        byte[] bytes = null;
        // two passes suffice unless the contents grow by a page; then a third settles it
        for (int pass = 0; pass < 4; pass++) {
            var out = new ByteArrayOutputStream();
            Layout found = pass(out, meta, cover, body, layout);
            bytes = out.toByteArray();
            if (found.equals(layout)) {
                return bytes;
            }
            layout = found;
        }
        return bytes;
    }

    private static Layout pass(ByteArrayOutputStream out, Meta meta, Cover cover, Body body, Layout known)
            throws IOException {
        var document = new Document(PageSize.A4, 56, 56, 64, 64);
        List<Entry> found = new ArrayList<>();
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            var frame = new Frame(meta, cover != null, known.pages(), found);
            writer.setPageEvent(frame);
            // text after an image that moves to the next page stays after it
            writer.setStrictImageSequence(true);
            if (cover != null) {
                writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            }
            document.addTitle(meta.title());
            document.addSubject(meta.subject());
            document.addAuthor(meta.author());
            document.addCreator("Samverkan");
            document.open();
            var pdf = new ReportPdf(document, writer, known, found);
            if (cover != null) {
                pdf.cover(cover);
            }
            body.fill(pdf);
            document.close();
            return new Layout(frame.pages, List.copyOf(found));
        } catch (DocumentException e) {
            throw new IOException("the report could not be laid out", e);
        }
    }

    private void cover(Cover cover) throws DocumentException {
        PdfContentByte under = writer.getDirectContentUnder();
        Rectangle page = document.getPageSize();
        under.saveState();
        under.setColorFill(ACCENT);
        under.rectangle(0, page.getHeight() - 150, page.getWidth(), 150);
        under.fill();
        under.restoreState();

        var band = new Paragraph(cover.band(), font(12, true, Color.WHITE));
        band.setLeading(14);
        document.add(band);
        var spacer = new Paragraph(" ", font(10, false, INK));
        spacer.setLeading(110);
        document.add(spacer);
        var title = new Paragraph(cover.title(), font(28, true, INK));
        title.setLeading(34);
        title.setSpacingAfter(16);
        document.add(title);
        for (String line : cover.lines()) {
            var p = new Paragraph(line, font(13, false, MUTED));
            p.setSpacingAfter(4);
            document.add(p);
        }
        if (cover.notice() != null) {
            var box = new PdfPTable(1);
            box.setWidthPercentage(100);
            box.setSpacingBefore(60);
            var cell = new PdfPCell(new Phrase(cover.notice(), font(10, false, INK)));
            cell.setPadding(10);
            cell.setBorderColor(RULE);
            cell.setBackgroundColor(HEADER_FILL);
            box.addCell(cell);
            document.add(box);
        }
        document.newPage();
        contents(cover.contentsHeading());
    }

    /** The table of contents from the previous pass (empty in the first). */
    private void contents(String heading) throws DocumentException {
        var h = new Paragraph(heading, font(18, true, INK));
        h.setSpacingAfter(14);
        document.add(h);
        for (Entry e : known.entries()) {
            var line = new Paragraph();
            line.setIndentationLeft(e.level() == 1 ? 0 : 16);
            line.setSpacingAfter(e.level() == 1 ? 5 : 2);
            Font f = font(e.level() == 1 ? 11 : 10, e.level() == 1, e.level() == 1 ? INK : MUTED);
            var title = new Chunk(e.title(), f);
            title.setLocalGoto(e.anchor());
            line.add(title);
            line.add(new Chunk(new DottedLineSeparator()));
            var pageNo = new Chunk(Integer.toString(e.page()), f);
            pageNo.setLocalGoto(e.anchor());
            line.add(pageNo);
            document.add(line);
        }
        document.newPage();
    }

    private void add(Element element) throws DocumentException {
        if (collecting != null) {
            collecting.add(element);
        } else {
            document.add(element);
        }
    }

    /**
     * Lays out a part (a heading and what belongs under it) on one page: when it does not fit below what comes
     * before, it starts on the next page. A part longer than a page still runs over.
     */
    public void together(Body part) throws DocumentException {
        if (collecting != null) {
            part.fill(this);
            return;
        }
        collecting = new ArrayList<>();
        try {
            part.fill(this);
            var block = new PdfPTable(1);
            block.setWidthPercentage(100);
            block.setKeepTogether(true);
            block.setSplitLate(true);
            var cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            for (Element e : collecting) {
                cell.addElement(e);
            }
            block.addCell(cell);
            collecting = null;
            document.add(block);
        } finally {
            collecting = null;
        }
    }

    /** The title block of a report without a cover. */
    public void title(String title, String subtitle) throws DocumentException {
        var t = new Paragraph(title, font(22, true, INK));
        t.setSpacingAfter(4);
        add(t);
        var s = new Paragraph(subtitle, font(11, false, MUTED));
        s.setSpacingAfter(18);
        add(s);
    }

    /** Starts the next part on a fresh page (nothing happens on an empty page). */
    public void newPage() {
        if (collecting == null) {
            document.newPage();
        }
    }

    /** A main heading, listed in the contents and the bookmarks. */
    public void chapter(String text) throws DocumentException {
        listed(text, 1, font(17, true, INK), 4, 8);
    }

    /** A heading under a chapter, listed indented in the contents. */
    public void section(String text) throws DocumentException {
        listed(text, 2, font(13, true, INK), 12, 6);
    }

    private void listed(String text, int level, Font font, float before, float after) throws DocumentException {
        String anchor = "c" + (++chapters);
        var chunk = new Chunk(text, font);
        chunk.setLocalDestination(anchor);
        chunk.setGenericTag(level + "|" + anchor + "|" + text);
        var p = new Paragraph(chunk);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        p.setKeepTogether(true);
        add(p);
    }

    public void heading(String text) throws DocumentException {
        var p = new Paragraph(text, font(14, true, INK));
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        add(p);
    }

    /** A small bold heading inside a section. */
    public void subheading(String text) throws DocumentException {
        var p = new Paragraph(text, font(10.5f, true, INK));
        p.setSpacingBefore(8);
        p.setSpacingAfter(4);
        add(p);
    }

    public void paragraph(String text) throws DocumentException {
        var p = new Paragraph(text, font(10, false, INK));
        p.setSpacingAfter(6);
        p.setLeading(14);
        add(p);
    }

    /** A quotation of someone's words (a comment, a reason), set in italics. */
    public void quote(String text) throws DocumentException {
        var p = new Paragraph(text, new Font(italicFont(), 9.5f, Font.NORMAL, INK));
        p.setIndentationLeft(12);
        p.setSpacingAfter(6);
        p.setLeading(13);
        add(p);
    }

    /** Grey small print, for sources and notes. */
    public void note(String text) throws DocumentException {
        var p = new Paragraph(text, font(8.5f, false, MUTED));
        p.setSpacingAfter(6);
        add(p);
    }

    /** A short list with a bullet before each line. */
    public void bullets(List<String> lines) throws DocumentException {
        for (String line : lines) {
            var p = new Paragraph("•  " + line, font(10, false, INK));
            p.setIndentationLeft(10);
            p.setFirstLineIndent(-8);
            p.setSpacingAfter(3);
            p.setLeading(13.5f);
            add(p);
        }
        add(new Paragraph(" ", font(4, false, INK)));
    }

    /**
     * A table; {@code numeric} columns are right-aligned. The header row repeats on every page the table runs over.
     *
     * @param widths relative column widths
     */
    public void table(List<String> header, List<Row> rows, float[] widths, boolean[] numeric) throws DocumentException {
        table(header, rows, widths, numeric, 9.5f);
    }

    /** A table in a smaller type, for wide matrices. */
    public void table(List<String> header, List<Row> rows, float[] widths, boolean[] numeric, float size)
            throws DocumentException {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(8);
        for (int i = 0; i < header.size(); i++) {
            var cell = cell(Cell.bold(header.get(i)), Math.min(9, size), numeric[i]);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        for (Row row : rows) {
            for (int i = 0; i < row.cells().size(); i++) {
                Cell c = row.cells().get(i);
                var cell = cell(row.bold() && !c.bold() ? new Cell(c.text(), true, c.fill(), c.status()) : c, size,
                        numeric[i]);
                if (row.bold()) {
                    cell.setBorderWidthTop(1.2f);
                    cell.setBorderColorTop(INK);
                }
                table.addCell(cell);
            }
        }
        add(table);
    }

    private static PdfPCell cell(Cell c, float size, boolean numeric) {
        String text = c.text() == null ? "" : c.text();
        PdfPCell cell;
        if (c.status() != null) {
            Color ink = c.status() == StatusLevel.AT_RISK || c.status() == StatusLevel.NO_DATA ? INK : Color.WHITE;
            // room on the left for the drawn symbol
            cell = new PdfPCell(new Phrase(text, font(size, c.bold(), ink)));
            cell.setPaddingLeft(4 + size + 3);
            cell.setCellEvent(new StatusMark(c.status(), size));
        } else {
            cell = new PdfPCell(new Phrase(text, font(size, c.bold(), INK)));
            cell.setPaddingLeft(4);
            if (c.fill() != null) {
                cell.setBackgroundColor(c.fill());
            }
        }
        cell.setHorizontalAlignment(numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingTop(4);
        cell.setPaddingRight(4);
        cell.setPaddingBottom(5);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    /** The badge colour of a status: Okabe–Ito blue, orange, vermillion; a pale grey for no data. */
    public static Color statusColor(StatusLevel level) {
        return switch (level) {
            case ON_TRACK -> new Color(0x00, 0x72, 0xB2);
            case AT_RISK -> new Color(0xE6, 0x9F, 0x00);
            case OFF_TRACK -> new Color(0xD5, 0x5E, 0x00);
            case NO_DATA -> new Color(0xEE, 0xF0, 0xF2);
        };
    }

    /**
     * Fills a status cell with its colour and draws its symbol (✓ ! ✕ –) as lines: the embedded font has no check
     * mark or cross, and drawn marks stay sharp.
     */
    private record StatusMark(StatusLevel level, float size) implements PdfPCellEvent {

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte bg = canvases[PdfPTable.BACKGROUNDCANVAS];
            bg.saveState();
            bg.setColorFill(statusColor(level));
            bg.rectangle(position.getLeft() + 1, position.getBottom() + 1, position.getWidth() - 2,
                    position.getHeight() - 2);
            bg.fill();
            bg.restoreState();

            PdfContentByte cb = canvases[PdfPTable.TEXTCANVAS];
            float s = size * 0.8f;
            float x = position.getLeft() + 5;
            float y = position.getBottom() + (position.getHeight() - s) / 2;
            Color ink = level == StatusLevel.AT_RISK || level == StatusLevel.NO_DATA ? INK : Color.WHITE;
            cb.saveState();
            cb.setColorStroke(ink);
            cb.setColorFill(ink);
            cb.setLineWidth(Math.max(1.1f, s / 6));
            cb.setLineCap(PdfContentByte.LINE_CAP_ROUND);
            cb.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
            switch (level) {
                case ON_TRACK -> {
                    cb.moveTo(x, y + s * 0.5f);
                    cb.lineTo(x + s * 0.35f, y + s * 0.12f);
                    cb.lineTo(x + s, y + s * 0.9f);
                    cb.stroke();
                }
                case OFF_TRACK -> {
                    cb.moveTo(x + s * 0.1f, y + s * 0.1f);
                    cb.lineTo(x + s * 0.9f, y + s * 0.9f);
                    cb.moveTo(x + s * 0.1f, y + s * 0.9f);
                    cb.lineTo(x + s * 0.9f, y + s * 0.1f);
                    cb.stroke();
                }
                case AT_RISK -> {
                    cb.moveTo(x + s * 0.5f, y + s * 0.35f);
                    cb.lineTo(x + s * 0.5f, y + s);
                    cb.stroke();
                    cb.circle(x + s * 0.5f, y + s * 0.06f, Math.max(0.8f, s / 10));
                    cb.fill();
                }
                case NO_DATA -> {
                    cb.moveTo(x + s * 0.15f, y + s * 0.5f);
                    cb.lineTo(x + s * 0.85f, y + s * 0.5f);
                    cb.stroke();
                }
            }
            cb.restoreState();
        }
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
            text(chart, fit(labels.get(i), labelWidth - 6, 8.5f), 8.5f, INK, Element.ALIGN_RIGHT, labelWidth - 6, y + 4);
            float bar = max <= 0 ? 0 : (float) (values.get(i) / max * barSpace);
            chart.setColorFill(color);
            chart.rectangle(labelWidth, y + 2, Math.max(bar, 0.5f), rowHeight - 5);
            chart.fill();
            text(chart, format.apply(values.get(i)), 8.5f, MUTED, Element.ALIGN_LEFT, labelWidth + bar + 4, y + 4);
        }
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
        block.addCell(imageCell(chart));
        add(block);
    }

    /** Small charts two to a row, each with its title above and its caption (e.g. the trend) below. */
    public void chartGrid(List<MiniChart> charts) throws DocumentException {
        if (charts.isEmpty()) {
            return;
        }
        float gap = 14;
        float width = (document.right() - document.left() - gap) / 2;
        var grid = new PdfPTable(new float[] {width, gap, width});
        grid.setWidthPercentage(100);
        grid.setSpacingBefore(4);
        grid.setSpacingAfter(8);
        for (int i = 0; i < charts.size(); i++) {
            MiniChart c = charts.get(i);
            var cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingBottom(10);
            var title = new Paragraph(c.title(), font(9, true, INK));
            title.setLeading(11);
            cell.addElement(title);
            var image = Image.getInstance(miniChart(c, width, 92));
            cell.addElement(image);
            if (c.caption() != null) {
                var caption = new Paragraph(c.caption(), font(8, false, MUTED));
                caption.setLeading(10);
                cell.addElement(caption);
            }
            grid.addCell(cell);
            if (i % 2 == 0) {
                grid.addCell(blank());
            }
        }
        if (charts.size() % 2 == 1) {
            grid.addCell(blank());
        }
        add(grid);
    }

    private static PdfPCell blank() {
        var cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private PdfTemplate miniChart(MiniChart c, float width, float height) {
        PdfTemplate t = writer.getDirectContent().createTemplate(width, height);
        float left = 34;
        float bottom = 14;
        float top = 8;
        float plotW = width - left - 4;
        float plotH = height - bottom - top;
        double max = 0;
        for (int i = 0; i < c.labels().size(); i++) {
            max = Math.max(max, value(c.targets(), i));
            max = Math.max(max, value(c.outcomes(), i));
        }
        if (max <= 0) {
            max = 1;
        }
        // the scale and its top value
        t.setColorStroke(RULE);
        t.setLineWidth(0.5f);
        t.moveTo(left, bottom);
        t.lineTo(left + plotW, bottom);
        t.moveTo(left, bottom + plotH);
        t.lineTo(left + plotW, bottom + plotH);
        t.stroke();
        text(t, c.format().apply(max), 7, MUTED, Element.ALIGN_RIGHT, left - 3, bottom + plotH - 2.5f);
        text(t, c.format().apply(0), 7, MUTED, Element.ALIGN_RIGHT, left - 3, bottom - 2.5f);
        int n = c.labels().size();
        float slot = plotW / Math.max(n, 1);
        float bar = Math.min(22, slot * 0.55f);
        for (int i = 0; i < n; i++) {
            float cx = left + slot * i + slot / 2;
            Double outcome = c.outcomes().get(i);
            if (outcome != null) {
                float h = (float) (outcome / max * plotH);
                t.setColorFill(ACCENT);
                t.rectangle(cx - bar / 2, bottom, bar, Math.max(h, 0.6f));
                t.fill();
            }
            Double target = c.targets().get(i);
            if (target != null) {
                float y = bottom + (float) (target / max * plotH);
                t.setColorStroke(TARGET_MARK);
                t.setLineWidth(1.6f);
                t.moveTo(cx - bar / 2 - 3, y);
                t.lineTo(cx + bar / 2 + 3, y);
                t.stroke();
            }
            text(t, fit(c.labels().get(i), slot - 2, 7), 7, MUTED, Element.ALIGN_CENTER, cx, 3);
        }
        return t;
    }

    private static double value(List<Double> values, int i) {
        Double v = values.get(i);
        return v == null ? 0 : v;
    }

    private static void text(PdfContentByte cb, String text, float size, Color color, int align, float x, float y) {
        cb.beginText();
        cb.setFontAndSize(font(), size);
        cb.setColorFill(color);
        cb.showTextAligned(align, text, x, y, 0);
        cb.endText();
    }

    private static PdfPCell imageCell(PdfTemplate template) throws DocumentException {
        var cell = new PdfPCell(Image.getInstance(template), false);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
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

    static BaseFont italicFont() {
        if (italic == null) {
            italic = load("LiberationSans-Italic.ttf");
        }
        return italic;
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

    /**
     * The marking at the top and the title with "Sida X av Y" at the bottom of every page (the cover has no footer);
     * records the page of each listed heading and adds it to the bookmarks.
     */
    private static final class Frame extends PdfPageEventHelper {
        private final Meta meta;
        private final boolean cover;
        private final int knownPages;
        private final List<Entry> found;
        private final List<PdfOutline> chapters = new ArrayList<>();
        private int pages;

        Frame(Meta meta, boolean cover, int knownPages, List<Entry> found) {
            this.meta = meta;
            this.cover = cover;
            this.knownPages = knownPages;
            this.found = found;
        }

        @Override
        public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
            String[] parts = tag.split("\\|", 3);
            int level = Integer.parseInt(parts[0]);
            found.add(new Entry(level, parts[2], parts[1], writer.getPageNumber()));
            var destination = new PdfDestination(PdfDestination.FITH, rect.getTop() + 20);
            PdfOutline parent = level == 1 || chapters.isEmpty() ? writer.getRootOutline()
                    : chapters.get(chapters.size() - 1);
            var outline = new PdfOutline(parent, destination, parts[2], false);
            if (level == 1) {
                chapters.add(outline);
            }
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            pages = page;
            PdfContentByte cb = writer.getDirectContent();
            cb.saveState();
            cb.beginText();
            cb.setFontAndSize(boldFont(), 8.5f);
            cb.setColorFill(cover && page == 1 ? Color.WHITE : MUTED);
            cb.showTextAligned(Element.ALIGN_RIGHT, meta.marking(), document.right(), document.top() + 24, 0);
            cb.endText();
            if (!(cover && page == 1)) {
                cb.beginText();
                cb.setFontAndSize(font(), 8.5f);
                cb.setColorFill(MUTED);
                cb.showTextAligned(Element.ALIGN_LEFT, fit(meta.title(), 330, 8.5f), document.left(),
                        document.bottom() - 28, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, pageText(page), document.right(), document.bottom() - 28, 0);
                cb.endText();
                cb.setColorStroke(RULE);
                cb.setLineWidth(0.5f);
                cb.moveTo(document.left(), document.bottom() - 16);
                cb.lineTo(document.right(), document.bottom() - 16);
                cb.stroke();
            }
            cb.restoreState();
        }

        private String pageText(int page) {
            String label = meta.pageLabel();
            if (!label.contains("{0}")) {
                return label + " " + page;
            }
            // the first pass does not know the count yet; the last pass does
            String total = knownPages > 0 ? Integer.toString(knownPages) : "–";
            return label.replace("{0}", Integer.toString(page)).replace("{1}", total);
        }
    }

    /** An empty chunk, so callers need not know OpenPDF to add vertical space. */
    public void space() throws DocumentException {
        add(new Paragraph(Chunk.NEWLINE));
    }
}
