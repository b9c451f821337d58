package se.samverkan.service.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import se.samverkan.domain.ExportTable;
import se.samverkan.io.TableWriter;
import se.samverkan.io.TableWriter.RowSource;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.store.ExportRepository;

/**
 * Writes a list to {@code .xlsx} or {@code .csv}: the whole list, or only the rows a list screen shows, in its order.
 * Special-category data (union membership, political offices) and the free-text notes of relationships and
 * interactions are left out unless the user asks for them: an export leaves the encrypted database, and the user
 * decides where it goes. People, the one list that grows to 100,000 rows, go from a database cursor straight to the
 * file.
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
            case BRANCHES -> session.exports().branches();
            case RELATIONSHIPS -> coded(session.exports().relationships(includeSensitive));
            case INTERACTIONS -> coded(session.exports().interactions(includeSensitive));
            case FORUMS -> coded(session.forums(messages.locale()).export(java.time.LocalDate.now()));
            case SEATS -> coded(session.forums(messages.locale()).seats().export());
            case WORKSHOPS -> session.workshops(messages.locale()).exportTable();
            case DEMANDS -> coded(session.demands(messages.locale()).exportTable());
            case FUNDING -> session.funding().exportTable();
        });
    }

    /** Columns holding a code (level, role, whom a seat represents, kinds) get the code's text from the bundles. */
    private static final Map<String, String> CODED = Map.of("level", "ui.level.",
            "role", "ui.seat.role.", "represents", "ui.forums.represents.", "demand_status", "ui.demand.status.",
            "relationship_kind", "ui.relations.kind.", "interaction_kind", "ui.contacts.kind.");

    private ExportTable coded(ExportTable table) {
        List<List<Object>> rows = table.rows().stream().map(row -> {
            List<Object> out = new ArrayList<>(row);
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

    /** Writes the whole list and returns how many rows it holds. */
    public int write(ListKind kind, Path file, boolean includeSensitive, char csvSeparator) throws IOException {
        return export(kind, null, file, includeSensitive, csvSeparator);
    }

    /**
     * Writes the rows a list screen shows: those whose record id (the first column) is in {@code shownIds}, in that
     * order, and returns how many were written.
     */
    public int writeShown(ListKind kind, List<Long> shownIds, Path file, boolean includeSensitive, char csvSeparator)
            throws IOException {
        return export(kind, List.copyOf(new LinkedHashSet<>(shownIds)), file, includeSensitive, csvSeparator);
    }

    /** {@code ids} null: every row. */
    private int export(ListKind kind, List<Long> ids, Path file, boolean includeSensitive, char csvSeparator)
            throws IOException {
        TableWriter writer = writerFor(file, csvSeparator);
        if (kind == ListKind.PEOPLE) {
            // Written inside the read: the repository feeds the streaming writer row by row.
            RowSource people = sink -> {
                try {
                    workspace.read(session -> {
                        Consumer<List<Object>> each = row -> {
                            try {
                                sink.row(row);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        };
                        if (ids == null) {
                            session.exports().eachPerson(includeSensitive, each);
                        } else {
                            session.exports().eachPerson(includeSensitive, ids, each);
                        }
                        return null;
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            };
            return write(writer, file, kind, ExportRepository.peopleColumns(includeSensitive), new PipelinedRows(people));
        }
        ExportTable table = table(kind, includeSensitive);
        List<List<Object>> rows = ids == null ? table.rows() : shown(table.rows(), ids);
        return write(writer, file, kind, table.columns(), sink -> {
            for (List<Object> row : rows) {
                sink.row(row);
            }
        });
    }

    /** The rows whose id is in {@code ids}, in that order. */
    private static List<List<Object>> shown(List<List<Object>> rows, List<Long> ids) {
        Map<Long, List<Object>> byId = new HashMap<>();
        for (List<Object> row : rows) {
            if (row.get(0) instanceof Number id) {
                byId.put(id.longValue(), row);
            }
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static TableWriter writerFor(Path file, char csvSeparator) {
        TableWriter writer = TableWriter.forFile(file, csvSeparator);
        if (writer == null) {
            throw new UnsupportedFileException(file);
        }
        return writer;
    }

    private int write(TableWriter writer, Path file, ListKind kind, List<String> columns, RowSource rows)
            throws IOException {
        List<String> headers = columns.stream().map(c -> messages.get("export.column." + c)).toList();
        int[] count = {0};
        writer.write(file, messages.get("export.sheet." + kind.cliName()), headers, sink -> rows.writeTo(row -> {
            sink.row(row);
            count[0]++;
        }));
        return count[0];
    }
}
