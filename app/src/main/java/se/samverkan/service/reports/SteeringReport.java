package se.samverkan.service.reports;

import com.lowagie.text.DocumentException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import se.samverkan.domain.ArchivedReport;
import se.samverkan.domain.Branch;
import se.samverkan.domain.FigureSnapshot;
import se.samverkan.domain.SinceLastReport;
import se.samverkan.domain.CostAllocation;
import se.samverkan.domain.GoalDashboard;
import se.samverkan.domain.GoalFigure;
import se.samverkan.domain.OperationalGoal;
import se.samverkan.domain.Period;
import se.samverkan.domain.ProjectGoal;
import se.samverkan.domain.StatusLevel;
import se.samverkan.io.ReportPdf;
import se.samverkan.io.ReportPdf.Cell;
import se.samverkan.io.ReportPdf.Row;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.costs.CostAllocationService;
import se.samverkan.service.goals.FigureFormat;
import se.samverkan.service.goals.GoalService;

/**
 * The report to the steering group (styrgrupp) for the whole NUTS area and one period: a cover, the contents, the
 * area's status per goal, a matrix of every branch × goal on a landscape page, the trend per operational goal over
 * the last periods, the highlights and risks (statuses set by hand with their reasons, the coordinators' comments,
 * what is behind) and the year's cost allocation. Only aggregated figures and branch names: no one's personal data.
 */
public final class SteeringReport {

    /** The parts a user can leave out; the summary and the matrix are always in. */
    public enum Section {
        TRENDS, HIGHLIGHTS, COSTS
    }

    /** @param author the name on the cover */
    public record Options(Set<Section> sections, String author) {

        public Options {
            sections = sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
        }

        public static Options everything(String author) {
            return new Options(EnumSet.allOf(Section.class), author);
        }
    }

    /** What was written, for the archive and the caller's message. */
    public record Result(Period period, GoalDashboard dashboard, CostAllocation costs, byte[] pdf) {
    }

    /** The trend shows this many periods of the report's length, the report's own the last. */
    static final int TREND_PERIODS = 4;
    /** A comment or a reason longer than this is cut in the highlights (the window shows it whole). */
    private static final int MAX_TEXT = 400;

    private final Workspace workspace;
    private final Messages messages;
    private final Clock clock;
    private final GoalService goals;
    private final ReportArchive archive;
    private final FigureFormat format;
    private final DateTimeFormatter longDate;

