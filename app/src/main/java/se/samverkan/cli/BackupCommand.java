package se.samverkan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.samverkan.service.Workspace;

/** {@code backup [--out FILE]}: an encrypted backup of the whole database. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Krypterad säkerhetskopia av hela databasen.")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    SamverkanCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Filen att skriva (standard: backups/ i datamappen).")
    Path out;

    @Override
    public Integer call() {
        try (Workspace ws = WorkspaceAccess.open(root)) {
            Path file = ws.backup(out, "manual");
            spec.commandLine().getOut().println(file);
            root.messagesOut().println(root.messages().get("cli.backup.done", file));
        }
        return ExitCode.OK;
    }
}
