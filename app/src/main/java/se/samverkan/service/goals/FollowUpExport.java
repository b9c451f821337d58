package se.samverkan.service.goals;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.samverkan.domain.Branch;
import se.samverkan.domain.GoalDashboard;
import se.samverkan.domain.GoalFigure;
import se.samverkan.domain.OperationalGoal;
import se.samverkan.domain.Period;
import se.samverkan.domain.ProjectGoal;
import se.samverkan.domain.StatusLevel;
import se.samverkan.io.FollowUpWorkbookWriter;
import se.samverkan.io.FollowUpWorkbookWriter.Sheet;
import se.samverkan.io.FollowUpWorkbookWriter.Status;
import se.samverkan.io.TableWriter;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;

/**
 * The follow-up of a period as a file (issue #5): an .xlsx with a summary sheet (branches × operational goals,
 * project goals and total, plus the whole NUTS area) and one sheet per operational goal (branch × indicator), or a
 * .csv with every figure in one flat table. Reads the {@link GoalService#dashboard} and changes nothing.
 */
public final class FollowUpExport {

    /** What was written. */
    public record Result(Period period, LocalDate asOf, int branches, int figures) {
    }

    /** The columns of a goal sheet; the CSV puts {@link #GOAL_COLUMNS} in front. Texts are {@code export.column.<id>}. */
    static final List<String> FIGURE_COLUMNS = List.of("branch_id", "branch_name", "indicator_code", "indicator",
            "unit", "target", "baseline", "expected", "outcome", "women", "men", "status", "status_by_hand", "reason",
            "source", "comment");
    static final List<String> GOAL_COLUMNS = List.of("goal_id", "goal");

    private final GoalService goals;
    private final Messages messages;

    public FollowUpExport(Workspace workspace, Messages messages, Clock clock) {
        this.goals = new GoalService(workspace, messages.locale(), clock);
        this.messages = messages;
    }

