package se.samverkan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.samverkan.service.AppVersion;
import se.samverkan.service.Messages;
import se.samverkan.service.StartupOptions;
import se.samverkan.service.Workspace;

/**
 * The root command: global options, then one sub-command; without a command it opens the window (the launcher
 * passes in how, so this package never touches JavaFX).
 */
@Command(name = "samverkan", mixinStandardHelpOptions = true, versionProvider = SamverkanCli.Version.class,
        description = "Samverkan – verktyg för IF Metalls regionala samordnare. Utan kommando öppnas fönstret.",
        subcommands = {InitCommand.class, DemoCommand.class, InfoCommand.class, BackupCommand.class, RestoreCommand.class, ExportCommand.class,
                ImportCommand.class, ReportCommand.class, TemplateCommand.class})
public final class SamverkanCli implements Runnable {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Mappen med databasen, säkerhetskopior och logg.")
    Path dataDir;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Läs lösenordet från första raden i FILE.")
    Path passwordFile;

    @Option(names = "--lang", paramLabel = "sv|en", description = "Språk för meddelanden (sv eller en).")
    String lang;

    private Consumer<StartupOptions> windowOpener;
    private PasswordSource passwordSource = PasswordSource.fromEnvironment();

    /** Parses and runs; returns the exit status, or -1 when the window was opened (it decides when to exit). */
    public static int run(String[] args, Consumer<StartupOptions> windowOpener) {
        if (args.length == 0) {
            // The everyday start (a double-click): straight to the window, without building the command-line model,
            // which costs a third of a second before the first frame.
            new SamverkanCli().openWindow(windowOpener);
            return -1;
        }
        return run(args, windowOpener, new PrintWriter(System.out, true), new PrintWriter(System.err, true), PasswordSource.fromEnvironment());
    }

    static int run(String[] args, Consumer<StartupOptions> windowOpener, PrintWriter out, PrintWriter err, PasswordSource passwords) {
        SamverkanCli root = new SamverkanCli();
        root.windowOpener = windowOpener;
        root.passwordSource = passwords;
        CommandLine cl = new CommandLine(root);
        root.commandLine = cl;
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof CliException ce) {
                commandLine.getErr().println(ce.getMessage());
                return ce.exitCode();
            }
            throw ex;
        });
        // The log goes to the data folder: fix its place after parsing and before any command (or class) logs.
        cl.setExecutionStrategy(parseResult -> {
            root.resolvedDataDir();
            return new CommandLine.RunLast().execute(parseResult);
        });
        int code = cl.execute(args);
        return root.windowOpened ? -1 : code;
    }

    private boolean windowOpened;
    private CommandLine commandLine;

    @Override
    public void run() {
        windowOpened = true;
        openWindow(windowOpener);
    }

    private void openWindow(Consumer<StartupOptions> opener) {
        opener.accept(new StartupOptions(resolvedDataDir(), locale(), lang != null && !lang.isBlank()));
    }

    Path resolvedDataDir() {
        Path dir = Workspace.resolveDataDir(dataDir);
        System.setProperty("samverkan.log.dir", dir.toString());
        return dir;
    }

    Locale locale() {
        return Messages.fromTag(lang);
    }

    Messages messages() {
        return Messages.of(locale());
    }

    /** Where messages for the person go: standard error (results go to standard output). */
    PrintWriter messagesOut() {
        return commandLine.getErr();
    }

    PasswordSource passwords() {
        return passwordSource.withFile(passwordFile);
    }

    /** Prints {@code samverkan X.Y.Z}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"samverkan " + AppVersion.get()};
        }
    }
}
