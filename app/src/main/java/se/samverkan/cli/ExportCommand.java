package se.samverkan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.calendar.CalendarService;
import se.samverkan.service.export.ExportService;
import se.samverkan.service.export.ListKind;
import se.samverkan.service.network.VCardService;

/**
 * {@code export KIND --out FILE}: a list as .xlsx or .csv (the first column is the record's id), or people as
 * vCards (.vcf), which never carry special-category data. {@code --include-sensitive} adds union membership,
 * political offices and the free-text notes of relationships and interactions (decision 0020).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exporterar en lista (people, organisations, branches, relationships, interactions, forums, seats, workshops, demands, funding) till .xlsx eller .csv, personer till .vcf, eller kalendern (calendar --from D --to D) till .ics, eller måluppföljningen (followup --period P) till .xlsx eller .csv, efter filens ändelse.")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    SamverkanCli root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "people | organisations | branches | relationships | interactions | forums | seats | workshops | demands | funding | calendar | followup")
    String kind;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Filen att skriva (.xlsx, .csv eller .vcf).")
    Path out;

    @Option(names = "--include-sensitive",
            description = "Ta med känsliga uppgifter (facklig tillhörighet, politiska uppdrag) och anteckningarna om relationer och kontakter.")
    boolean includeSensitive;

    @Option(names = "--separator", paramLabel = "CHAR", defaultValue = ";",
            description = "Fältavgränsare i CSV (standard ; som svenska Excel väntar sig).")
    char separator;

    @Option(names = "--from", paramLabel = "DATE", description = "calendar: första dagen (ÅÅÅÅ-MM-DD).")
    java.time.LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "calendar: sista dagen (ÅÅÅÅ-MM-DD).")
    java.time.LocalDate to;

    @Option(names = "--period", paramLabel = "P",
            description = "followup: perioden (2026, 2026H1 eller 2026Q1).")
    String period;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        if (FollowUpExporter.KIND.equals(kind) || period != null) {
            return new FollowUpExporter(root, spec, java.time.Clock.systemDefaultZone()).run(kind, period,
                    from != null || to != null, out, separator);
        }
        if (CalendarExport.KIND.equals(kind) || CalendarService.isIcsFile(out)) {
            return new CalendarExport(root, spec).run(kind, from, to, out);
        }
        ListKind list = ListKind.fromCliName(kind).orElseThrow(() -> new CliException(ExitCode.USAGE,
                messages.get("cli.export.unknownKind", kind,
                        Arrays.stream(ListKind.values()).map(ListKind::cliName).collect(Collectors.joining(", ")))));
        if (VCardService.isVCardFile(out)) {
            return exportVCards(list, messages);
        }
        if (se.samverkan.io.TableWriter.forFile(out, separator) == null) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.export.unknownFormat", out.getFileName()));
        }
        try (Workspace ws = WorkspaceAccess.open(root)) {
            int rows = new ExportService(ws, messages).write(list, out, includeSensitive, separator);
            spec.commandLine().getOut().println(out.toAbsolutePath());
            root.messagesOut().println(messages.get("cli.export.done", rows, out.toAbsolutePath()));
            if (includeSensitive) {
                root.messagesOut().println(messages.get("cli.export.sensitiveWarning"));
            }
            return ExitCode.OK;
        } catch (IOException e) {
            throw new CliException(ExitCode.BAD_INPUT, messages.get("cli.export.writeFailed", out.toAbsolutePath()));
        }
    }

    /** People as vCard 3.0; other lists have no vCard form, and sensitive fields are never written. */
    private int exportVCards(ListKind list, Messages messages) {
        if (list != ListKind.PEOPLE) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.vcard.onlyPeople", list.cliName()));
        }
        if (includeSensitive) {
            root.messagesOut().println(messages.get("cli.vcard.neverSensitive"));
        }
        try (Workspace ws = WorkspaceAccess.open(root)) {
            int people = new VCardService(ws).export(out);
            spec.commandLine().getOut().println(out.toAbsolutePath());
            root.messagesOut().println(messages.get("cli.vcard.exported", people, out.toAbsolutePath()));
            return ExitCode.OK;
        } catch (IOException e) {
            throw new CliException(ExitCode.BAD_INPUT, messages.get("cli.export.writeFailed", out.toAbsolutePath()));
        }
    }
}
