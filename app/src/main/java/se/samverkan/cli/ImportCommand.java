package se.samverkan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
import se.samverkan.service.network.ImportProblem;
import se.samverkan.service.network.ImportReportText;
import se.samverkan.service.network.OnDuplicate;
import se.samverkan.service.network.VCardImportOptions;
import se.samverkan.service.network.VCardImportReport;
import se.samverkan.service.network.VCardService;

/**
 * {@code import KIND FILE [--dry-run] [--valid-only] [--on-duplicate skip|update|create]}: one line per record on
 * standard output, then a summary; every error on standard error as {@code FILE:card N:line L:PROPERTY: message},
 * and then nothing is written (exit 1).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Importerar en fil (KIND: vcard). Allt kontrolleras först; vid fel skrivs inget.")
final class ImportCommand implements Callable<Integer> {

    /** The kinds of file {@code import} reads so far; each area adds its own (shared/CLI.md). */
    static final List<String> KINDS = List.of("vcard");

    @ParentCommand
    SamverkanCli root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "vcard")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "Filen att importera (.vcf).")
    Path file;

    @Option(names = "--dry-run", description = "Kontrollera och matcha, men spara inget.")
    boolean dryRun;

    @Option(names = "--valid-only", description = "Importera de giltiga korten även om andra har fel.")
    boolean validOnly;

    @Option(names = "--on-duplicate", paramLabel = "skip|update|create", defaultValue = "skip",
            description = "Vad som händer med ett kort som matchar en befintlig person (standard skip).")
    String onDuplicate;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        if (!KINDS.contains(kind)) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.import.unknownKind", kind, String.join(", ", KINDS)));
        }
        OnDuplicate rule = OnDuplicate.fromCliName(onDuplicate).orElseThrow(() -> new CliException(ExitCode.USAGE,
                messages.get("cli.import.badOnDuplicate", onDuplicate,
                        Arrays.stream(OnDuplicate.values()).map(OnDuplicate::cliName).collect(Collectors.joining("|")))));
        if (!Files.isRegularFile(file)) {
            throw new CliException(ExitCode.BAD_INPUT, messages.get("cli.import.noFile", file));
        }
        try (Workspace ws = WorkspaceAccess.open(root)) {
            VCardImportReport report = new VCardService(ws).importFile(file,
                    new VCardImportOptions(rule, dryRun, validOnly), VCardService.Progress.NONE);
            return print(report, messages);
        } catch (IOException e) {
            throw new CliException(ExitCode.BAD_INPUT, messages.get("cli.import.unreadable", file));
        }
    }

    private int print(VCardImportReport report, Messages messages) {
        ImportReportText text = new ImportReportText(messages);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = root.messagesOut();
        String label = file.toString();
        for (ImportProblem error : report.errors()) {
            err.println(text.located(label, error));
        }
        for (ImportProblem note : report.notes()) {
            err.println(text.located(label, note));
        }
        if (!report.errors().isEmpty() && !validOnly) {
            err.println(messages.get("cli.import.rejected", report.errors().size()));
            return ExitCode.BAD_INPUT;
        }
        report.outcomes().forEach(o -> out.println(text.outcome(o)));
        out.println(text.summary(report));
        if (report.backup() != null) {
            err.println(messages.get("cli.import.backup", report.backup()));
        }
        return ExitCode.OK;
    }
}
