package se.samverkan.io;

import static se.samverkan.io.ReportStyle.ACCENT;
import static se.samverkan.io.ReportStyle.INK;
import static se.samverkan.io.ReportStyle.MUTED;
import static se.samverkan.io.ReportStyle.RULE;
import static se.samverkan.io.ReportStyle.TARGET_MARK;
import static se.samverkan.io.ReportStyle.fit;
import static se.samverkan.io.ReportStyle.font;
import static se.samverkan.io.ReportStyle.statusColor;
import static se.samverkan.io.ReportStyle.statusInk;
import static se.samverkan.io.ReportStyle.text;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.List;
import java.util.function.DoubleFunction;
import se.samverkan.domain.StatusLevel;

/** The reports' charts, each drawn with vector operators into a template that {@link ReportPdf} places. */
final class ReportCharts {

    private ReportCharts() {
    }

    /** One horizontal bar per label, the label right-aligned before it and the value printed after it. */
    static PdfTemplate bars(PdfContentByte canvas, List<String> labels, List<Double> values,
                            DoubleFunction<String> format, Color color, float width) {
        float rowHeight = 16;
        float labelWidth = 170;
        float valueWidth = 80;
        float height = labels.size() * rowHeight + 6;
        PdfTemplate chart = canvas.createTemplate(width, height);
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
        return chart;
    }

    /** One bar per label: the statuses side by side in proportion, each segment with its count when it fits. */
    static PdfTemplate statusBars(PdfContentByte canvas, ReportPdf.StatusChart c, float width) {
        float rowHeight = 15;
        float left = 44;
        float top = 4;
        float height = c.labels().size() * rowHeight + 2 + top;
        PdfTemplate t = canvas.createTemplate(width, height);
        float barSpace = width - left - 4;
        for (int i = 0; i < c.labels().size(); i++) {
            float y = height - top - (i + 1) * rowHeight;
            text(t, fit(c.labels().get(i), left - 6, 7.5f), 7.5f, MUTED, Element.ALIGN_RIGHT, left - 5, y + 5);
            List<Integer> counts = c.counts().get(i);
            int total = counts.stream().mapToInt(Integer::intValue).sum();
            float x = left;
            for (StatusLevel level : StatusLevel.values()) {
                int n = counts.get(level.ordinal());
                if (n == 0 || total == 0) {
                    continue;
                }
                float w = barSpace * n / total;
                t.setColorFill(statusColor(level));
                t.rectangle(x, y + 2, w, rowHeight - 4);
                t.fill();
                String label = Integer.toString(n);
                if (font().getWidthPoint(label, 7) + 4 <= w) {
                    Color ink = statusInk(level);
                    text(t, label, 7, ink, Element.ALIGN_CENTER, x + w / 2, y + 5);
                }
                x += w;
            }
            // the pale "no data" segment needs an edge on white paper
            t.setColorStroke(RULE);
            t.setLineWidth(0.5f);
            t.rectangle(left, y + 2, barSpace, rowHeight - 4);
            t.stroke();
        }
        return t;
    }

    /** The status colours with their names, one line across the page. */
    static PdfTemplate statusLegend(PdfContentByte canvas, List<String> names, float width) {
        float height = 14;
        PdfTemplate t = canvas.createTemplate(width, height);
        float x = 0;
        for (StatusLevel level : StatusLevel.values()) {
            t.setColorFill(statusColor(level));
            t.rectangle(x, 3, 9, 9);
            t.fill();
            t.setColorStroke(RULE);
            t.setLineWidth(0.5f);
            t.rectangle(x, 3, 9, 9);
            t.stroke();
            String name = names.get(level.ordinal());
            text(t, name, 8, MUTED, Element.ALIGN_LEFT, x + 13, 4.5f);
            x += 13 + font().getWidthPoint(name, 8) + 16;
        }
        return t;
    }

    /** Outcomes as bars and each period's target as a dark tick, with the scale's top and zero. */
    static PdfTemplate targetsAndOutcomes(PdfContentByte canvas, ReportPdf.MiniChart c, float width, float height) {
        PdfTemplate t = canvas.createTemplate(width, height);
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
}
