package se.samverkan.io.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Streams an .xlsx with POI's {@link XSSFReader} and StAX over each sheet's XML, so 100,000 rows need only the shared
 * strings in memory. Our own pull loop rather than POI's {@code XSSFSheetXMLHandler} because that one reports neither
 * hidden rows nor the cell's type beside its formatted text. Formulas give their cached value ({@code <v>}).
 */
final class XlsxSheetReader {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private XlsxSheetReader() {
    }

    static void read(Path file, String fileName, RowHandler handler) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XMLInputFactory factory = XMLHelper.newXMLInputFactory();
            WorkbookFacts facts = workbookFacts(factory, reader);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    new SheetPass(fileName, name, facts.hidden().contains(name), facts.date1904(), strings, styles, handler)
                            .read(factory.createXMLStreamReader(in));
                }
            }
        }
    }

    private record WorkbookFacts(List<String> hidden, boolean date1904) {
    }

    private static WorkbookFacts workbookFacts(XMLInputFactory factory, XSSFReader reader) throws Exception {
        List<String> hidden = new ArrayList<>();
        boolean date1904 = false;
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    if ("sheet".equals(xml.getLocalName())) {
                        String state = xml.getAttributeValue(null, "state");
                        if (state != null && !"visible".equals(state)) {
                            hidden.add(xml.getAttributeValue(null, "name"));
                        }
                    } else if ("workbookPr".equals(xml.getLocalName())) {
                        String v = xml.getAttributeValue(null, "date1904");
                        date1904 = "1".equals(v) || "true".equals(v);
                    }
                }
            }
        }
        return new WorkbookFacts(hidden, date1904);
    }

    /** One sheet's rows, read element by element. */
    private static final class SheetPass {
        private final String file;
        private final String sheet;
        private final boolean sheetHidden;
        private final boolean date1904;
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final RowHandler handler;
        private final Map<Integer, Kind> styleKinds = new HashMap<>();

        private enum Kind { NUMBER, PERCENT, DATE }

        SheetPass(String file, String sheet, boolean sheetHidden, boolean date1904, ReadOnlySharedStringsTable strings,
                StylesTable styles, RowHandler handler) {
            this.file = file;
            this.sheet = sheet;
            this.sheetHidden = sheetHidden;
            this.date1904 = date1904;
            this.strings = strings;
            this.styles = styles;
            this.handler = handler;
        }

        void read(XMLStreamReader xml) throws XMLStreamException {
            int rowNumber = 0;
            boolean rowHidden = false;
            List<SheetCell> cells = new ArrayList<>();
            int column = -1;
            String type = null;
            int style = 0;
            StringBuilder value = new StringBuilder();
            StringBuilder inline = new StringBuilder();
            boolean inValue = false;
            boolean inInline = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = xml.getLocalName();
                    switch (local) {
                        case "row" -> {
                            String r = xml.getAttributeValue(null, "r");
                            rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                            String h = xml.getAttributeValue(null, "hidden");
                            rowHidden = "1".equals(h) || "true".equals(h);
                            cells.clear();
                            column = -1;
                        }
                        case "c" -> {
                            String r = xml.getAttributeValue(null, "r");
                            column = r == null ? column + 1 : Location.columnIndex(r.replaceAll("[0-9]", ""));
                            type = xml.getAttributeValue(null, "t");
                            String s = xml.getAttributeValue(null, "s");
                            style = s == null ? 0 : Integer.parseInt(s);
                            value.setLength(0);
                            inline.setLength(0);
                        }
                        case "v" -> inValue = true;
                        case "t" -> inInline = true;
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (inValue) {
                        value.append(xml.getText());
                    } else if (inInline) {
                        inline.append(xml.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "v" -> inValue = false;
                        case "t" -> inInline = false;
                        case "c" -> {
                            SheetCell cell = cell(rowNumber, column, type, style, value.toString(), inline.toString());
                            if (cell != null) {
                                cells.add(cell);
                            }
                        }
                        case "row" -> handler.row(new SheetRow(file, sheet, rowNumber, rowHidden, sheetHidden, cells));
                        default -> {
                        }
                    }
                }
            }
        }

        private SheetCell cell(int row, int column, String type, int style, String value, String inline) {
            Location at = Location.of(file, sheet, row, column);
            String t = type == null ? "n" : type;
            switch (t) {
                case "s" -> {
                    if (value.isBlank()) {
                        return null;
                    }
                    String text = strings.getItemAt(Integer.parseInt(value.strip())).getString();
                    return text.isEmpty() ? null : new SheetCell(at, column, text, CellKind.TEXT);
                }
                case "inlineStr" -> {
                    return inline.isEmpty() ? null : new SheetCell(at, column, inline, CellKind.TEXT);
                }
                case "str" -> {
                    return value.isEmpty() ? null : new SheetCell(at, column, value, CellKind.TEXT);
                }
                case "b" -> {
                    return value.isEmpty() ? null : new SheetCell(at, column, "1".equals(value.strip()) ? "TRUE" : "FALSE", CellKind.BOOLEAN);
                }
                case "e" -> {
                    return new SheetCell(at, column, value, CellKind.ERROR);
                }
                default -> {
                    if (value.isBlank()) {
                        return null;
                    }
                    double d = Double.parseDouble(value.strip());
                    return switch (kindOf(style)) {
                        case DATE -> CanonicalText.dateCell(at, column, DateUtil.getLocalDateTime(d, date1904));
                        case PERCENT -> new SheetCell(at, column, CanonicalText.number(d), CellKind.PERCENT);
                        case NUMBER -> new SheetCell(at, column, CanonicalText.number(d), CellKind.NUMBER);
                    };
                }
            }
        }

        private Kind kindOf(int style) {
            return styleKinds.computeIfAbsent(style, s -> {
                if (styles == null || s >= styles.getNumCellStyles()) {
                    return Kind.NUMBER;
                }
                XSSFCellStyle cellStyle = styles.getStyleAt(s);
                String format = cellStyle.getDataFormatString();
                if (format != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), format)) {
                    return Kind.DATE;
                }
                return format != null && format.contains("%") ? Kind.PERCENT : Kind.NUMBER;
            });
        }
    }
}
