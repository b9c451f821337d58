package se.samverkan.io.sheets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads an old .xls with POI's HSSF user model: the format holds at most 65,536 rows a sheet, so reading it whole is
 * bounded. Formulas give their cached value, as in the other formats.
 */
final class XlsSheetReader {

    private XlsSheetReader() {
    }

    static void read(Path file, String fileName, RowHandler handler) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true); HSSFWorkbook workbook = new HSSFWorkbook(fs)) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                boolean sheetHidden = workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s);
                for (Row row : sheet) {
                    List<SheetCell> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        SheetCell read = cell(fileName, sheet.getSheetName(), cell);
                        if (read != null) {
                            cells.add(read);
                        }
                    }
                    handler.row(new SheetRow(fileName, sheet.getSheetName(), row.getRowNum() + 1, row.getZeroHeight(), sheetHidden, cells));
                }
            }
        }
    }

    private static SheetCell cell(String file, String sheet, Cell cell) {
        int column = cell.getColumnIndex();
        Location at = Location.of(file, sheet, cell.getRowIndex() + 1, column);
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> {
                String text = cell.getStringCellValue();
                yield text.isEmpty() ? null : new SheetCell(at, column, text, CellKind.TEXT);
            }
            case BOOLEAN -> new SheetCell(at, column, cell.getBooleanCellValue() ? "TRUE" : "FALSE", CellKind.BOOLEAN);
            case ERROR -> new SheetCell(at, column, FormulaError.forInt(cell.getErrorCellValue()).getString(), CellKind.ERROR);
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield CanonicalText.dateCell(at, column, cell.getLocalDateTimeCellValue());
                }
                String format = cell.getCellStyle().getDataFormatString();
                CellKind kind = format != null && format.contains("%") ? CellKind.PERCENT : CellKind.NUMBER;
                yield new SheetCell(at, column, CanonicalText.number(cell.getNumericCellValue()), kind);
            }
            default -> null;
        };
    }
}
