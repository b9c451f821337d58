package se.samverkan.io;

import static se.samverkan.io.ReportStyle.statusColor;
import static se.samverkan.io.ReportStyle.statusInk;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import se.samverkan.domain.StatusLevel;

/**
 * Fills a status cell with its colour and draws its symbol (✓ ! ✕ –) as lines: the embedded font has no check
 * mark or cross, and drawn marks stay sharp.
 */
record StatusMark(StatusLevel level, float size) implements PdfPCellEvent {

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
        Color ink = statusInk(level);
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