    /** Whether the file's ending is one this export writes (.xlsx or .csv). */
    public static boolean supports(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".csv");
    }

    /** Writes the follow-up of {@code period} as of today, by the file's ending ({@code csvSeparator} for a .csv). */
    public Result write(Period period, Path file, char csvSeparator) throws IOException {
        if (!supports(file)) {
            throw new IllegalArgumentException("no follow-up writer for " + file.getFileName());
        }
        GoalDashboard dashboard = goals.dashboard(period);
        String title = messages.get("cli.followup.title", period.toString(), dashboard.asOf().toString());
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            List<String> columns = new ArrayList<>(GOAL_COLUMNS);
            columns.addAll(FIGURE_COLUMNS);
            TableWriter.forFile(file, csvSeparator).write(file, title, headers(columns), flatRows(dashboard));
        } else {
            List<Sheet> sheets = new ArrayList<>();
            sheets.add(summary(dashboard, title));
            for (OperationalGoal goal : dashboard.goals()) {
                sheets.add(new Sheet(goalLabel(goal), title + " · " + goalLabel(goal), headers(FIGURE_COLUMNS),
                        goalRows(dashboard, goal)));
            }
            new FollowUpWorkbookWriter().write(file, title, sheets);
        }
        return new Result(period, dashboard.asOf(), dashboard.branches().size(), dashboard.figures().size());
    }

    private static String goalLabel(OperationalGoal goal) {
        return goal.id() + " " + goal.name();
    }

    private List<String> headers(List<String> columns) {
        return columns.stream().map(c -> messages.get("export.column." + c)).toList();
    }

    private Sheet summary(GoalDashboard d, String title) {
        List<String> headers = new ArrayList<>(headers(List.of("branch_number", "branch_name")));
        d.goals().forEach(g -> headers.add(goalLabel(g)));
        for (ProjectGoal p : d.projectGoals()) {
            headers.add(messages.get("ui.goals.projectGoal.short", p.id()) + " " + p.name());
        }
        headers.add(messages.get("ui.goals.total"));
        List<List<Object>> rows = new ArrayList<>();
        for (Branch b : d.branches()) {
            List<Object> row = new ArrayList<>();
            row.add(b.number());
            row.add(b.name());
            d.goals().forEach(g -> row.add(status(d.status(GoalDashboard.cellKey(b.id(), g.id())))));
            d.projectGoals().forEach(p -> row.add(status(d.status(GoalDashboard.projectKey(b.id(), p.id())))));
            row.add(status(d.status(GoalDashboard.branchKey(b.id()))));
            rows.add(row);
        }
        List<Object> area = new ArrayList<>();
        area.add(null);
        area.add(messages.get("ui.goals.area"));
        d.goals().forEach(g -> area.add(status(d.status(GoalDashboard.areaKey(g.id())))));
        d.projectGoals().forEach(p -> area.add(status(d.status(GoalDashboard.areaProjectKey(p.id())))));
        area.add(status(d.status(GoalDashboard.AREA_TOTAL_KEY)));
        rows.add(area);
        return new Sheet(messages.get("export.sheet.followup"), title, headers, rows);
    }

    private Status status(StatusLevel level) {
        return new Status(level, statusText(level));
    }

    private String statusText(StatusLevel level) {
        return messages.get("ui.goals.status." + level.name());
    }

    private List<List<Object>> goalRows(GoalDashboard d, OperationalGoal goal) {
        Map<Long, Branch> branches = branches(d);
        List<List<Object>> rows = new ArrayList<>();
        for (GoalFigure f : d.figures()) {
            if (f.indicator().operationalGoalId() == goal.id()) {
                List<Object> row = figureRow(f, branches.get(f.branchId()));
                int status = FIGURE_COLUMNS.indexOf("status");
                row.set(status, status(f.status().level()));
                rows.add(row);
            }
        }
        return rows;
    }

    private List<List<Object>> flatRows(GoalDashboard d) {
        Map<Long, Branch> branches = branches(d);
        List<List<Object>> rows = new ArrayList<>();
        for (OperationalGoal goal : d.goals()) {
            for (GoalFigure f : d.figures()) {
                if (f.indicator().operationalGoalId() == goal.id()) {
                    List<Object> row = new ArrayList<>();
                    row.add(goal.id());
                    row.add(goal.name());
                    row.addAll(figureRow(f, branches.get(f.branchId())));
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static Map<Long, Branch> branches(GoalDashboard d) {
        Map<Long, Branch> byId = new HashMap<>();
        d.branches().forEach(b -> byId.put(b.id(), b));
        return byId;
    }

    /** One figure in {@link #FIGURE_COLUMNS} order, the status as text. */
    private List<Object> figureRow(GoalFigure f, Branch branch) {
        var indicator = f.indicator();
        List<Object> row = new ArrayList<>();
        row.add(f.branchId());
        row.add(branch == null ? null : branch.name());
        row.add(indicator.code());
        row.add(indicator.name(messages.locale()));
        row.add(messages.get("ui.goals.unit." + indicator.unit()));
        row.add(f.target() == null ? null : plain(f.target().value()));
        row.add(f.target() == null ? null : plain(f.target().baseline()));
        row.add(f.status().expected() == null ? null
                : plain(f.status().expected().setScale(2, RoundingMode.HALF_UP)));
        row.add(f.outcome() == null ? null : plain(f.outcome().total()));
        row.add(f.outcome() == null ? null : plain(f.outcome().women()));
        row.add(f.outcome() == null ? null : plain(f.outcome().men()));
        row.add(statusText(f.status().level()));
        row.add(messages.get(f.status().overridden() ? "ui.goals.yes" : "ui.goals.no"));
        row.add(f.status().reason());
        String source = indicator.derived() ? "DERIVED" : f.report() == null ? null : f.report().source();
        row.add(source == null ? null : messages.get("ui.goals.source." + source));
        row.add(f.report() == null ? null : f.report().comment());
        return row;
    }

    /** Without trailing zeros and never in E-notation, so a CSV shows 12 and 12.5 rather than 12.0000 or 1.2E+1. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
