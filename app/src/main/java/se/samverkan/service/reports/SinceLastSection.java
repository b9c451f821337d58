package se.samverkan.service.reports;

import com.lowagie.text.DocumentException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.domain.Branch;
import se.samverkan.domain.GoalDashboard;
import se.samverkan.domain.GoalFigure;
import se.samverkan.domain.Indicator;
import se.samverkan.domain.SinceLastReport;
import se.samverkan.domain.StatusLevel;
import se.samverkan.io.ReportPdf;
import se.samverkan.io.ReportPdf.Cell;
import se.samverkan.io.ReportPdf.Row;
import se.samverkan.service.Messages;
import se.samverkan.service.goals.FigureFormat;

/**
 * "Sedan förra rapporten": what moved since the last archived report of the same kind and scope (decision 0022) —
 * counts of better, worse and new figures, and a table of each figure whose outcome or status changed. The board and
 * the steering report show it under their summary; the first report of its kind says that the next one will.
 */
final class SinceLastSection {

    /** More rows than this go to a count: the board reads what moved, not every figure. */
    static final int MAX_ROWS = 25;
    private final Messages messages;
    private final FigureFormat format;

    SinceLastSection(Messages messages) {
        this.messages = messages;
        this.format = new FigureFormat(messages);
    }

    /**
     * @param withBranch whether the table names the branch (the area report) or not (one branch's report)
     */
    void add(ReportPdf pdf, SinceLastReport since, GoalDashboard now, boolean withBranch) throws DocumentException {
        pdf.section(messages.get("report.since.heading"));
        if (!since.hasPrevious()) {
            pdf.paragraph(messages.get("report.since.first"));
            return;
        }
        String when = since.previousAt().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        List<SinceLastReport.Change> changed = since.changed();
        pdf.paragraph(messages.get("report.since.lead", when, since.previousPeriod() == null ? "–"
                        : since.previousPeriod(), since.better().size(), since.worse().size(),
                since.withTrend(SinceLastReport.Trend.NEW).size(), changed.size()));
        if (changed.isEmpty()) {
            return;
        }
        Map<Long, Indicator> indicators = new HashMap<>();
        for (GoalFigure f : now.figures()) {
            indicators.putIfAbsent(f.indicator().id(), f.indicator());
        }
        Map<Long, String> branches = new HashMap<>();
        for (Branch b : now.branches()) {
            branches.put(b.id(), b.name());
        }
        List<Row> rows = new ArrayList<>();
        for (SinceLastReport.Change c : changed.subList(0, Math.min(MAX_ROWS, changed.size()))) {
            Indicator indicator = indicators.get(c.indicatorId());
            String name = indicator == null ? c.indicatorCode() : indicator.name(messages.locale());
            List<Cell> cells = new ArrayList<>();
            if (withBranch) {
                cells.add(Cell.of(branches.getOrDefault(c.branchId(), "")));
            }
            cells.add(Cell.of(name));
            cells.add(Cell.of(indicator == null || c.oldOutcome() == null ? "–"
                    : format.amount(c.oldOutcome(), indicator)));
            cells.add(Cell.of(indicator == null || c.newOutcome() == null ? "–"
                    : format.amount(c.newOutcome(), indicator)));
            cells.add(Cell.of(status(c.oldStatus()) + " → " + status(c.newStatus())));
            cells.add(Cell.of(messages.get("report.since.trend." + c.trend().name())));
            rows.add(Row.cells(cells));
        }
        List<String> header = new ArrayList<>();
        if (withBranch) {
            header.add(messages.get("report.since.col.branch"));
        }
        header.addAll(List.of(messages.get("report.board.col.indicator"), messages.get("report.since.col.then"),
                messages.get("report.since.col.now"), messages.get("ui.goals.status"),
                messages.get("report.since.col.change")));
        float[] widths = withBranch ? new float[] {2, 2.6f, 0.9f, 0.9f, 1.8f, 0.9f}
                : new float[] {3, 1, 1, 2, 1};
        boolean[] numeric = withBranch ? new boolean[] {false, false, true, true, false, false}
                : new boolean[] {false, true, true, false, false};
        pdf.table(header, rows, widths, numeric, 8.5f);
        if (changed.size() > MAX_ROWS) {
            pdf.note(messages.get("report.since.more", changed.size() - MAX_ROWS));
        }
    }

    private String status(StatusLevel level) {
        return level == null ? "–" : messages.get("ui.goals.status." + level.name());
    }
}
