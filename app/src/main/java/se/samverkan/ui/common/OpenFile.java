package se.samverkan.ui.common;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Opens a written file with the program the system uses for it (a PDF viewer, a spreadsheet). The application sets
 * the real opener (HostServices) at start; until then, and in tests, nothing opens.
 */
public final class OpenFile {

    private static volatile Consumer<Path> opener = path -> { };

    private OpenFile() {
    }

    public static void use(Consumer<Path> replacement) {
        opener = replacement == null ? path -> { } : replacement;
    }

    public static void open(Path file) {
        opener.accept(file);
    }
}
