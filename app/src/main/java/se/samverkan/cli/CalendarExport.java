package se.samverkan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.calendar.CalendarService;

/** {@code export calendar --from D --to D --out FILE.ics}: the workshops and forum meetings of a period as iCalendar. */
final class CalendarExport {

    static final String KIND = "calendar";
    private final SamverkanCli root;
    private final CommandSpec spec;

    CalendarExport(SamverkanCli root, CommandSpec spec) {
        this.root = root;
        this.spec = spec;
    }

    int run(String kind, LocalDate from, LocalDate to, Path out) {
        Messages messages = root.messages();
        if (!KIND.equals(kind)) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.calendar.onlyCalendar", kind));
        }
        if (!CalendarService.isIcsFile(out)) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.calendar.onlyIcs", out.getFileName()));
        }
        if (from == null || to == null) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.calendar.needsPeriod"));
        }
        if (to.isBefore(from)) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.calendar.badPeriod", from, to));
        }
        try (Workspace ws = WorkspaceAccess.open(root)) {
            int events = new CalendarService(ws, messages).export(from, to, out);
            spec.commandLine().getOut().println(out.toAbsolutePath());
            root.messagesOut().println(messages.get("cli.calendar.exported", events, from, to, out.toAbsolutePath()));
            return ExitCode.OK;
        } catch (IOException e) {
            throw new CliException(ExitCode.BAD_INPUT, messages.get("cli.export.writeFailed", out.toAbsolutePath()));
        }
    }
}
