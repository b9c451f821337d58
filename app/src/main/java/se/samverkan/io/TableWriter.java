package se.samverkan.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a list to a file in the format its name ends with ({@code .csv} or {@code .xlsx}). Text that a spreadsheet
 * would take for a formula is written as text ({@link FormulaGuard}).
 */
public interface TableWriter {

    /** Takes the rows one at a time. */
    @FunctionalInterface
    interface RowSink {
        /** @param values plain values: String, Number, LocalDate, Boolean or null */
        void row(List<Object> values) throws IOException;
    }

    /** Gives its rows to a sink one at a time, so a long list (100,000 people) need not be held in memory. */
    @FunctionalInterface
    interface RowSource {
        void writeTo(RowSink sink) throws IOException;
    }

    /** Writes the rows as the source gives them. */
    void write(Path file, String sheetName, List<String> headers, RowSource rows) throws IOException;

    /**
     * @param headers the column titles, already in the user's language
     * @param rows    plain values: String, Number, LocalDate, Boolean or null
     */
    default void write(Path file, String sheetName, List<String> headers, List<List<Object>> rows) throws IOException {
        write(file, sheetName, headers, sink -> {
            for (List<Object> row : rows) {
                sink.row(row);
            }
        });
    }

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
