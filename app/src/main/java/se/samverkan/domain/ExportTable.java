package se.samverkan.domain;

import java.util.List;

/**
 * A list ready to be written to a file: column ids (the texts come from the bundles as {@code export.column.<id>})
 * and rows of plain values (String, Number, LocalDate, Boolean or null). The first column is the record's id.
 */
public record ExportTable(String sheetName, List<String> columns, List<List<Object>> rows) {

    public ExportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
