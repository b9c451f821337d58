package se.samverkan.io;

import static se.samverkan.io.ReportStyle.MUTED;
import static se.samverkan.io.ReportStyle.RULE;
import static se.samverkan.io.ReportStyle.boldFont;
import static se.samverkan.io.ReportStyle.fit;
import static se.samverkan.io.ReportStyle.font;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The marking at the top and the title with "Sida X av Y" at the bottom of every page (the cover has no footer);
 * records the page of each listed heading and adds it to the bookmarks.
 */
final class ReportFrame extends PdfPageEventHelper {
    private final ReportPdf.Meta meta;
    private final boolean cover;
    private final int knownPages;
    private final List<ReportPdf.Entry> found;
    private final List<PdfOutline> chapters = new ArrayList<>();
    private int pages;

    /** The number of pages laid out (known once the document is closed). */
    int pages() {
        return pages;
    }

    ReportFrame(ReportPdf.Meta meta, boolean cover, int knownPages, List<ReportPdf.Entry> found) {
        this.meta = meta;
        this.cover = cover;
        this.knownPages = knownPages;
        this.found = found;
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
        String[] parts = tag.split("\\|", 3);
        int level = Integer.parseInt(parts[0]);
        found.add(new ReportPdf.Entry(level, parts[2], parts[1], writer.getPageNumber()));
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
