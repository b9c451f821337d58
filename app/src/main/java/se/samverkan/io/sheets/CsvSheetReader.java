package se.samverkan.io.sheets;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV per RFC 4180 but forgiving: quoted fields may hold separators, doubled quotes and line breaks; a quote
 * inside an unquoted field is kept as a character; CR, LF and CRLF all end a record. The one sheet is named after the
 * file without its ending, as Excel names it; rows are numbered by record, as Excel shows them.
 */
final class CsvSheetReader {

    private CsvSheetReader() {
    }

    static void read(Path file, String fileName, RowHandler handler) throws IOException {
        CsvDialect dialect = CsvDialect.detect(file);
        String sheet = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        try (Reader reader = new java.io.BufferedReader(dialect.open(file))) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldStarted = false;
            int record = 0;
            int c = reader.read();
            while (c >= 0) {
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        reader.mark(1);
                        int next = reader.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (next >= 0) {
                                reader.reset();
                            }
                        }
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"' && !fieldStarted) {
                    quoted = true;
                    fieldStarted = true;
                } else if (ch == dialect.separator()) {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                } else if (ch == '\r' || ch == '\n') {
                    if (ch == '\r') {
                        reader.mark(1);
                        if (reader.read() != '\n') {
                            reader.reset();
                        }
                    }
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                    handler.row(row(fileName, sheet, ++record, fields));
                    fields.clear();
                } else {
                    field.append(ch);
                    fieldStarted = true;
                }
                c = reader.read();
            }
            if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
                fields.add(field.toString());
                handler.row(row(fileName, sheet, ++record, fields));
            }
        }
    }

    private static SheetRow row(String file, String sheet, int number, List<String> fields) {
        List<SheetCell> cells = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (!fields.get(i).isEmpty()) {
                cells.add(new SheetCell(Location.of(file, sheet, number, i), i, fields.get(i), CellKind.TEXT));
            }
        }
        return new SheetRow(file, sheet, number, false, false, cells);
    }
}
