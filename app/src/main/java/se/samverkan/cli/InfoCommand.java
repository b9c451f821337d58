package se.samverkan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.samverkan.domain.RecordCounts;
import se.samverkan.domain.RecordKind;
import se.samverkan.service.Workspace;

/** {@code info}: one {@code entity: count} line per kind of record. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Skriver antal poster per slag, en rad per slag.")
final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    SamverkanCli root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace ws = WorkspaceAccess.open(root)) {
            RecordCounts counts = ws.counts();
            for (RecordKind kind : RecordKind.values()) {
                spec.commandLine().getOut().println(kind.cliName() + ": " + counts.of(kind));
            }
        }
        return ExitCode.OK;
    }
}
