package se.samverkan.io.sheets;

/** Receives the rows of a file one at a time, sheet after sheet, so a large file never sits in memory whole. */
@FunctionalInterface
public interface RowHandler {

    void row(SheetRow row);
}
