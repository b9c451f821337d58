package se.samverkan.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.WorkspaceException;

/** {@code restore FILE [--yes]}: replaces the database with a backup, after a confirmation and a backup of the current state. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Återställer databasen från en säkerhetskopia (den nuvarande sparas först).")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    SamverkanCli root;

    @Parameters(index = "0", paramLabel = "FILE", description = "Säkerhetskopian (.zip).")
    Path file;

    @Option(names = "--yes", description = "Fråga inte om bekräftelse.")
    boolean yes;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        if (!Files.isRegularFile(file)) {
            throw new CliException(ExitCode.BAD_INPUT, messages.get("cli.restore.noFile", file));
        }
        Path dir = root.resolvedDataDir();
        if (!yes && !confirm(messages.get("cli.restore.confirm", dir))) {
            root.messagesOut().println(messages.get("cli.restore.cancelled"));
            return ExitCode.BAD_INPUT;
        }
        char[] password = root.passwords().read(messages.get("cli.password.prompt"), null, messages::get);
        try {
            Path safety = Workspace.restore(dir, file, password);
            root.messagesOut().println(messages.get("cli.restore.done", file));
            if (safety != null) {
                root.messagesOut().println(messages.get("cli.restore.safety", safety));
            }
            return ExitCode.OK;
        } catch (WorkspaceException e) {
            int code = e.reason() == WorkspaceException.Reason.DAMAGED || e.reason() == WorkspaceException.Reason.NOT_FOUND
                    ? ExitCode.BAD_INPUT : ExitCode.CANNOT_OPEN;
            throw new CliException(code, messages.get(e.messageKey()));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private boolean confirm(String question) {
        root.messagesOut().print(question + " ");
        root.messagesOut().flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return answer != null && (answer.trim().toLowerCase(Locale.ROOT).startsWith("j") || answer.trim().toLowerCase(Locale.ROOT).startsWith("y"));
        } catch (IOException e) {
            return false;
        }
    }
}
