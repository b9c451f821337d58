package se.samverkan.service.goals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.samverkan.domain.Branch;
import se.samverkan.domain.GoalDashboard;
import se.samverkan.domain.GoalFigure;
import se.samverkan.domain.Indicator;
import se.samverkan.domain.OperationalGoal;
import se.samverkan.domain.Period;
import se.samverkan.io.BranchTemplateWriter;
import se.samverkan.io.BranchTemplateWriter.Group;
import se.samverkan.io.BranchTemplateWriter.Identity;
import se.samverkan.io.BranchTemplateWriter.Kind;
import se.samverkan.io.BranchTemplateWriter.Line;
import se.samverkan.io.BranchTemplateWriter.Texts;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;

/**
 * The branch spreadsheet for one branch and period (issue #8, first half of the round trip): every active indicator
 * under the eight operational goals with the branch's target, what is already reported (so the branch sees it) and,
 * for an indicator the app counts from its records, the count, locked. Always in Swedish whatever the coordinator's
 * language, as the branches are Swedish (decision 0026).
 */
public final class BranchTemplate {

    /** What was written: how many indicator rows, and how many of them the app counts itself. */
    public record Written(Path file, int indicators, int counted) {
    }

    private final Workspace workspace;
    private final GoalService goals;
    private final Messages messages = Messages.of(Messages.SWEDISH);

    public BranchTemplate(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.goals = new GoalService(workspace, Messages.SWEDISH, clock);
    }

    /** As {@link #write(Branch, Period, Path)} for the branch with database id {@code branchId}. */
    public Written write(long branchId, Period period, Path file) throws IOException {
        Branch branch = workspace.read(s -> s.branches().all()).stream().filter(b -> b.id() == branchId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no branch " + branchId));
        return write(branch, period, file);
    }

    public Written write(Branch branch, Period period, Path file) throws IOException {
        GoalDashboard dashboard = goals.dashboard(period);
        List<Group> groups = new ArrayList<>();
        int rows = 0;
        int counted = 0;
        for (OperationalGoal goal : dashboard.goals()) {
            List<Line> lines = new ArrayList<>();
            for (GoalFigure f : dashboard.figures(branch.id(), goal.id())) {
                lines.add(line(f));
                counted += f.indicator().derived() ? 1 : 0;
            }
            rows += lines.size();
            groups.add(new Group(messages.get("report.template.goal", Integer.toString(goal.id()), goal.name()), lines));
        }
        Identity identity = new Identity(branch.id(), branch.number(), branch.name(), period.toString(), dashboard.asOf());
        new BranchTemplateWriter().write(file, identity, texts(branch, period, dashboard), groups);
        return new Written(file, rows, counted);
    }

    private Line line(GoalFigure f) {
        Indicator indicator = f.indicator();
        BigDecimal target = f.target() == null ? null : f.target().value();
        String comment = f.report() == null ? null : f.report().comment();
        String unit = messages.get("ui.goals.unit." + indicator.unit());
        Kind kind = switch (indicator.unit()) {
            case "PERCENT" -> Kind.PERCENT;
            case "YES_NO" -> Kind.YES_NO;
            default -> Kind.NUMBER;
        };
        if (indicator.derived()) {
            var count = f.outcome();
            return new Line(indicator.code(), indicator.nameSv(), unit, kind, target,
                    count == null ? null : count.total(), count == null ? null : count.women(),
                    count == null ? null : count.men(), comment, indicator.genderSplit(), true,
                    messages.get("report.template.note.counted"));
        }
        var report = f.report();
        return new Line(indicator.code(), indicator.nameSv(), unit, kind, target,
                report == null ? null : report.value(), report == null ? null : report.women(),
                report == null ? null : report.men(), comment, indicator.genderSplit(), false,
                report == null || report.value() == null ? null : messages.get("report.template.note.reported"));
    }

    private Texts texts(Branch branch, Period period, GoalDashboard dashboard) {
        String periodText = new FigureFormat(messages).describe(period);
        String title = messages.get("report.template.title", branch.name(), Integer.toString(branch.number()), periodText);
        List<String> headers = List.of(messages.get("report.template.header.code"), messages.get("report.template.header.name"),
                messages.get("report.template.header.unit"), messages.get("report.template.header.target"),
                messages.get("report.template.header.outcome"), messages.get("report.template.header.women"),
                messages.get("report.template.header.men"), messages.get("report.template.header.comment"),
                messages.get("report.template.header.note"));
        List<String> instructions = List.of(title,
                messages.get("report.template.instructions.about", branch.name(), periodText, dashboard.asOf().toString()),
                messages.get("report.template.instructions.fill"),
                messages.get("report.template.instructions.units"),
                messages.get("report.template.instructions.split"),
                messages.get("report.template.instructions.counted"),
                messages.get("report.template.instructions.locked"),
                messages.get("report.template.instructions.send"));
        return new Texts(messages.get("report.template.sheet.instructions"), messages.get("report.template.sheet.fill"), title,
                headers, instructions,
                Map.of(Kind.NUMBER, prompt("report.template.prompt.number.title", "report.template.prompt.number.text"),
                        Kind.PERCENT, prompt("report.template.prompt.percent.title", "report.template.prompt.percent.text"),
                        Kind.YES_NO, prompt("report.template.prompt.yesNo.title", "report.template.prompt.yesNo.text")),
                prompt("report.template.prompt.split.title", "report.template.prompt.split.text"),
                prompt("report.template.prompt.comment.title", "report.template.prompt.comment.text"),
                messages.get("report.template.error.title"),
                messages.get("report.template.error.text"), messages.get("ui.goals.yes"), messages.get("ui.goals.no"));
    }

    private List<String> prompt(String titleKey, String textKey) {
        return List.of(messages.get(titleKey), messages.get(textKey));
    }
}
