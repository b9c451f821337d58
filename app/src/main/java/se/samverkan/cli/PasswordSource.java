package se.samverkan.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * Where the CLI gets the database password, in the order of shared/CLI.md: {@code --password-file}, then
 * {@code SAMVERKAN_PASSWORD}, then the terminal. The password is never echoed or logged.
 */
final class PasswordSource {

    static final String ENV_VARIABLE = "SAMVERKAN_PASSWORD";

    private final Path file;
    private final Map<String, String> env;
    private final Function<String, char[]> terminal;

    PasswordSource(Path file, Map<String, String> env, Function<String, char[]> terminal) {
        this.file = file;
        this.env = env;
        this.terminal = terminal;
    }

    static PasswordSource fromEnvironment() {
        return new PasswordSource(null, System.getenv(), PasswordSource::askTerminal);
    }

    PasswordSource withFile(Path passwordFile) {
        return passwordFile == null ? this : new PasswordSource(passwordFile, env, terminal);
    }

    /** The password, or a usage error if none can be had. {@code confirm} asks twice on the terminal. */
    char[] read(String prompt, String confirmPrompt, Messages messages) {
        if (file != null) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line = reader.readLine();
                if (line == null || line.isEmpty()) {
                    throw new CliException(ExitCode.USAGE, messages.get("cli.password.fileEmpty", file));
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new CliException(ExitCode.USAGE, messages.get("cli.password.fileUnreadable", file));
            }
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        char[] first = terminal.apply(prompt);
        if (first == null || first.length == 0) {
            throw new CliException(ExitCode.USAGE, messages.get("cli.password.missing"));
        }
        if (confirmPrompt != null) {
            char[] second = terminal.apply(confirmPrompt);
            if (second == null || !java.util.Arrays.equals(first, second)) {
                throw new CliException(ExitCode.USAGE, messages.get("cli.password.mismatch"));
            }
        }
        return first;
    }

    private static char[] askTerminal(String prompt) {
        Console console = System.console();
        if (console != null) {
            return console.readPassword("%s", prompt);
        }
        // No terminal (piped input): read one line from standard input, which shows nothing either.
        System.err.print(prompt);
        System.err.flush();
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.toCharArray();
        } catch (IOException e) {
            return null;
        }
    }

    /** Narrow view of {@link se.samverkan.service.Messages} so this class stays easy to test. */
    interface Messages {
        String get(String key, Object... args);
    }
}
