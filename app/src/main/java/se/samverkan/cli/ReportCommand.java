package se.samverkan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.samverkan.domain.CostAllocation;
import se.samverkan.domain.Period;
import se.samverkan.domain.PeriodKind;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.reports.CostAllocationReport;

/**
 * {@code report TYPE [--branch ID] --period P --out FILE}: a report as .pdf or .xlsx by the file's ending. The types
 * land with their issue (#7); {@code cost-allocation} is the first.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Skriver en rapport (cost-allocation) som .pdf eller .xlsx efter filens ändelse.")
final class ReportCommand implements Callable<Integer> {

    static final String COST_ALLOCATION = "cost-allocation";

    @ParentCommand
    SamverkanCli root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TYPE", description = "cost-allocation")
    String type;

    @Option(names = "--period", paramLabel = "P",
            description = "Perioden; för cost-allocation ett år (2026).")
    String period;

    @Option(names = "--branch", paramLabel = "ID", description = "Avdelningen (för avdelningsrapporten).")
    String branch;

    @Option(names = "--person", paramLabel = "ID", description = "Personens id (som i exporten), för person.")
    String person;

    @Option(names = "--include-sensitive",
            description = "person: ta med känsliga uppgifter (facklig tillhörighet, politiska uppdrag).")
    boolean includeSensitive;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Filen att skriva (.pdf eller .xlsx).")
    Path out;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        if (PersonReportRun.TYPE.equals(type)) {
            return new PersonReportRun(root, spec).run(person, period, branch, includeSensitive, out);
        }
        if (!COST_ALLOCATION.equals(type)) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.report.unknownType", type, COST_ALLOCATION));
        }
        if (period == null) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.report.needPeriod", type));
        }
        Period p;
        try {
            p = Period.parse(period);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.report.badPeriod", period));
        }
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
