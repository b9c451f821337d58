package se.samverkan.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes a list to a file in the format its name ends with ({@code .csv} or {@code .xlsx}). */
public interface TableWriter {

    /**
     * @param headers the column titles, already in the user's language
     * @param rows    plain values: String, Number, LocalDate, Boolean or null
     */
    void write(Path file, String sheetName, List<String> headers, List<List<Object>> rows) throws IOException;

    /** The writer for the file's ending, or null for an ending no writer knows. */
    static TableWriter forFile(Path file, char csvSeparator) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return new CsvTableWriter(csvSeparator);
        }
        if (name.endsWith(".xlsx")) {
            return new XlsxTableWriter();
        }
        return null;
    }
}
