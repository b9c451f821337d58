package se.samverkan.io.sheets;

/**
 * One non-empty cell. Its text is what the file typed for {@link CellKind#TEXT} cells; for typed cells it is canonical
 * so that one parser serves every format: numbers plain with a point ({@code 1500}, {@code 0.125} for 12,5 %), dates
 * ISO ({@code 2026-03-01}, {@code 2026-03-01T08:30}), booleans {@code TRUE}/{@code FALSE}. Formulas give their cached
 * value.
 */
public record SheetCell(Location location, int columnIndex, String text, CellKind kind) {
}
