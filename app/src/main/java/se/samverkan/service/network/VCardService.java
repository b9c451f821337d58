package se.samverkan.service.network;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.samverkan.domain.ContactCard;
import se.samverkan.domain.ExportTable;
import se.samverkan.io.VCardDocument;
import se.samverkan.io.VCardPeopleReader;
import se.samverkan.io.VCardPeopleWriter;
import se.samverkan.service.Workspace;

/**
 * People to and from vCard ({@code .vcf}) files: what address books, phones and Outlook exchange. An import is
 * checked whole before anything is written, then runs in one transaction after an automatic backup; a dry run
 * reports the same without writing. An export never carries special-category data (union membership, political
 * offices): a vCard is made to be shared.
 */
public final class VCardService {

    /** Progress of an import's writing step; {@link #cancelled()} rolls the whole import back. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void update(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        void update(int done, int total);

        boolean cancelled();
    }

    static final String BACKUP_LABEL = "before-vcard-import";
    private final Workspace workspace;

    public VCardService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Whether {@code file} is named as a vCard file ({@code .vcf} or {@code .vcard}). */
    public static boolean isVCardFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".vcf") || name.endsWith(".vcard");
    }

    /**
     * Imports the people of {@code file}. With errors (and without {@code validOnly}) nothing is written and the
     * report lists them all; otherwise, unless it is a dry run, a backup is taken and every change is made in one
     * transaction. Throws {@link IOException} when the file cannot be read.
     */
    public VCardImportReport importFile(Path file, VCardImportOptions options, Progress progress) throws IOException {
        VCardDocument document = VCardPeopleReader.read(file);
        VCardImportReport plan = workspace.read(s -> new VCardImporter(s, options, Progress.NONE).run(document, false));
        if (options.dryRun() || !plan.changes() || !plan.errors().isEmpty() && !options.validOnly()) {
            return options.dryRun() ? plan : new VCardImportReport(false, plan.outcomes(), plan.errors(), plan.notes(), null);
        }
        Path backup = workspace.backup(null, BACKUP_LABEL);
        VCardImportReport done = workspace.inTransaction(s -> new VCardImporter(s, options, progress).run(document, true));
        return done.withBackup(backup);
    }

    /** Writes every person to {@code file} as vCard 3.0 (see decision record 0008); returns how many. */
    public int export(Path file) throws IOException {
        // The export list without the sensitive columns, so they cannot reach the file even by mistake.
        ExportTable table = workspace.read(s -> s.exports().people(false));
        List<String> columns = table.columns();
        int first = columns.indexOf("first_name");
        int last = columns.indexOf("last_name");
        int title = columns.indexOf("title");
        int organisation = columns.indexOf("organisation");
        int email = columns.indexOf("email");
        int phone = columns.indexOf("phone");
        int municipality = columns.indexOf("municipality");
        int county = columns.indexOf("county");
        List<ContactCard> cards = new ArrayList<>(table.rows().size());
        for (List<Object> row : table.rows()) {
            cards.add(new ContactCard(text(row, first), text(row, last), text(row, title), text(row, organisation),
                    listOf(text(row, email)), listOf(text(row, phone)), text(row, municipality), text(row, county)));
        }
        return VCardPeopleWriter.write(file, cards);
    }

    private static String text(List<Object> row, int column) {
        Object value = row.get(column);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
