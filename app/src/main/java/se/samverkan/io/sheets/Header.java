package se.samverkan.io.sheets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of a sheet and its column names by zero-based column. Found as the first row within the first
 * {@value #SEARCH_ROWS} non-blank rows whose cells are mostly text, that has at least two cells and at least as many
 * as the row after it, and that is followed by a data row: a title line and blank rows above the header are passed over.
 */
public record Header(SheetRow row, Map<Integer, String> names) {

    static final int SEARCH_ROWS = 20;

    /** Finds the header among the first non-blank rows of one sheet, in order. */
    public static Optional<Header> find(List<SheetRow> firstRows) {
        List<SheetRow> rows = firstRows.stream().filter(r -> !r.isBlank()).limit(SEARCH_ROWS + 1L).toList();
        for (int i = 0; i + 1 < rows.size() && i < SEARCH_ROWS; i++) {
            SheetRow row = rows.get(i);
            long text = row.cells().stream().filter(c -> c.kind() == CellKind.TEXT && !c.text().isBlank()).count();
            int size = row.cells().size();
            if (size >= 2 && text * 2 > size && size >= rows.get(i + 1).cells().size()) {
                Map<Integer, String> names = new LinkedHashMap<>();
                row.cells().forEach(c -> names.put(c.columnIndex(), c.text().strip()));
                return Optional.of(new Header(row, names));
            }
        }
        return Optional.empty();
    }

    /** The zero-based column whose name equals one of the given names, ignoring case, or -1. */
    public int column(String... candidates) {
        for (Map.Entry<Integer, String> e : names.entrySet()) {
            for (String candidate : candidates) {
                if (e.getValue().equalsIgnoreCase(candidate)) {
                    return e.getKey();
                }
            }
        }
        return -1;
    }

    /** The names in column order. */
    public List<String> columnNames() {
        return new ArrayList<>(names.values());
    }
}
