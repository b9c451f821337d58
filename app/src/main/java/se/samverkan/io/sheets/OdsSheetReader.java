package se.samverkan.io.sheets;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;

/**
 * Streams an .ods (LibreOffice) with StAX over {@code content.xml}, opened through POI's {@link ZipSecureFile} so the
 * same zip-bomb limits apply as to .xlsx. Repeated cells and rows ({@code number-columns-repeated},
 * {@code number-rows-repeated}) are expanded when they hold something and skipped when empty, which is how
 * LibreOffice writes the million empty rows below a table. Dates come from {@code office:date-value}, numbers and
 * percentages from {@code office:value}.
 */
final class OdsSheetReader {

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final int MAX_COLUMNS = 16_384;
    private static final int MAX_ROWS = 1_048_576;

    private OdsSheetReader() {
    }

    static void read(Path file, String fileName, RowHandler handler) throws Exception {
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            ZipArchiveEntry entry = zip.getEntry("content.xml");
            if (entry == null) {
                throw new java.io.IOException("no content.xml");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                XMLInputFactory factory = XMLHelper.newXMLInputFactory();
                new Pass(fileName, handler).read(factory.createXMLStreamReader(in));
            }
        }
    }

    private static final class Pass {
        private final String file;
        private final RowHandler handler;
        private final Set<String> hiddenTableStyles = new HashSet<>();
        private String sheet;
        private boolean sheetHidden;
        private int rowNumber;
        private int column;
        private final List<SheetCell> cells = new ArrayList<>();

        Pass(String file, RowHandler handler) {
            this.file = file;
            this.handler = handler;
        }

        void read(XMLStreamReader xml) throws Exception {
            String currentStyle = null;
            int rowRepeat = 1;
            boolean rowHidden = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = xml.getLocalName();
                    String ns = xml.getNamespaceURI();
                    if (STYLE.equals(ns) && "style".equals(local)) {
                        currentStyle = xml.getAttributeValue(STYLE, "name");
                    } else if (STYLE.equals(ns) && "table-properties".equals(local)) {
                        if ("false".equals(xml.getAttributeValue(TABLE, "display")) && currentStyle != null) {
                            hiddenTableStyles.add(currentStyle);
                        }
                    } else if (TABLE.equals(ns) && "table".equals(local)) {
                        sheet = xml.getAttributeValue(TABLE, "name");
                        sheetHidden = hiddenTableStyles.contains(xml.getAttributeValue(TABLE, "style-name"));
                        rowNumber = 0;
                    } else if (TABLE.equals(ns) && "table-row".equals(local)) {
                        rowRepeat = repeat(xml.getAttributeValue(TABLE, "number-rows-repeated"));
                        String visibility = xml.getAttributeValue(TABLE, "visibility");
                        rowHidden = visibility != null && !"visible".equals(visibility);
                        cells.clear();
                        column = 0;
                    } else if (TABLE.equals(ns) && ("table-cell".equals(local) || "covered-table-cell".equals(local))) {
                        cell(xml, "covered-table-cell".equals(local));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && TABLE.equals(xml.getNamespaceURI())
                        && "table-row".equals(xml.getLocalName())) {
                    if (cells.isEmpty()) {
                        rowNumber += rowRepeat;
                    } else {
                        for (int i = 0; i < rowRepeat && rowNumber < MAX_ROWS; i++) {
                            rowNumber++;
                            List<SheetCell> located = new ArrayList<>();
                            for (SheetCell c : cells) {
                                located.add(new SheetCell(Location.of(file, sheet, rowNumber, c.columnIndex()), c.columnIndex(), c.text(), c.kind()));
                            }
                            handler.row(new SheetRow(file, sheet, rowNumber, rowHidden, sheetHidden, located));
                        }
                    }
                }
            }
        }

        /** Reads one cell, leaving the reader on its end element; cells are located when their row ends. */
        private void cell(XMLStreamReader xml, boolean covered) throws Exception {
            int repeat = repeat(xml.getAttributeValue(TABLE, "number-columns-repeated"));
            String type = xml.getAttributeValue(OFFICE, "value-type");
            String value = xml.getAttributeValue(OFFICE, "value");
            String date = xml.getAttributeValue(OFFICE, "date-value");
            String bool = xml.getAttributeValue(OFFICE, "boolean-value");
            String text = text(xml);
            String canonical;
            CellKind kind;
            if (covered || type == null) {
                canonical = covered ? "" : text;
                kind = CellKind.TEXT;
            } else {
                switch (type) {
                    case "float", "currency" -> {
                        canonical = CanonicalText.number(Double.parseDouble(value));
                        kind = CellKind.NUMBER;
                    }
                    case "percentage" -> {
                        canonical = CanonicalText.number(Double.parseDouble(value));
                        kind = CellKind.PERCENT;
                    }
                    case "date" -> {
                        canonical = date;
                        kind = date.length() > 10 ? CellKind.DATE_TIME : CellKind.DATE;
                    }
                    case "boolean" -> {
                        canonical = "true".equals(bool) ? "TRUE" : "FALSE";
                        kind = CellKind.BOOLEAN;
                    }
                    default -> {
                        canonical = text;
                        kind = CellKind.TEXT;
                    }
                }
            }
            if (!canonical.isEmpty()) {
                for (int i = 0; i < repeat && column < MAX_COLUMNS; i++) {
                    cells.add(new SheetCell(null, column + i, canonical, kind));
                }
            }
            column += repeat;
        }

        /** The cell's paragraphs joined by line breaks, with {@code text:s} spaces and tabs restored. */
        private static String text(XMLStreamReader xml) throws Exception {
            StringBuilder text = new StringBuilder();
            int paragraphs = 0;
            int depth = 1;
            int annotationDepth = 0;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String local = xml.getLocalName();
                    if (annotationDepth == 0 && OFFICE.equals(xml.getNamespaceURI()) && "annotation".equals(local)) {
                        annotationDepth = depth;
                    } else if (annotationDepth == 0 && TEXT.equals(xml.getNamespaceURI())) {
                        if ("p".equals(local) && paragraphs++ > 0) {
                            text.append('\n');
                        } else if ("s".equals(local)) {
                            String c = xml.getAttributeValue(TEXT, "c");
                            text.append(" ".repeat(c == null ? 1 : Integer.parseInt(c)));
                        } else if ("tab".equals(local)) {
                            text.append('\t');
                        } else if ("line-break".equals(local)) {
                            text.append('\n');
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == annotationDepth) {
                        annotationDepth = 0;
                    }
                    depth--;
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    // comments (office:annotation) are not the cell's value
                    if (depth >= 2 && annotationDepth == 0) {
                        text.append(xml.getText());
                    }
                }
            }
            return text.toString();
        }

        private static int repeat(String attribute) {
            return attribute == null ? 1 : Math.max(1, Integer.parseInt(attribute));
        }
    }
}
