package se.samverkan.io;

import java.io.IOException;
import java.nio.file.Path;

/** Writes bytes kept elsewhere (an archived report) to a file, whole or not at all. */
public final class BytesFile {

    private BytesFile() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        AtomicFile.write(target, out -> out.write(bytes));
    }
}
