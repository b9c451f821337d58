package se.samverkan.io.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens a table file by its content, not only its name: a zip is .ods when its first entry is ODF's {@code mimetype}
 * (or it is named .ods) and .xlsx otherwise; an OLE2 file is a password-protected .xlsx when it holds
 * {@code EncryptionInfo}, else an .xls; anything else is CSV when named .csv, .txt or .tsv. Fully blank rows are
 * skipped (row numbers stay as in the file). Every failure of the file itself becomes a {@link SheetReadException};
 * an exception thrown by the caller's {@link RowHandler} passes through unchanged.
 */
public final class SheetReader {

    enum Format { XLSX, XLS, ODS, CSV }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final List<String> CSV_ENDINGS = List.of("csv", "txt", "tsv");
    private static final List<String> WORKBOOK_ENDINGS = List.of("xlsx", "xlsm", "xls", "ods");

    private SheetReader() {
    }

    /** Sends every non-blank row of every sheet to the handler, in file order. */
    public static void read(Path file, RowHandler handler) {
        String name = file.getFileName().toString();
        CallerFailure.Guard guard = new CallerFailure.Guard(handler);
        try {
            switch (formatOf(file, name)) {
                case XLSX -> XlsxSheetReader.read(file, name, guard);
                case XLS -> XlsSheetReader.read(file, name, guard);
                case ODS -> OdsSheetReader.read(file, name, guard);
                case CSV -> CsvSheetReader.read(file, name, guard);
            }
        } catch (CallerFailure e) {
            throw e.getCause();
        } catch (SheetReadException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw translate(name, e);
        }
        if (guard.rows() == 0) {
            throw new SheetReadException(SheetReadException.Problem.EMPTY, name, null);
        }
    }

    /** Every non-blank row of a small file; for large ones use {@link #read(Path, RowHandler)}. */
    public static List<SheetRow> readAll(Path file) {
        List<SheetRow> rows = new ArrayList<>();
        read(file, rows::add);
        return rows;
    }

    static Format formatOf(Path file, String name) throws IOException {
        String ending = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(64);
        }
        if (head.length == 0) {
            throw new SheetReadException(SheetReadException.Problem.EMPTY, name, null);
        }
        if (startsWith(head, ZIP)) {
            return ending.equals("ods") || firstZipEntryIsMimetype(head) ? Format.ODS : Format.XLSX;
        }
        if (startsWith(head, OLE2)) {
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
                    throw new SheetReadException(SheetReadException.Problem.ENCRYPTED, name, null);
                }
            }
            return Format.XLS;
        }
        if (CSV_ENDINGS.contains(ending)) {
            return Format.CSV;
        }
        throw new SheetReadException(WORKBOOK_ENDINGS.contains(ending) ? SheetReadException.Problem.CORRUPT
                : SheetReadException.Problem.UNSUPPORTED, name, null);
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** ODF stores {@code mimetype} first and uncompressed; the name sits at byte 30 of the first local header. */
    private static boolean firstZipEntryIsMimetype(byte[] head) {
        return head.length >= 38 && new String(head, 30, 8, StandardCharsets.US_ASCII).equals("mimetype");
    }

    private static SheetReadException translate(String name, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return new SheetReadException(SheetReadException.Problem.ENCRYPTED, name, e);
            }
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return new SheetReadException(SheetReadException.Problem.ZIP_BOMB, name, e);
            }
            if (t instanceof NoSuchFileException || t instanceof AccessDeniedException) {
                return new SheetReadException(SheetReadException.Problem.UNREADABLE, name, e);
            }
        }
        return new SheetReadException(SheetReadException.Problem.CORRUPT, name, e);
    }
}
