package se.samverkan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.samverkan.domain.Branch;
import se.samverkan.domain.CostAllocation;
import se.samverkan.domain.Period;
import se.samverkan.domain.PeriodKind;
import se.samverkan.service.BranchLookup;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.reports.BoardReport;
import se.samverkan.service.reports.CostAllocationReport;
import se.samverkan.service.reports.ReportProgress;

/**
 * {@code report TYPE [--branch ID] --period P --out FILE}: a report as .pdf or .xlsx by the file's ending
 * (shared/CLI.md): {@code board} for one branch, {@code cost-allocation} for a year.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Skriver en rapport (board, cost-allocation) som .pdf eller .xlsx efter filens ändelse.")
final class ReportCommand implements Callable<Integer> {

    static final String BOARD = "board";
    static final String COST_ALLOCATION = "cost-allocation";
    static final String TYPES = String.join(", ", BOARD, COST_ALLOCATION);

    @ParentCommand
    SamverkanCli root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TYPE", description = "board | cost-allocation")
    String type;

    @Option(names = "--period", paramLabel = "P",
            description = "Perioden (2026, 2026H1 eller 2026Q1); för cost-allocation ett år.")
    String period;

    @Option(names = "--branch", paramLabel = "ID", description = "Avdelningen (id, nummer eller namn) för board.")
    String branch;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Filen att skriva (.pdf eller .xlsx).")
    Path out;

    @Option(names = "--author", paramLabel = "NAME", description = "Namnet på försättsbladet (standard: inloggad användare).")
    String author;

    @Option(names = "--include-sensitive",
            description = "board: ta med medlemmarnas politiska uppdrag (känsliga uppgifter).")
    boolean includeSensitive;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        return switch (type) {
            case BOARD -> board(messages);
            case COST_ALLOCATION -> costAllocation(messages);
            default -> throw new CliException(ExitCode.USAGE, messages.get("cli.report.unknownType", type, TYPES));
        };
    }

    private Period period(Messages messages) {
        if (period == null) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.report.needsPeriod", type));
        }
        try {
            return Period.parse(period);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.report.badPeriod", period));
        }
    }

    private static boolean isPdf(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    private int board(Messages messages) {
        Period p = period(messages);
        if (branch == null) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.report.needsBranch", type));
        }
        if (!isPdf(out)) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.report.pdfOnly", type, out.getFileName()));
        }
        try (Workspace ws = WorkspaceAccess.open(root)) {
            Branch b = BranchLookup.find(ws, branch).orElseThrow(() -> new CliException(ExitCode.BAD_INPUT,
                    messages.get("cli.report.unknownBranch", branch)));
            var options = new BoardReport.Options(java.util.EnumSet.allOf(BoardReport.Section.class), includeSensitive,
                    author == null ? System.getProperty("user.name", "") : author);
            new BoardReport(ws, messages, Clock.systemDefaultZone()).write(b.id(), p, options, out, ReportProgress.NONE);
            spec.commandLine().getOut().println(out.toAbsolutePath());
            root.messagesOut().println(messages.get("cli.report.boardDone", b.name(), p.toString(), out.toAbsolutePath()));
            if (includeSensitive) {
                root.messagesOut().println(messages.get("cli.export.sensitiveWarning"));
            }
            return ExitCode.OK;
        } catch (IOException e) {
            throw new CliException(ExitCode.BAD_INPUT, messages.get("cli.export.writeFailed", out.toAbsolutePath()));
        }
    }

    private int costAllocation(Messages messages) {
        Period p = period(messages);
        if (p.kind() != PeriodKind.YEAR) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.report.yearOnly", period));
        }
        if (branch != null) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.report.noBranch", type));
        }
        if (!CostAllocationReport.supports(out)) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.report.unknownFormat", out.getFileName()));
        }
        try (Workspace ws = WorkspaceAccess.open(root)) {
            CostAllocation a = new CostAllocationReport(ws, messages, Clock.systemDefaultZone()).write(p.year(), out);
            spec.commandLine().getOut().println(out.toAbsolutePath());
            root.messagesOut().println(messages.get("cli.report.costDone", Integer.toString(a.year()), a.branches().size(),
                    out.toAbsolutePath()));
            if (a.totalCost() == null) {
                root.messagesOut().println(messages.get("cli.report.noCost", Integer.toString(a.year())));
            }
            return ExitCode.OK;
        } catch (IOException e) {
            throw new CliException(ExitCode.BAD_INPUT, messages.get("cli.export.writeFailed", out.toAbsolutePath()));
        }
    }
}
