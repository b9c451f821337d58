package se.samverkan.io;

import static se.samverkan.io.ReportStyle.ACCENT;
import static se.samverkan.io.ReportStyle.HEADER_FILL;
import static se.samverkan.io.ReportStyle.INK;
import static se.samverkan.io.ReportStyle.MUTED;
import static se.samverkan.io.ReportStyle.RULE;
import static se.samverkan.io.ReportStyle.font;
import static se.samverkan.io.ReportStyle.italicFont;
import static se.samverkan.io.ReportStyle.statusInk;

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
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 *
 * <p>Colours and type live in {@link ReportStyle}, the charts in {@link ReportCharts}, the page frame (marking,
 * footer, bookmarks) in {@link ReportFrame} and the drawn status badge in {@link StatusMark}.
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

    /**
     * How many branches had each status in each of a few periods: one stacked bar per label, the statuses in
     * {@link StatusLevel} order, coloured as the badges.
     *
     * @param counts per label, the count of each {@link StatusLevel} by its ordinal
     */
    public record StatusChart(String title, List<String> labels, List<List<Integer>> counts) {

        public StatusChart {
            labels = List.copyOf(labels);
            counts = counts.stream().map(List::copyOf).toList();
        }
    }

    /** Fills a report's pages. */
    @FunctionalInterface
    public interface Body {
        void fill(ReportPdf pdf) throws DocumentException;
    }

    private final Document document;
    private final PdfWriter writer;
    private final Layout known;
    private int chapters;
    /** Where content goes while a {@link #together} part is collected; null when straight to the page. */
    private List<Element> collecting;

    /** A line of the table of contents. */
    record Entry(int level, String title, String anchor, int page) {
    }

    /** What one pass learned: the pages and where each chapter starts. */
    private record Layout(int pages, List<Entry> entries) {
        static final Layout UNKNOWN = new Layout(0, List.of());
    }

    private ReportPdf(Document document, PdfWriter writer, Layout known) {
        this.document = document;
        this.writer = writer;
        this.known = known;
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
            var frame = new ReportFrame(meta, cover != null, known.pages(), found);
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
            var pdf = new ReportPdf(document, writer, known);
            if (cover != null) {
                pdf.cover(cover);
            }
            body.fill(pdf);
            document.close();
            return new Layout(frame.pages(), List.copyOf(found));
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

    /**
     * Starts the next part on a fresh page turned sideways (or back upright), for a matrix wider than a portrait
     * page. The margins, marking and footer follow the page.
     */
    public void landscape(boolean sideways) {
        if (collecting == null) {
            document.setPageSize(sideways ? PageSize.A4.rotate() : PageSize.A4);
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
            Color ink = statusInk(c.status());
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
        // OpenPDF sets a cell's lines one font height apart; wrapped names and comments need air between them
        cell.setLeading(0, 1.2f);
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

    /**
     * A heading and horizontal bars under it, one per label, with the value printed after each bar; drawn as vectors.
     * Heading and chart are kept together: a chart that does not fit moves to the next page with its heading.
     */
    public void barChart(String heading, List<String> labels, List<Double> values, DoubleFunction<String> format,
                         Color color) throws DocumentException {
        PdfTemplate chart = ReportCharts.bars(writer.getDirectContent(), labels, values, format, color,
                document.right() - document.left());
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
        float width = tileWidth();
        List<Tile> tiles = new ArrayList<>();
        for (MiniChart c : charts) {
            tiles.add(new Tile(c.title(), ReportCharts.targetsAndOutcomes(writer.getDirectContent(), c, width, 92),
                    c.caption()));
        }
        tiles(tiles);
    }

    /** Small stacked bars of statuses over periods, two to a row, with the status colours' legend under them. */
    public void statusChartGrid(List<StatusChart> charts, List<String> legend) throws DocumentException {
        float width = tileWidth();
        List<Tile> tiles = new ArrayList<>();
        for (StatusChart c : charts) {
            tiles.add(new Tile(c.title(), ReportCharts.statusBars(writer.getDirectContent(), c, width), null));
        }
        tiles(tiles);
        if (!charts.isEmpty()) {
            add(imageElement(ReportCharts.statusLegend(writer.getDirectContent(), legend,
                    document.right() - document.left())));
        }
    }

    /** A chart in a grid: its title above, its caption (may be null) below. */
    private record Tile(String title, PdfTemplate chart, String caption) {
    }

    private static final float TILE_GAP = 14;

    private float tileWidth() {
        return (document.right() - document.left() - TILE_GAP) / 2;
    }

    private void tiles(List<Tile> tiles) throws DocumentException {
        if (tiles.isEmpty()) {
            return;
        }
        float width = tileWidth();
        var grid = new PdfPTable(new float[] {width, TILE_GAP, width});
        grid.setWidthPercentage(100);
        grid.setSpacingBefore(4);
        grid.setSpacingAfter(8);
        for (int i = 0; i < tiles.size(); i++) {
            Tile c = tiles.get(i);
            var cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingBottom(10);
            var title = new Paragraph(c.title(), font(9, true, INK));
            title.setLeading(11);
            cell.addElement(title);
            cell.addElement(Image.getInstance(c.chart()));
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
        if (tiles.size() % 2 == 1) {
            grid.addCell(blank());
        }
        add(grid);
    }

    private static Element imageElement(PdfTemplate template) throws DocumentException {
        var table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        table.addCell(imageCell(template));
        return table;
    }

    private static PdfPCell blank() {
        var cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static PdfPCell imageCell(PdfTemplate template) throws DocumentException {
        var cell = new PdfPCell(Image.getInstance(template), false);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }


}
