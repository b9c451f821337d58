package se.samverkan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import se.samverkan.service.Workspace;

/** {@code init}: a new, empty, encrypted database in the data folder. */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Skapar en ny, tom, krypterad databas i datamappen.")
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    SamverkanCli root;

    @Override
    public Integer call() {
        try (Workspace ws = WorkspaceAccess.create(root)) {
            root.messagesOut().println(root.messages().get("cli.init.done", ws.dataDir()));
        }
        return ExitCode.OK;
    }
}
