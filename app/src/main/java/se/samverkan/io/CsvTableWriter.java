package se.samverkan.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as Swedish Excel opens it with a double-click: UTF-8 with a byte-order mark (without it Excel reads
 * Windows-1252 and breaks å ä ö) and {@code ;} between fields by default (the comma is the Swedish decimal sign).
 * Fields are quoted when they hold the separator, a quote or a line break (RFC 4180). Text that a spreadsheet would
 * take for a formula gets an apostrophe in front ({@link FormulaGuard}); numbers are written as they are.
 */
final class CsvTableWriter implements TableWriter {

    private final char separator;

    CsvTableWriter(char separator) {
        this.separator = separator;
    }

    @Override
    public void write(Path file, String sheetName, List<String> headers, RowSource rows) throws IOException {
        AtomicFile.write(file, out -> {
            try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                w.write('\uFEFF');
                w.write(line(headers.stream().map(h -> (Object) h).toList()));
                rows.writeTo(row -> w.write(line(row)));
            }
        });
    }

    private String line(List<Object> values) {
        return values.stream().map(this::field).collect(Collectors.joining(String.valueOf(separator))) + "\r\n";
    }

    private String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof Boolean b ? (b ? "ja" : "nej")
                : value instanceof Number ? value.toString() : FormulaGuard.csvField(value.toString());
        if (s.indexOf(separator) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
