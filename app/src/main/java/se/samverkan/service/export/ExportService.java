package se.samverkan.service.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import se.samverkan.domain.ExportTable;
import se.samverkan.io.TableWriter;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;

/**
 * Writes a list to {@code .xlsx} or {@code .csv}. Special-category data (union membership, political offices) is
 * left out unless the user asks for it: an export leaves the encrypted database, and the user decides where it goes.
 */
public final class ExportService {

    /** How a request can fail before anything is written. */
    public static final class UnsupportedFileException extends RuntimeException {
        UnsupportedFileException(Path file) {
            super("no writer for " + file.getFileName());
        }
    }

    private final Workspace workspace;
    private final Messages messages;

    public ExportService(Workspace workspace, Messages messages) {
        this.workspace = workspace;
        this.messages = messages;
    }

    public ExportTable table(ListKind kind, boolean includeSensitive) {
        boolean english = "en".equals(messages.locale().getLanguage());
        return workspace.read(session -> switch (kind) {
            case PEOPLE -> session.exports().people(includeSensitive);
            case ORGANISATIONS -> session.exports().organisations(english);
            case WORKSHOPS -> session.workshops(messages.locale()).exportTable();
        });
    }

    /** Writes the list and returns how many rows it holds. */
    public int write(ListKind kind, Path file, boolean includeSensitive, char csvSeparator) throws IOException {
        TableWriter writer = TableWriter.forFile(file, csvSeparator);
        if (writer == null) {
            throw new UnsupportedFileException(file);
        }
        ExportTable table = table(kind, includeSensitive);
        List<String> headers = table.columns().stream().map(c -> messages.get("export.column." + c)).toList();
        writer.write(file, messages.get("export.sheet." + kind.cliName()), headers, table.rows());
        return table.rows().size();
    }
}
