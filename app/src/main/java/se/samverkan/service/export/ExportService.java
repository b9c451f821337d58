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
            case FORUMS -> coded(session.forums(messages.locale()).export(java.time.LocalDate.now()));
            case SEATS -> coded(session.forums(messages.locale()).seats().export());
            case WORKSHOPS -> session.workshops(messages.locale()).exportTable();
            case DEMANDS -> coded(session.demands(messages.locale()).exportTable());
            case FUNDING -> session.funding().exportTable();
        });
    }

    /** Columns holding a code (level, role, whom a seat represents) get the code's text from the bundles. */
    private static final java.util.Map<String, String> CODED = java.util.Map.of("level", "ui.level.",
            "role", "ui.seat.role.", "represents", "ui.forums.represents.", "demand_status", "ui.demand.status.");

    private ExportTable coded(ExportTable table) {
        List<List<Object>> rows = table.rows().stream().map(row -> {
            List<Object> out = new java.util.ArrayList<>(row);
            for (int i = 0; i < out.size(); i++) {
                String prefix = CODED.get(table.columns().get(i));
                if (prefix != null && out.get(i) != null) {
                    out.set(i, messages.get(prefix + out.get(i)));
                }
            }
            return out;
        }).toList();
        return new ExportTable(table.sheetName(), table.columns(), rows);
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
