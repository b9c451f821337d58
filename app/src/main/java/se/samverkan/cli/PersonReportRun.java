package se.samverkan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import se.samverkan.domain.PersonExtract;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.reports.PersonExtractReport;

/**
 * {@code report person --person ID [--include-sensitive] --out FILE}: the register extract of one person (GDPR art.
 * 15) as .pdf or .json. Kept out of {@link ReportCommand} so the report types can grow there independently.
 */
final class PersonReportRun {

    static final String TYPE = "person";
    private final SamverkanCli root;
    private final CommandSpec spec;

    PersonReportRun(SamverkanCli root, CommandSpec spec) {
        this.root = root;
        this.spec = spec;
    }

    int run(String person, String period, String branch, boolean includeSensitive, Path out) {
        Messages messages = root.messages();
        if (person == null) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.report.needPerson"));
        }
        if (period != null || branch != null) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.report.personOnly"));
        }
        long id;
        try {
            id = Long.parseLong(person.trim());
        } catch (NumberFormatException e) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.report.badPerson", person));
        }
        if (!PersonExtractReport.supports(out)) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.report.personFormat", out.getFileName()));
        }
        try (Workspace ws = WorkspaceAccess.open(root)) {
            Optional<PersonExtract> written = new PersonExtractReport(ws, messages, Clock.systemDefaultZone())
                    .write(id, includeSensitive, out);
            if (written.isEmpty()) {
                throw new CliException(ExitCode.BAD_INPUT, messages.get("cli.report.unknownPerson", person));
            }
            spec.commandLine().getOut().println(out.toAbsolutePath());
            root.messagesOut().println(messages.get("cli.report.personDone", out.toAbsolutePath()));
            if (includeSensitive) {
                root.messagesOut().println(messages.get("cli.export.sensitiveWarning"));
            }
            return ExitCode.OK;
        } catch (IOException e) {
            throw new CliException(ExitCode.BAD_INPUT, messages.get("cli.export.writeFailed", out.toAbsolutePath()));
        }
    }
}
