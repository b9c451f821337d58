package se.samverkan.cli;

/** Exit statuses of shared/CLI.md. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    public static final int CANNOT_OPEN = 3;

    private ExitCode() {
    }
}
