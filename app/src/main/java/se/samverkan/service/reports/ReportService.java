package se.samverkan.service.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.samverkan.domain.Branch;
import se.samverkan.domain.Period;
import se.samverkan.domain.PeriodKind;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.goals.GoalService;

/**
 * One door to the reports for the window: what can be chosen (branches, periods), the last choices (kept in the
 * encrypted database), and writing the chosen report with progress and cancel.
 */
public final class ReportService {

    /** The dialog's last choices; the sensitive box is never remembered, so each report opts in anew. */
    public record Choices(ReportKind kind, Long branchId, String period, Set<BoardReport.Section> sections,
                          String author, String folder, boolean openWhenDone) {

        public Choices {
            sections = sections.isEmpty() ? EnumSet.noneOf(BoardReport.Section.class) : EnumSet.copyOf(sections);
        }
    }

    private static final String PREFIX = "reports.last.";
    private final Workspace workspace;
    private final Messages messages;
    private final Clock clock;

    public ReportService(Workspace workspace, Messages messages, Clock clock) {
        this.workspace = workspace;
        this.messages = messages;
        this.clock = clock;
    }

    public List<Branch> branches() {
        return workspace.read(s -> s.branches().all());
    }

    /** The follow-up's periods, newest first (the same list the goal area offers). */
    public List<Period> periods() {
        return new GoalService(workspace, messages.locale(), clock).periods();
    }

    /** The follow-up period that runs today. */
    public Period currentPeriod() {
        return new GoalService(workspace, messages.locale(), clock).currentPeriod();
    }

    /** The last choices, or sensible first ones: a board report with every section, by the computer's user. */
    public Choices lastChoices() {
        return workspace.read(s -> {
            var settings = s.settings();
            ReportKind kind = settings.get(PREFIX + "kind").flatMap(ReportService::kind).orElse(ReportKind.BOARD);
            Long branch = settings.get(PREFIX + "branch").map(Long::valueOf).orElse(null);
            String period = settings.get(PREFIX + "period").orElse(null);
            Set<BoardReport.Section> sections = settings.get(PREFIX + "sections").map(ReportService::sections)
                    .orElse(EnumSet.allOf(BoardReport.Section.class));
            String author = settings.get(PREFIX + "author").orElse(System.getProperty("user.name", ""));
            String folder = settings.get(PREFIX + "folder").orElse(null);
            boolean open = settings.get(PREFIX + "open").map(Boolean::valueOf).orElse(true);
            return new Choices(kind, branch, period, sections, author, folder, open);
        });
    }

    public void remember(Choices c) {
        workspace.inTransaction(s -> {
            var settings = s.settings();
            settings.put(PREFIX + "kind", c.kind().name());
            settings.put(PREFIX + "branch", c.branchId() == null ? null : c.branchId().toString());
            settings.put(PREFIX + "period", c.period());
            settings.put(PREFIX + "sections", c.sections().stream().map(Enum::name).collect(Collectors.joining(",")));
            settings.put(PREFIX + "author", c.author());
            settings.put(PREFIX + "folder", c.folder());
            settings.put(PREFIX + "open", Boolean.toString(c.openWhenDone()));
            return null;
        });
    }

    private static Optional<ReportKind> kind(String name) {
        return Arrays.stream(ReportKind.values()).filter(k -> k.name().equals(name)).findFirst();
    }

    private static Set<BoardReport.Section> sections(String names) {
        Set<BoardReport.Section> set = EnumSet.noneOf(BoardReport.Section.class);
        for (String n : names.split(",")) {
            Arrays.stream(BoardReport.Section.values()).filter(s -> s.name().equals(n)).forEach(set::add);
        }
        return set;
    }

    /** Why a request cannot be written (a bundle key), or empty when it can. */
    public Optional<String> problem(ReportRequest r) {
        if (r.kind().needsBranch() && r.branchId() == null) {
            return Optional.of("ui.reports.needsBranch");
        }
        if (r.kind().yearOnly() && r.period().kind() != PeriodKind.YEAR) {
            return Optional.of("ui.reports.yearOnly");
        }
        String name = r.file().getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".pdf") && !(r.kind().excel() && name.endsWith(".xlsx"))) {
            return Optional.of(r.kind().excel() ? "ui.reports.pdfOrXlsx" : "ui.reports.pdfOnly");
        }
        return Optional.empty();
    }

    /** Writes the report; throws {@link java.util.concurrent.CancellationException} when cancelled. */
    public Path write(ReportRequest r, ReportProgress progress) throws IOException {
        problem(r).ifPresent(key -> {
            throw new IllegalArgumentException(key);
        });
        switch (r.kind()) {
            case BOARD -> new BoardReport(workspace, messages, clock).write(r.branchId(), r.period(),
                    new BoardReport.Options(r.sections(), r.sensitive(), r.author()), r.file(), progress);
            case STEERING -> throw new UnsupportedOperationException("steering report arrives with its helper");
            case COST_ALLOCATION -> {
                progress.step(0, 2);
                new CostAllocationReport(workspace, messages, clock).write(r.period().year(), r.file());
                progress.step(2, 2);
            }
        }
        return r.file();
    }
}
