package se.samverkan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.samverkan.domain.Branch;
import se.samverkan.domain.Period;
import se.samverkan.service.BranchLookup;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.goals.BranchTemplate;

/**
 * {@code template --branch ID --period P --out FILE.xlsx}: the branch spreadsheet for one branch to fill in
 * (shared/CLI.md, issue #8). Wrong use is exit 2, an unknown branch exit 1, and nothing is written then.
 */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Skriver avdelningens uppföljningsblad (.xlsx) för en period, att fylla i och skicka tillbaka.")
final class TemplateCommand implements Callable<Integer> {

    @ParentCommand
    SamverkanCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--branch", required = true, paramLabel = "ID", description = "Avdelningen (id, nummer eller namn).")
    String branch;

    @Option(names = "--period", required = true, paramLabel = "P", description = "Perioden (2026, 2026H1 eller 2026Q1).")
    String period;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Filen att skriva (.xlsx).")
    Path out;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        Period p;
        try {
            p = Period.parse(period);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.report.badPeriod", period));
        }
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.template.xlsxOnly", out.getFileName()));
        }
        try (Workspace ws = WorkspaceAccess.open(root)) {
            Branch b = BranchLookup.find(ws, branch).orElseThrow(() -> new CliException(ExitCode.BAD_INPUT,
                    messages.get("cli.report.unknownBranch", branch)));
            var written = new BranchTemplate(ws, Clock.systemDefaultZone()).write(b, p, out);
            spec.commandLine().getOut().println(out.toAbsolutePath());
            root.messagesOut().println(messages.get("cli.template.done", b.name(), p.toString(), written.indicators(),
                    written.counted(), out.toAbsolutePath()));
            return ExitCode.OK;
        } catch (IOException e) {
            throw new CliException(ExitCode.BAD_INPUT, messages.get("cli.export.writeFailed", out.toAbsolutePath()));
        }
    }
}
