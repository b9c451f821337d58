package se.samverkan.service.reports;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.samverkan.domain.ArchivedReport;
import se.samverkan.domain.Branch;
import se.samverkan.domain.FigureSnapshot;
import se.samverkan.domain.SinceLastReport;
import se.samverkan.domain.BranchActivity;
import se.samverkan.domain.DemandFilter;
import se.samverkan.domain.DemandRow;
import se.samverkan.domain.FundingFilter;
import se.samverkan.domain.FundingProjectRow;
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
import se.samverkan.service.funding.FundingService;
import se.samverkan.service.goals.FigureFormat;
import se.samverkan.service.goals.GoalService;
import se.samverkan.service.goals.IndicatorHistory;
import se.samverkan.service.politics.DemandService;

/**
 * The report to a branch board (avdelningsstyrelse) for one period: a cover, the contents, a one-page summary of the
 * eight operational goals, per goal its indicators with targets, outcomes and a small chart with the trend, and then
 * the branch's forum seats, workshops, network, political demands and funding projects. The members in political
 * office are special-category data and appear only when the user asks for them.
 */
public final class BoardReport {

    /** The parts a user can leave out; the goals are always in. */
    public enum Section {
        FORUMS, WORKSHOPS, NETWORK, DEMANDS, FUNDING
    }

    /**
     * @param sensitive whether to list the branch's members in political office (GDPR art. 9)
     * @param author    the name on the cover
     */
    public record Options(Set<Section> sections, boolean sensitive, String author) {

        public Options {
            sections = sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
        }

        public static Options everything(String author) {
            return new Options(EnumSet.allOf(Section.class), false, author);
        }
    }

    /** What was written, for the archive and the caller's message. */
    public record Result(Branch branch, Period period, GoalDashboard dashboard, byte[] pdf) {
    }

    /** Planned workshops after the period are listed this far ahead of the report day. */
    static final int PLANNED_DAYS = 180;
    /** A term ending this close to the report day is flagged. */
    static final int TERM_WARNING_DAYS = 90;
    private static final Color BAR = new Color(0x00, 0x72, 0xB2);

    private final Workspace workspace;
    private final Messages messages;
    private final Clock clock;
    private final GoalService goals;
    private final ReportArchive archive;
    private final FigureFormat format;
    private final DateTimeFormatter longDate;

