package se.samverkan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import se.samverkan.service.StartupOptions;

/** Runs the CLI in-process for tests, with the password "typed" through the environment and output captured. */
final class CliRunner {

    /** One run's exit status and what it printed. */
    record Run(int status, String out, String err) {
    }

    private CliRunner() {
    }

    static Run run(String password, Consumer<StartupOptions> windowOpener, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PasswordSource passwords = new PasswordSource(null,
                password == null ? Map.of() : Map.of(PasswordSource.ENV_VARIABLE, password), prompt -> null);
        int status = SamverkanCli.run(args, windowOpener, new PrintWriter(out, true), new PrintWriter(err, true), passwords);
        return new Run(status, out.toString(), err.toString());
    }

    /** The arguments with {@code --data-dir DIR --lang LANG} in front. */
    static String[] in(Path dir, String lang, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        all[2] = "--lang";
        all[3] = lang;
        System.arraycopy(args, 0, all, 4, args.length);
        return all;
    }
}
