package se.samverkan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Model.CommandSpec;
import se.samverkan.domain.Period;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.goals.FollowUpExport;

/**
 * {@code export followup --period P --out FILE}: the goal follow-up of a period as .xlsx (a summary sheet and one
 * sheet per operational goal) or .csv (every figure in one table). Wired like {@link CalendarExport}: the period
 * belongs to this kind only.
 */
final class FollowUpExporter {

    static final String KIND = "followup";
    private final SamverkanCli root;
    private final CommandSpec spec;
    private final Clock clock;

    FollowUpExporter(SamverkanCli root, CommandSpec spec, Clock clock) {
        this.root = root;
        this.spec = spec;
        this.clock = clock;
    }

    int run(String kind, String period, boolean calendarDates, Path out, char separator) {
        Messages messages = root.messages();
        if (!KIND.equals(kind)) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.followup.onlyFollowup", kind));
        }
        if (calendarDates) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.followup.noDates"));
        }
        if (!FollowUpExport.supports(out)) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.followup.onlyXlsxCsv", out.getFileName()));
        }
        if (period == null || period.isBlank()) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.followup.needsPeriod"));
        }
        Period p;
        try {
            p = Period.parse(period);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.followup.badPeriod", period));
        }
        try (Workspace ws = WorkspaceAccess.open(root)) {
            FollowUpExport.Result result = new FollowUpExport(ws, messages, clock).write(p, out, separator);
            spec.commandLine().getOut().println(out.toAbsolutePath());
            root.messagesOut().println(messages.get("cli.followup.exported", result.figures(), result.branches(),
                    result.period().toString(), result.asOf().toString(), out.toAbsolutePath()));
            return ExitCode.OK;
        } catch (IOException e) {
            throw new CliException(ExitCode.BAD_INPUT, messages.get("cli.export.writeFailed", out.toAbsolutePath()));
        }
    }
}