    public BoardReport(Workspace workspace, Messages messages, Clock clock) {
        this.workspace = workspace;
        this.messages = messages;
        this.clock = clock;
        this.goals = new GoalService(workspace, messages.locale(), clock);
        this.archive = new ReportArchive(workspace, clock);
        this.format = new FigureFormat(messages);
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale());
    }

    /** Everything the report shows, read before the layout so the layout can run more than once. */
    private record Facts(Branch branch, Period period, GoalDashboard dashboard, List<List<IndicatorHistory>> histories,
                         BranchActivity activity, List<DemandRow> demands, List<FundingProjectRow> funding,
                         LocalDate today, FigureSnapshot snapshot, SinceLastReport since) {
    }

    /** Writes the report to {@code file} and returns what it showed. */
    public Result write(long branchId, Period period, Options options, Path file, ReportProgress progress)
            throws IOException {
        Facts facts = gather(branchId, period, options, progress);
        progress.step(9, 10);
        var meta = new ReportPdf.Meta(title(facts), messages.get("report.board.subject"), options.author(),
                messages.get("report.marking"), messages.get("report.page"));
        var cover = new ReportPdf.Cover(messages.get("report.band"), messages.get("report.board.coverTitle"), List.of(
                messages.get("report.board.branch", Integer.toString(facts.branch().number()), facts.branch().name()),
                messages.get("report.board.period", format.describe(period)),
                messages.get("report.board.made", longDate.format(facts.today()), options.author())),
                messages.get("report.board.notice"), messages.get("report.contents"));
        byte[] pdf = ReportPdf.render(meta, cover, doc -> body(doc, facts, options));
        progress.step(10, 10);
        ReportPdf.save(file, pdf);
        archive.record(ArchivedReport.Kind.BOARD, branchId, period, meta.title(), file.getFileName().toString(), pdf,
                facts.snapshot());
        return new Result(facts.branch(), period, facts.dashboard(), pdf);
    }

    private String title(Facts f) {
        return messages.get("report.board.title", f.branch().name(), f.period().toString());
    }

    private Facts gather(long branchId, Period period, Options options, ReportProgress progress) {
        progress.step(0, 10);
        Branch branch = workspace.read(s -> s.branches().find(branchId))
                .orElseThrow(() -> new IllegalArgumentException("no branch " + branchId));
        LocalDate today = LocalDate.now(clock);
        GoalDashboard dashboard = goals.dashboard(period);
        progress.step(3, 10);
        List<List<IndicatorHistory>> histories = new ArrayList<>();
        // one read for every indicator of the branch, then grouped per goal in the dashboard's order
        List<Long> ids = new ArrayList<>();
        dashboard.goals().forEach(g -> dashboard.figures(branchId, g.id()).forEach(f -> ids.add(f.indicator().id())));
        List<IndicatorHistory> all = goals.histories(ids, branchId, period.kind());
        int next = 0;
        for (OperationalGoal goal : dashboard.goals()) {
            int count = dashboard.figures(branchId, goal.id()).size();
            histories.add(all.subList(next, next + count));
            next += count;
        }
        progress.step(6, 10);
        // seats and relationships as they stand at the end of the period, or today while it runs
        LocalDate day = period.end().isBefore(today) ? period.end() : today;
        LocalDate plannedUntil = today.plusDays(PLANNED_DAYS).isAfter(period.end())
                ? today.plusDays(PLANNED_DAYS) : period.end();
        BranchActivity activity = workspace.read(s -> s.branchActivity(messages.locale())
                .read(branchId, period.start(), period.end(), day, plannedUntil, options.sensitive()));
        List<DemandRow> demands = options.sections().contains(Section.DEMANDS)
                ? new DemandService(workspace, messages.locale(), clock)
                        .list(new DemandFilter(null, null, null, branchId, null))
                : List.of();
        List<FundingProjectRow> funding = options.sections().contains(Section.FUNDING)
                ? new FundingService(workspace).list(new FundingFilter(null, null, null, branchId))
                : List.of();
        FigureSnapshot snapshot = FigureSnapshot.of(dashboard, branchId);
        // compared before this report is archived, or it would be its own "last report"
        SinceLastReport since = archive.sinceLastReport(ArchivedReport.Kind.BOARD, branchId, snapshot);
        return new Facts(branch, period, dashboard, histories, activity, demands, funding, today, snapshot, since);
    }

    private void body(ReportPdf pdf, Facts f, Options options) throws com.lowagie.text.DocumentException {
        summary(pdf, f);
        pdf.newPage();
        pdf.chapter(messages.get("report.board.goals"));
        for (int i = 0; i < f.dashboard().goals().size(); i++) {
            OperationalGoal goal = f.dashboard().goals().get(i);
            List<IndicatorHistory> histories = f.histories().get(i);
            pdf.together(part -> goal(part, f, goal, histories));
        }
        Set<Section> s = options.sections();
        pdf.newPage();
        if (s.contains(Section.FORUMS)) {
            pdf.together(part -> forums(part, f));
        }
        if (s.contains(Section.WORKSHOPS)) {
            workshops(pdf, f);
        }
        if (s.contains(Section.NETWORK)) {
            network(pdf, f);
        }
        if (s.contains(Section.DEMANDS)) {
            pdf.together(part -> demands(part, f));
        }
        if (s.contains(Section.FUNDING)) {
            pdf.together(part -> funding(part, f));
        }
        if (options.sensitive()) {
            pdf.together(part -> offices(part, f));
        }
    }

    // --- the summary page

    private void summary(ReportPdf pdf, Facts f) throws com.lowagie.text.DocumentException {
        GoalDashboard d = f.dashboard();
        long b = f.branch().id();
        pdf.chapter(messages.get("report.board.summary"));
        int[] counts = new int[StatusLevel.values().length];
        d.goals().forEach(g -> counts[d.status(GoalDashboard.cellKey(b, g.id())).ordinal()]++);
        pdf.paragraph(messages.get("report.board.summaryLead", longDate.format(d.asOf()), counts[0], counts[1],
                counts[2], counts[3], d.goals().size()));
        List<Row> rows = new ArrayList<>();
        for (ProjectGoal p : d.projectGoals()) {
            StatusLevel ps = d.status(GoalDashboard.projectKey(b, p.id()));
            rows.add(new Row(List.of(Cell.bold(messages.get("ui.goals.projectGoal.short", p.id()) + " " + p.name()),
                    Cell.status(ps, statusText(ps)), Cell.of("")), false));
            for (OperationalGoal g : d.goals()) {
                if (g.projectGoalId() == p.id()) {
                    StatusLevel gs = d.status(GoalDashboard.cellKey(b, g.id()));
                    rows.add(Row.cells(Cell.of("   " + g.id() + " " + g.name()), Cell.status(gs, statusText(gs)),
                            Cell.of(comments(d.figures(b, g.id()), 220))));
                }
            }
        }
        StatusLevel total = d.status(GoalDashboard.branchKey(b));
        rows.add(new Row(List.of(Cell.bold(messages.get("report.board.total")), Cell.status(total, statusText(total)),
                Cell.of("")), true));
        pdf.table(List.of(messages.get("report.board.col.goal"), messages.get("ui.goals.status"),
                messages.get("report.board.col.comments")), rows, new float[] {3.2f, 1.1f, 3.2f},
                new boolean[] {false, false, false}, 9);
        pdf.note(messages.get("report.board.statusRule"));
        pdf.together(part -> new SinceLastSection(messages).add(part, f.since(), d, false));
    }

    /** The coordinator's comments and the reasons of statuses set by hand, "indicator: text", cut at {@code max}. */
    private String comments(List<GoalFigure> figures, int max) {
        List<String> parts = new ArrayList<>();
        for (GoalFigure fig : figures) {
            if (fig.report() != null && fig.report().comment() != null && !fig.report().comment().isBlank()) {
                parts.add(fig.indicator().name(messages.locale()) + ": " + fig.report().comment().strip());
            }
            if (fig.status().overridden()) {
                parts.add(messages.get("report.board.override", fig.indicator().name(messages.locale()),
                        fig.status().reason()));
            }
        }
        String text = String.join(" · ", parts);
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private String statusText(StatusLevel level) {
        return messages.get("ui.goals.status." + level.name());
    }

    // --- one page per operational goal

    private void goal(ReportPdf pdf, Facts f, OperationalGoal g, List<IndicatorHistory> histories)
            throws com.lowagie.text.DocumentException {
        long b = f.branch().id();
        GoalDashboard d = f.dashboard();
        StatusLevel gs = d.status(GoalDashboard.cellKey(b, g.id()));
        pdf.section(g.id() + " " + g.name() + " – " + statusText(gs));
        if (g.text() != null && !g.text().isBlank()) {
            pdf.paragraph(g.text());
        }
        if (g.localNote() != null && !g.localNote().isBlank()) {
            pdf.quote(messages.get("report.board.localNote", g.localNote()));
        }
        List<GoalFigure> figures = d.figures(b, g.id());
        if (figures.isEmpty()) {
            pdf.note(messages.get("report.board.noIndicators"));
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (GoalFigure fig : figures) {
            var v = fig.outcome();
            StatusLevel level = fig.status().level();
            rows.add(Row.cells(Cell.of(fig.indicator().name(messages.locale())),
                    Cell.of(fig.target() == null ? "–" : format.amount(fig.target().value(), fig.indicator())),
                    Cell.of(fig.status().expected() == null ? "–"
                            : format.amount(fig.status().expected(), fig.indicator())),
                    Cell.of(v == null ? "–" : format.amount(v, fig.indicator())),
                    Cell.of(v == null || v.women() == null ? "" : format.number(v.women())),
                    Cell.of(v == null || v.men() == null ? "" : format.number(v.men())),
                    Cell.status(level, statusText(level) + (fig.status().overridden() ? " *" : ""))));
        }
        pdf.table(List.of(messages.get("report.board.col.indicator"), messages.get("ui.goals.target"),
                        messages.get("report.board.col.expected"), messages.get("report.board.col.outcome"),
                        messages.get("report.board.col.women"), messages.get("report.board.col.men"),
                        messages.get("ui.goals.status")), rows, new float[] {3.4f, 1, 1.1f, 1, 0.8f, 0.7f, 1.2f},
                new boolean[] {false, true, true, true, true, true, false}, 8.5f);
        String comments = comments(figures, 2000);
        if (!comments.isEmpty()) {
            pdf.quote(comments);
        }
        List<ReportPdf.MiniChart> charts = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            IndicatorHistory h = histories.get(i);
            if (h.periods().stream().anyMatch(p -> p.outcome() != null || p.target() != null)) {
                charts.add(chart(figures.get(i), h));
            }
        }
        if (!charts.isEmpty()) {
            pdf.subheading(messages.get("report.board.charts"));
            pdf.chartGrid(charts);
            pdf.note(messages.get("report.board.chartLegend"));
        }
    }

    private ReportPdf.MiniChart chart(GoalFigure figure, IndicatorHistory h) {
        List<GoalFigure> periods = h.periods().size() > 6 ? h.periods().subList(h.periods().size() - 6,
                h.periods().size()) : h.periods();
        List<String> labels = periods.stream().map(p -> p.period().toString()).toList();
        List<Double> targets = periods.stream()
                .map(p -> p.target() == null || p.target().value() == null ? null : p.target().value().doubleValue())
                .toList();
        List<Double> outcomes = periods.stream()
                .map(p -> p.outcome() == null ? null : p.outcome().total().doubleValue()).toList();
        String trend = switch (h.trend()) {
            case 1 -> messages.get("ui.goals.trend.up");
            case -1 -> messages.get("ui.goals.trend.down");
            default -> messages.get("ui.goals.trend.flat");
        };
        return new ReportPdf.MiniChart(figure.indicator().name(messages.locale()), trend, labels, targets, outcomes,
                v -> format.amount(BigDecimal.valueOf(v), figure.indicator()));
    }

    // --- the branch's other work

    private void forums(ReportPdf pdf, Facts f) throws com.lowagie.text.DocumentException {
        pdf.chapter(messages.get("report.board.forums"));
        var seats = f.activity().seats();
        if (seats.isEmpty()) {
            pdf.paragraph(messages.get("report.board.noSeats"));
            return;
        }
        LocalDate warn = f.today().plusDays(TERM_WARNING_DAYS);
        int ending = 0;
        List<Row> rows = new ArrayList<>();
        for (BranchActivity.Seat s : seats) {
            boolean soon = s.termTo() != null && !s.termTo().isAfter(warn) && !s.termTo().isBefore(f.today());
            ending += soon ? 1 : 0;
            String term = s.termTo() == null ? messages.get("report.board.openTerm") : s.termTo().toString();
            rows.add(Row.cells(Cell.of(s.forumName()), Cell.of(s.forumType()), Cell.of(s.personName()),
                    Cell.of(messages.get("ui.seat.role." + s.role())),
                    soon ? Cell.status(StatusLevel.AT_RISK, term) : Cell.of(term)));
        }
        pdf.paragraph(messages.get("report.board.seatsLead", seats.size(), ending, TERM_WARNING_DAYS));
        pdf.table(List.of(messages.get("report.board.col.forum"), messages.get("report.board.col.forumType"),
                        messages.get("report.board.col.member"), messages.get("report.board.col.role"),
                        messages.get("report.board.col.termTo")), rows, new float[] {2.6f, 1.8f, 1.8f, 1.1f, 1.3f},
                new boolean[] {false, false, false, false, false}, 8.5f);
    }

    private void workshops(ReportPdf doc, Facts f) throws com.lowagie.text.DocumentException {
        List<BranchActivity.WorkshopLine> held = f.activity().workshops().stream()
                .filter(w -> "HELD".equals(w.status()) && !w.heldOn().isAfter(f.period().end())).toList();
        List<BranchActivity.WorkshopLine> planned = f.activity().workshops().stream()
                .filter(w -> "PLANNED".equals(w.status())).toList();
        doc.together(pdf -> heldWorkshops(pdf, f, held));
        doc.together(pdf -> plannedWorkshops(pdf, planned));
    }

    private void heldWorkshops(ReportPdf pdf, Facts f, List<BranchActivity.WorkshopLine> held)
            throws com.lowagie.text.DocumentException {
        pdf.chapter(messages.get("report.board.workshops"));
        pdf.section(messages.get("report.board.held", f.period().toString()));
        if (held.isEmpty()) {
            pdf.paragraph(messages.get("report.board.noneHeld"));
        } else {
            int women = held.stream().mapToInt(BranchActivity.WorkshopLine::women).sum();
            int men = held.stream().mapToInt(BranchActivity.WorkshopLine::men).sum();
            int other = held.stream().mapToInt(BranchActivity.WorkshopLine::other).sum();
            List<Row> rows = new ArrayList<>();
            for (var w : held) {
                rows.add(Row.of(w.heldOn().toString(), w.title(), w.typeName(), Integer.toString(w.women()),
                        Integer.toString(w.men()), Integer.toString(w.women() + w.men() + w.other())));
            }
            rows.add(Row.sum("", messages.get("report.board.sum"), "", Integer.toString(women), Integer.toString(men),
                    Integer.toString(women + men + other)));
            pdf.table(workshopHeader(), rows, new float[] {1.1f, 3, 2.2f, 0.8f, 0.7f, 0.8f},
                    new boolean[] {false, false, false, true, true, true}, 8.5f);
            int all = women + men + other;
            if (all > 0) {
                pdf.paragraph(messages.get("report.board.genderLead", all, women, men,
                        Math.round(100.0 * women / all), Math.round(100.0 * men / all)));
                pdf.barChart(messages.get("report.board.genderChart"),
                        List.of(messages.get("report.board.col.women"), messages.get("report.board.col.men")),
                        List.of((double) women, (double) men), v -> format.number(BigDecimal.valueOf(v)), BAR);
            }
        }
    }

    private void plannedWorkshops(ReportPdf pdf, List<BranchActivity.WorkshopLine> planned)
            throws com.lowagie.text.DocumentException {
        pdf.section(messages.get("report.board.planned"));
        if (planned.isEmpty()) {
            pdf.paragraph(messages.get("report.board.nonePlanned"));
        } else {
            List<Row> rows = planned.stream().map(w -> Row.of(w.heldOn().toString(), w.title(), w.typeName()))
                    .toList();
            pdf.table(workshopHeader().subList(0, 3), rows, new float[] {1.1f, 3.6f, 2.4f},
                    new boolean[] {false, false, false}, 8.5f);
        }
    }

    private List<String> workshopHeader() {
        return List.of(messages.get("report.board.col.date"), messages.get("report.board.col.workshop"),
                messages.get("report.board.col.type"), messages.get("report.board.col.women"),
                messages.get("report.board.col.men"), messages.get("report.board.col.participants"));
    }

    private void network(ReportPdf doc, Facts f) throws com.lowagie.text.DocumentException {
        doc.together(pdf -> relations(pdf, f));
        doc.together(pdf -> interactions(pdf, f));
    }

    private void relations(ReportPdf pdf, Facts f) throws com.lowagie.text.DocumentException {
        pdf.chapter(messages.get("report.board.network"));
        pdf.section(messages.get("report.board.relations"));
        var relations = f.activity().relations();
        if (relations.isEmpty()) {
            pdf.paragraph(messages.get("report.board.noRelations"));
        } else {
            List<Row> rows = relations.stream().map(r -> Row.of(r.fromName(), messages.get("ui.relations.kind." + r.kind()),
                    r.toName(), "●".repeat(r.strength()) + "○".repeat(5 - r.strength()),
                    r.since() == null ? "" : r.since().toString())).toList();
            pdf.table(List.of(messages.get("report.board.col.party"), messages.get("report.board.col.relation"),
                            messages.get("report.board.col.party"), messages.get("report.board.col.strength"),
                            messages.get("report.board.col.since")), rows, new float[] {2.4f, 1.4f, 2.4f, 1, 1},
                    new boolean[] {false, false, false, false, false}, 8.5f);
        }
    }

    private void interactions(ReportPdf pdf, Facts f) throws com.lowagie.text.DocumentException {
        pdf.section(messages.get("report.board.interactions", f.period().toString()));
        var interactions = f.activity().interactions();
        if (interactions.isEmpty()) {
            pdf.paragraph(messages.get("report.board.noInteractions"));
        } else {
            List<Row> rows = interactions.stream().map(i -> Row.of(i.occurredOn().toString(),
                    messages.get("ui.contacts.kind." + i.kind()), i.topic(), String.join(", ", i.with()))).toList();
            pdf.table(List.of(messages.get("report.board.col.date"), messages.get("report.board.col.kind"),
                            messages.get("report.board.col.topic"), messages.get("report.board.col.with")), rows,
                    new float[] {1.1f, 1.2f, 2.8f, 2.8f}, new boolean[] {false, false, false, false}, 8.5f);
            pdf.note(messages.get("report.board.interactionsNote"));
        }
    }

    private void demands(ReportPdf pdf, Facts f) throws com.lowagie.text.DocumentException {
        pdf.chapter(messages.get("report.board.demands"));
        if (f.demands().isEmpty()) {
            pdf.paragraph(messages.get("report.board.noDemands"));
            return;
        }
        List<Row> rows = f.demands().stream().map(dm -> Row.of(dm.title(), dm.policyArea(), dm.place(),
                messages.get("ui.demand.status." + dm.status()), dm.raisedOn() == null ? "" : dm.raisedOn().toString(),
                dm.decidedOn() == null ? "" : dm.decidedOn().toString())).toList();
        pdf.table(List.of(messages.get("report.board.col.demand"), messages.get("report.board.col.policyArea"),
                        messages.get("report.board.col.place"), messages.get("ui.goals.status"),
                        messages.get("report.board.col.raised"), messages.get("report.board.col.decided")), rows,
                new float[] {3, 1.6f, 1.4f, 1.4f, 1, 1}, new boolean[] {false, false, false, false, false, false}, 8.5f);
    }

    private void funding(ReportPdf pdf, Facts f) throws com.lowagie.text.DocumentException {
        pdf.chapter(messages.get("report.board.funding"));
        if (f.funding().isEmpty()) {
            pdf.paragraph(messages.get("report.board.noFunding"));
            return;
        }
        List<Row> rows = f.funding().stream().map(p -> Row.of(p.name(), messages.get("ui.funding.fund." + p.fund()),
                messages.get("ui.funding.status." + p.status()),
                (p.periodFrom() == null ? "" : p.periodFrom().toString()) + " – "
                        + (p.periodTo() == null ? "" : p.periodTo().toString()),
                p.costs() == null ? "" : format.number(p.costs()) + " kr")).toList();
        pdf.table(List.of(messages.get("report.board.col.project"), messages.get("report.board.col.fund"),
                        messages.get("ui.goals.status"), messages.get("report.board.col.projectPeriod"),
                        messages.get("report.board.col.budget")), rows, new float[] {3, 1.4f, 1, 2, 1.4f},
                new boolean[] {false, false, false, false, true}, 8.5f);
    }

    private void offices(ReportPdf pdf, Facts f) throws com.lowagie.text.DocumentException {
        pdf.chapter(messages.get("report.board.offices"));
        pdf.note(messages.get("report.board.officesNote"));
        var members = f.activity().membersInOffice();
        if (members.isEmpty()) {
            pdf.paragraph(messages.get("report.board.noOffices"));
            return;
        }
        List<Row> rows = members.stream().map(m -> Row.of(m.personName(), m.body(), m.role() == null ? "" : m.role(),
                m.party() == null ? "" : m.party())).toList();
        pdf.table(List.of(messages.get("report.board.col.member"), messages.get("report.board.col.body"),
                        messages.get("report.board.col.role"), messages.get("report.board.col.politicalParty")), rows,
                new float[] {2, 2.6f, 1.6f, 1.4f}, new boolean[] {false, false, false, false}, 8.5f);
    }
}
