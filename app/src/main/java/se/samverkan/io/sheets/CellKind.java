package se.samverkan.io.sheets;

/** What a cell held in its file; the text of a cell is canonical for its kind (see {@link SheetCell}). */
public enum CellKind {
    TEXT, NUMBER, PERCENT, DATE, DATE_TIME, BOOLEAN, ERROR
}