    public SteeringReport(Workspace workspace, Messages messages, Clock clock) {
        this.workspace = workspace;
        this.messages = messages;
        this.clock = clock;
        this.goals = new GoalService(workspace, messages.locale(), clock);
        this.archive = new ReportArchive(workspace, clock);
        this.format = new FigureFormat(messages);
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale());
    }

    /**
     * Everything the report shows, read before the layout so the layout can run more than once.
     *
     * @param trend the dashboards of the trend's periods, oldest first, the report's period last
     */
    private record Facts(Period period, GoalDashboard dashboard, List<GoalDashboard> trend, CostAllocation costs,
                         LocalDate today, FigureSnapshot snapshot, SinceLastReport since) {
    }

    /** Writes the report to {@code file} and returns what it showed. */
    public Result write(Period period, Options options, Path file, ReportProgress progress) throws IOException {
        Facts facts = gather(period, options, progress);
        progress.step(9, 10);
        var meta = new ReportPdf.Meta(messages.get("report.steering.title", period.toString()),
                messages.get("report.steering.subject"), options.author(), messages.get("report.marking"),
                messages.get("report.page"));
        var cover = new ReportPdf.Cover(messages.get("report.band"), messages.get("report.steering.coverTitle"),
                List.of(messages.get("report.steering.area", area(facts.dashboard().branches()),
                                facts.dashboard().branches().size()),
                        messages.get("report.board.period", format.describe(period)),
                        messages.get("report.board.made", longDate.format(facts.today()), options.author())),
                messages.get("report.steering.notice"), messages.get("report.contents"));
        byte[] pdf = ReportPdf.render(meta, cover, doc -> body(doc, facts, options));
        progress.step(10, 10);
        ReportPdf.save(file, pdf);
        archive.record(ArchivedReport.Kind.STEERING, null, period, meta.title(), file.getFileName().toString(), pdf,
                facts.snapshot());
        return new Result(period, facts.dashboard(), facts.costs(), pdf);
    }

    /** "SE33, SE32": the NUTS codes of the branches, in the order they come. */
    private static String area(List<Branch> branches) {
        return String.join(", ", branches.stream().map(Branch::nutsCode).distinct().toList());
    }

    private Facts gather(Period period, Options options, ReportProgress progress) {
        progress.step(0, 10);
        LocalDate today = LocalDate.now(clock);
        List<Period> trendPeriods = trendPeriods(period);
        List<GoalDashboard> trend = new ArrayList<>();
        for (int i = 0; i < trendPeriods.size(); i++) {
            Period p = trendPeriods.get(i);
            // only the report's own period when the trend is left out
            if (p.equals(period) || options.sections().contains(Section.TRENDS)) {
                trend.add(goals.dashboard(p));
            }
            progress.step(1 + 6 * (i + 1) / trendPeriods.size(), 10);
        }
        GoalDashboard dashboard = trend.get(trend.size() - 1);
        CostAllocation costs = options.sections().contains(Section.COSTS)
                ? new CostAllocationService(workspace, clock).allocation(period.year()) : null;
        progress.step(8, 10);
        FigureSnapshot snapshot = FigureSnapshot.of(dashboard);
        // compared before this report is archived, or it would be its own "last report"
        SinceLastReport since = archive.sinceLastReport(ArchivedReport.Kind.STEERING, null, snapshot);
        return new Facts(period, dashboard, trend, costs, today, snapshot, since);
    }

    /** The periods of the report's length with targets or outcomes up to the report's own, the last few. */
    private List<Period> trendPeriods(Period period) {
        var periods = new TreeSet<Period>();
        for (Period p : goals.periods()) {
            if (p.kind() == period.kind() && p.compareTo(period) < 0) {
                periods.add(p);
            }
        }
        List<Period> list = new ArrayList<>(periods);
        list = new ArrayList<>(list.subList(Math.max(0, list.size() - (TREND_PERIODS - 1)), list.size()));
        list.add(period);
        return list;
    }

    private void body(ReportPdf pdf, Facts f, Options options) throws DocumentException {
        summary(pdf, f);
        pdf.landscape(true);
        matrix(pdf, f);
        pdf.landscape(false);
        Set<Section> s = options.sections();
        if (s.contains(Section.TRENDS)) {
            pdf.together(part -> trends(part, f));
        }
        if (s.contains(Section.HIGHLIGHTS)) {
            pdf.newPage();
            highlights(pdf, f);
        }
        if (s.contains(Section.COSTS)) {
            pdf.newPage();
            costs(pdf, f);
        }
    }

    private String statusText(StatusLevel level) {
        return messages.get("ui.goals.status." + level.name());
    }

    private Cell badge(StatusLevel level) {
        return Cell.status(level, statusText(level));
    }

    /** A badge for the matrix, whose narrow columns take a shorter word for no data. */
    private Cell matrixBadge(StatusLevel level) {
        return level == StatusLevel.NO_DATA ? Cell.status(level, messages.get("report.steering.noData")) : badge(level);
    }

    /** How many branches have each status under {@code key}, by {@link StatusLevel} ordinal. */
    private static int[] count(GoalDashboard d, Function<Branch, String> key) {
        int[] counts = new int[StatusLevel.values().length];
        d.branches().forEach(b -> counts[d.status(key.apply(b)).ordinal()]++);
        return counts;
    }

    // --- the summary: the area per goal

    private void summary(ReportPdf pdf, Facts f) throws DocumentException {
        GoalDashboard d = f.dashboard();
        pdf.chapter(messages.get("report.steering.summary"));
        int[] goalCounts = new int[StatusLevel.values().length];
        d.goals().forEach(g -> goalCounts[d.status(GoalDashboard.areaKey(g.id())).ordinal()]++);
        int[] branchCounts = count(d, b -> GoalDashboard.branchKey(b.id()));
        pdf.paragraph(messages.get("report.steering.summaryLead", longDate.format(d.asOf()),
                statusText(d.status(GoalDashboard.AREA_TOTAL_KEY)), goalCounts[0], goalCounts[1], goalCounts[2],
                goalCounts[3], d.goals().size(), d.branches().size(), branchCounts[0], branchCounts[1],
                branchCounts[2]));
        List<Row> rows = new ArrayList<>();
        for (ProjectGoal p : d.projectGoals()) {
            rows.add(new Row(countedRow(Cell.bold(messages.get("ui.goals.projectGoal.short", p.id()) + " " + p.name()),
                    d.status(GoalDashboard.areaProjectKey(p.id())),
                    count(d, b -> GoalDashboard.projectKey(b.id(), p.id()))), false));
            for (OperationalGoal g : d.goals()) {
                if (g.projectGoalId() == p.id()) {
                    rows.add(Row.cells(countedRow(Cell.of("   " + g.id() + " " + g.name()),
                            d.status(GoalDashboard.areaKey(g.id())), count(d, b -> GoalDashboard.cellKey(b.id(), g.id())))));
                }
            }
        }
        rows.add(new Row(countedRow(Cell.bold(messages.get("report.steering.areaTotal")),
                d.status(GoalDashboard.AREA_TOTAL_KEY), branchCounts), true));
        pdf.table(List.of(messages.get("report.board.col.goal"), messages.get("report.steering.col.areaStatus"),
                        statusText(StatusLevel.ON_TRACK), statusText(StatusLevel.AT_RISK),
                        statusText(StatusLevel.OFF_TRACK), statusText(StatusLevel.NO_DATA)), rows,
                new float[] {3.6f, 1.2f, 0.6f, 0.6f, 0.6f, 0.9f},
                new boolean[] {false, false, true, true, true, true}, 9);
        pdf.note(messages.get("report.steering.summaryNote"));
        pdf.note(messages.get("report.board.statusRule"));
        pdf.together(part -> new SinceLastSection(messages).add(part, f.since(), d, true));
    }

    private List<Cell> countedRow(Cell name, StatusLevel level, int[] counts) {
        List<Cell> cells = new ArrayList<>();
        cells.add(name);
        cells.add(badge(level));
        for (int n : counts) {
            cells.add(Cell.of(Integer.toString(n)));
        }
        return cells;
    }

    // --- the matrix: branch × goal, on a landscape page

    private void matrix(ReportPdf pdf, Facts f) throws DocumentException {
        GoalDashboard d = f.dashboard();
        pdf.chapter(messages.get("report.steering.matrix"));
        pdf.note(messages.get("report.steering.matrixLead"));
        List<String> header = new ArrayList<>();
        header.add(messages.get("ui.goals.branch"));
        d.goals().forEach(g -> header.add(messages.get("report.steering.col.goal", g.id())));
        d.projectGoals().forEach(p -> header.add(messages.get("report.steering.col.projectGoal", p.id())));
        header.add(messages.get("ui.goals.total"));
        List<Row> rows = new ArrayList<>();
        for (Branch b : d.branches()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(b.name()));
            d.goals().forEach(g -> cells.add(matrixBadge(d.status(GoalDashboard.cellKey(b.id(), g.id())))));
            d.projectGoals().forEach(p -> cells.add(matrixBadge(d.status(GoalDashboard.projectKey(b.id(), p.id())))));
            cells.add(matrixBadge(d.status(GoalDashboard.branchKey(b.id()))));
            rows.add(Row.cells(cells));
        }
        List<Cell> area = new ArrayList<>();
        area.add(Cell.bold(messages.get("ui.goals.area")));
        d.goals().forEach(g -> area.add(matrixBadge(d.status(GoalDashboard.areaKey(g.id())))));
        d.projectGoals().forEach(p -> area.add(matrixBadge(d.status(GoalDashboard.areaProjectKey(p.id())))));
        area.add(matrixBadge(d.status(GoalDashboard.AREA_TOTAL_KEY)));
        rows.add(new Row(area, true));
        int statusColumns = header.size() - 1;
        float[] widths = new float[header.size()];
        boolean[] numeric = new boolean[header.size()];
        // the names get what a landscape A4 page leaves after a status column wide enough for "Inga uppgifter"
        widths[0] = 2.6f;
        for (int i = 1; i <= statusColumns; i++) {
            widths[i] = 1;
        }
        pdf.table(header, rows, widths, numeric, 7);
        List<String> key = new ArrayList<>();
        d.goals().forEach(g -> key.add(messages.get("report.steering.col.goal", g.id()) + " " + g.name()));
        d.projectGoals().forEach(p -> key.add(messages.get("report.steering.col.projectGoal", p.id()) + " " + p.name()));
        pdf.note(messages.get("report.steering.matrixKey", String.join(" · ", key)));
    }

    // --- the trend per operational goal

    private void trends(ReportPdf pdf, Facts f) throws DocumentException {
        pdf.chapter(messages.get("report.steering.trends"));
        List<String> labels = f.trend().stream().map(t -> t.period().toString()).toList();
        pdf.paragraph(messages.get("report.steering.trendsLead", f.dashboard().branches().size(),
                String.join(", ", labels)));
        List<ReportPdf.StatusChart> charts = new ArrayList<>();
        for (OperationalGoal g : f.dashboard().goals()) {
            List<List<Integer>> counts = new ArrayList<>();
            for (GoalDashboard t : f.trend()) {
                int[] c = count(t, b -> GoalDashboard.cellKey(b.id(), g.id()));
                counts.add(java.util.Arrays.stream(c).boxed().toList());
            }
            charts.add(new ReportPdf.StatusChart(g.id() + " " + g.name(), labels, counts));
        }
        pdf.statusChartGrid(charts, java.util.Arrays.stream(StatusLevel.values()).map(this::statusText).toList());
        pdf.note(messages.get("report.steering.trendsNote"));
    }

    // --- highlights and risks

    private void highlights(ReportPdf pdf, Facts f) throws DocumentException {
        GoalDashboard d = f.dashboard();
        pdf.chapter(messages.get("report.steering.highlights"));
        pdf.together(part -> risks(part, d));
        List<Row> overrides = new ArrayList<>();
        List<Row> comments = new ArrayList<>();
        for (OperationalGoal g : d.goals()) {
            for (Branch b : d.branches()) {
                for (GoalFigure fig : d.figures(b.id(), g.id())) {
                    String indicator = fig.indicator().name(messages.locale());
                    if (fig.status().overridden()) {
                        overrides.add(Row.cells(Cell.of(Integer.toString(g.id())), Cell.of(b.name()),
                                Cell.of(indicator), badge(fig.status().level()),
                                Cell.of(messages.get("report.steering.computed", statusText(fig.status().computed()))
                                        + " " + cut(fig.status().reason()))));
                    }
                    if (fig.report() != null && fig.report().comment() != null && !fig.report().comment().isBlank()) {
                        comments.add(Row.of(Integer.toString(g.id()), b.name(), indicator,
                                cut(fig.report().comment().strip())));
                    }
                }
            }
        }
        List<String> header = List.of(messages.get("report.steering.col.goalNo"), messages.get("ui.goals.branch"),
                messages.get("report.board.col.indicator"));
        pdf.together(part -> {
            part.section(messages.get("report.steering.overrides"));
            if (overrides.isEmpty()) {
                part.paragraph(messages.get("report.steering.noOverrides"));
            } else {
                part.note(messages.get("report.steering.overridesLead"));
                List<String> h = new ArrayList<>(header);
                h.add(messages.get("ui.goals.status"));
                h.add(messages.get("report.steering.col.reason"));
                part.table(h, overrides, new float[] {0.5f, 1.8f, 2.2f, 1, 3.4f},
                        new boolean[] {false, false, false, false, false}, 8.5f);
            }
        });
        pdf.together(part -> {
            part.section(messages.get("report.steering.comments"));
            if (comments.isEmpty()) {
                part.paragraph(messages.get("report.steering.noComments"));
            } else {
                List<String> h = new ArrayList<>(header);
                h.add(messages.get("report.board.col.comments"));
                part.table(h, comments, new float[] {0.5f, 1.8f, 2.2f, 4.4f},
                        new boolean[] {false, false, false, false}, 8.5f);
            }
        });
    }

    /**
     * The goals behind or at risk in the area, with the branches behind and at risk under each, and the branches
     * behind in total. The names lose what they all begin with ("IF Metall Avdelning"), so the lists stay short.
     */
    private void risks(ReportPdf pdf, GoalDashboard d) throws DocumentException {
        pdf.section(messages.get("report.steering.risks"));
        String prefix = commonPrefix(d.branches().stream().map(Branch::name).toList());
        Function<List<String>, String> list = names -> String.join(", ",
                names.stream().map(n -> n.substring(prefix.length())).toList());
        List<Row> rows = new ArrayList<>();
        for (OperationalGoal g : d.goals()) {
            List<String> behind = names(d, b -> GoalDashboard.cellKey(b.id(), g.id()), StatusLevel.OFF_TRACK);
            List<String> atRisk = names(d, b -> GoalDashboard.cellKey(b.id(), g.id()), StatusLevel.AT_RISK);
            StatusLevel area = d.status(GoalDashboard.areaKey(g.id()));
            if (behind.isEmpty() && atRisk.isEmpty() && area != StatusLevel.OFF_TRACK && area != StatusLevel.AT_RISK) {
                continue;
            }
            rows.add(Row.cells(Cell.of(g.id() + " " + g.name()), badge(area), Cell.of(list.apply(behind)),
                    Cell.of(list.apply(atRisk))));
        }
        List<String> branchesBehind = names(d, b -> GoalDashboard.branchKey(b.id()), StatusLevel.OFF_TRACK);
        if (!branchesBehind.isEmpty()) {
            rows.add(new Row(List.of(Cell.of(messages.get("report.steering.riskBranches")),
                    Cell.of(""), Cell.of(list.apply(branchesBehind)), Cell.of("")), true));
        }
        if (rows.isEmpty()) {
            pdf.paragraph(messages.get("report.steering.noRisks"));
            return;
        }
        pdf.table(List.of(messages.get("report.board.col.goal"), messages.get("report.steering.col.areaStatus"),
                        messages.get("report.steering.col.behind"), messages.get("report.steering.col.atRisk")), rows,
                new float[] {2.2f, 1.1f, 2.6f, 2.6f}, new boolean[] {false, false, false, false}, 8.5f);
        if (!prefix.isEmpty()) {
            pdf.note(messages.get("report.steering.shortNames", prefix.strip()));
        }
    }

    /** The words every name begins with, with the space after them; empty when they share none or are one. */
    static String commonPrefix(List<String> names) {
        if (names.size() < 2) {
            return "";
        }
        String first = names.get(0);
        int end = first.length();
        for (String n : names) {
            int i = 0;
            while (i < Math.min(end, n.length()) && n.charAt(i) == first.charAt(i)) {
                i++;
            }
            end = i;
        }
        // whole words only, and never a whole name
        int space = first.lastIndexOf(' ', end - 1);
        String prefix = space < 0 ? "" : first.substring(0, space + 1);
        boolean leavesSomething = names.stream().allMatch(n -> n.length() > prefix.length());
        return leavesSomething ? prefix : "";
    }

    private static List<String> names(GoalDashboard d, Function<Branch, String> key, StatusLevel level) {
        return d.branches().stream().filter(b -> d.status(key.apply(b)) == level).map(Branch::name).toList();
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    // --- the year's cost allocation

    private void costs(ReportPdf pdf, Facts f) throws DocumentException {
        pdf.chapter(messages.get("report.steering.costs", Integer.toString(f.costs().year())));
        pdf.paragraph(messages.get("report.cost.rule"));
        CostAllocationReport.figures(pdf, f.costs(), messages);
    }
}
