package se.samverkan.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.demo.DemoDataService;
import se.samverkan.service.demo.DemoOptions;
import se.samverkan.service.demo.DemoProgress;
import se.samverkan.service.demo.DemoSummary;

/** {@code demo [--scale N]}: a new encrypted database filled with the fictional demo data (N people). */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Skapar en ny krypterad databas med påhittade demodata (två NUTS-områden, avdelningar, kontakter).")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    SamverkanCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--scale", paramLabel = "N", description = "Antal personer (standard: ${DEFAULT-VALUE}).")
    int scale = DemoDataService.DEFAULT_PEOPLE;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        if (scale < 1) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.demo.badScale", scale));
        }
        DemoOptions options = DemoOptions.standard(LocalDate.now()).withPeople(scale);
        try (Workspace ws = WorkspaceAccess.create(root)) {
            root.messagesOut().println(messages.get("cli.demo.filling", scale));
            DemoSummary summary = DemoDataService.fill(ws, options, DemoProgress.NONE);
            ws.compactOnClose();
            print(spec.commandLine().getOut(), summary);
            root.messagesOut().println(messages.get("cli.demo.done", ws.dataDir(), summary.took().toMillis() / 1000.0));
        }
        return ExitCode.OK;
    }

    /** The counts as {@code entity: count} lines, the same shape as {@code info}. */
    private static void print(PrintWriter out, DemoSummary s) {
        out.println("branches: " + s.branches());
        out.println("people: " + s.people());
        out.println("organisations: " + s.organisations());
        out.println("relationships: " + s.relationships());
        out.println("interactions: " + s.interactions());
        out.println("forums: " + s.forums());
        out.println("seats: " + s.seats());
        out.println("workshops: " + s.workshops());
        out.println("targets: " + s.targets());
        out.println("outcomes: " + s.outcomes());
        out.println("demands: " + s.demands());
        out.println("funding_projects: " + s.fundingProjects());
        out.flush();
    }
}
