package se.samverkan.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook with one sheet: bold frozen header row, autofilter, dates as dates, numbers as numbers, column
 * widths from the content. Streamed (SXSSF, 500 rows in memory) from a {@link RowSource}, so 100,000 rows need no
 * large heap. Text that looks like a formula is a quote-prefixed string cell ({@link GuardedCells}).
 */
final class XlsxTableWriter implements TableWriter {

    private static final int MAX_WIDTH_CHARS = 50;

    @Override
    public void write(Path file, String sheetName, List<String> headers, RowSource rows) throws IOException {
        AtomicFile.write(file, out -> {
            SXSSFWorkbook workbook = new SXSSFWorkbook(500);
            try {
                // The rows' temporary file is not gzipped: the zip of the workbook compresses them anyway, and
                // compressing twice made 100,000 people take twice as long (PeopleExportBenchmark, decision 0020).
                workbook.setCompressTempFiles(false);
                SXSSFSheet sheet = workbook.createSheet(sheetName);
                GuardedCells cells = new GuardedCells(workbook);
                CellStyle header = workbook.createCellStyle();
                Font bold = workbook.createFont();
                bold.setBold(true);
                header.setFont(bold);
                CellStyle date = workbook.createCellStyle();
                date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
                int[] widths = new int[headers.size()];

                SXSSFRow top = sheet.createRow(0);
                for (int c = 0; c < headers.size(); c++) {
                    var cell = top.createCell(c);
                    cell.setCellStyle(header);
                    cells.text(cell, headers.get(c));
                    widths[c] = headers.get(c).length();
                }
                int[] next = {1};
                rows.writeTo(values -> {
                    SXSSFRow row = sheet.createRow(next[0]++);
                    for (int c = 0; c < values.size() && c < widths.length; c++) {
                        Object v = values.get(c);
                        if (v == null) {
                            continue;
                        }
                        var cell = row.createCell(c);
                        if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else if (v instanceof Boolean b) {
                            cell.setCellValue(b ? "ja" : "nej");
                        } else {
                            cells.text(cell, v.toString());
                        }
                        widths[c] = Math.max(widths[c], v instanceof LocalDate ? 10 : v.toString().length());
                    }
                });
                int last = next[0] - 1;
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, last), 0, Math.max(0, headers.size() - 1)));
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, (Math.min(widths[c], MAX_WIDTH_CHARS) + 2) * 256);
                }
                workbook.write(out);
            } finally {
                workbook.close();
            }
        });
    }
}
