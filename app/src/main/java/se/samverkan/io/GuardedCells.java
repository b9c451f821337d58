package se.samverkan.io;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes text into the cells of one workbook so that no spreadsheet evaluates it: text that looks like a formula
 * ({@link FormulaGuard}) is a string cell whose style is quote-prefixed, as when a user types {@code '=…} in Excel. The
 * value reads back unchanged, and Excel and LibreOffice keep it as text even after the cell is edited. The
 * quote-prefixed copy of each style is made once, as a workbook holds at most 64,000 styles.
 */
final class GuardedCells {

    private final Workbook workbook;
    private final Map<Short, CellStyle> quoted = new HashMap<>();

    GuardedCells(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Puts {@code text} in {@code cell}, keeping the style the cell has (set it before, if any). */
    void text(Cell cell, String text) {
        cell.setCellValue(text);
        if (FormulaGuard.looksLikeFormula(text)) {
            cell.setCellStyle(quotedCopyOf(cell.getCellStyle()));
        }
    }

    private CellStyle quotedCopyOf(CellStyle style) {
        return quoted.computeIfAbsent(style.getIndex(), index -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(style);
            copy.setQuotePrefixed(true);
            return copy;
        });
    }
}
