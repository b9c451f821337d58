package se.samverkan.io.sheets;

import java.util.List;

/**
 * One row of a sheet with its non-empty cells in column order. Hidden rows and rows of hidden sheets are delivered
 * with a flag rather than dropped, so an import can tell the user about them.
 */
public record SheetRow(String file, String sheet, int number, boolean hidden, boolean sheetHidden, List<SheetCell> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** True when no cell has any text but blanks. */
    public boolean isBlank() {
        return cells.stream().allMatch(c -> c.text().isBlank());
    }

    /** The cell in the zero-based column, or null when that cell is empty. */
    public SheetCell cell(int columnIndex) {
        for (SheetCell c : cells) {
            if (c.columnIndex() == columnIndex) {
                return c;
            }
        }
        return null;
    }

    /** The trimmed text in the zero-based column, empty when the cell is empty. */
    public String text(int columnIndex) {
        SheetCell c = cell(columnIndex);
        return c == null ? "" : c.text().strip();
    }

    /** Where a cell of this row is, also for an empty one. */
    public Location location(int columnIndex) {
        return Location.of(file, sheet, number, columnIndex);
    }
}
