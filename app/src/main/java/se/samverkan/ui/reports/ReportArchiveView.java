package se.samverkan.ui.reports;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.ArchivedReport;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Alerts;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.common.RecordListPane;
import se.samverkan.ui.common.SaveDialogs;

/**
 * The Rapportarkiv area: every report made, newest first (when, type, scope, period, title), with "Spara kopia…"
 * (the archived bytes to a file the user chooses, then opened with the system's viewer, {@code OpenFile}) and
 * "Ta bort".
 */
public final class ReportArchiveView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ReportArchiveViewModel model;
    private final Messages messages;
    private final RecordListPane<ArchivedReport> pane;

    private final Button write;

    public ReportArchiveView(ReportArchiveViewModel model, Messages messages) {
        this.write = new Button(messages.get("ui.reports.open.action"), Icons.of(Feather.FILE_TEXT));
        this.model = model;
        this.messages = messages;
        pane = new RecordListPane<>("archive", new RecordListPane.Texts("ui.nav.archive", "ui.archive.search.prompt",
                "ui.archive.empty", "ui.archive.count"), messages, model.textProperty(), model.list(), model::load);
        write.setId("archiveWrite");
        write.setVisible(false);
        write.managedProperty().bind(write.visibleProperty());
        var save = new Button(messages.get("ui.archive.save"), Icons.of(Feather.DOWNLOAD));
        save.setId("archiveSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> saveCopy());
        var delete = new Button(messages.get("ui.people.delete"), Icons.of(Feather.TRASH_2));
        delete.setId("archiveDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> {
            ArchivedReport r = model.openedProperty().get();
            if (r != null && pane.confirmDelete("ui.people.delete.confirm", title(r))) {
                model.deleteOpened();
            }
        });
        var opened = model.openedProperty();
        save.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> opened.get() == null || !opened.get().hasContent(), opened));
        delete.disableProperty().bind(opened.isNull());
        pane.actions(write, save, delete);
        pane.column("ui.archive.col.created", r -> WHEN.format(r.createdAt()))
                .column("ui.archive.col.kind", r -> messages.get("ui.archive.kind." + r.kind().name()))
                .column("ui.archive.col.scope", this::scope)
                .column("ui.archive.col.period", r -> r.period() == null ? "" : r.period())
                .column("ui.archive.col.file", r -> r.fileName() == null ? "" : r.fileName())
                .column("ui.archive.col.title", this::title);
        // Fixed widths: the title, the most telling column, takes what the others leave.
        double[] widths = {150, 170, 210, 80, 200};
        for (int i = 0; i < widths.length; i++) {
            var column = pane.table().getColumns().get(i);
            column.setMinWidth(widths[i]);
            column.setPrefWidth(widths[i]);
            column.setMaxWidth(widths[i]);
        }
        pane.onChoose(ArchivedReport::id, model::open);
        var help = new Label(messages.get("ui.archive.help"));
        help.setWrapText(true);
        help.getStyleClass().add(Styles.TEXT_MUTED);
        pane.root().getChildren().add(1, help);
    }

    /** The words a row is found by in the search field, in the window's language. */
    public static String describe(ArchivedReport r, Messages messages) {
        return String.join(" ", messages.get("ui.archive.kind." + r.kind().name()),
                r.branchName() == null ? "" : r.branchName(), r.period() == null ? "" : r.period(),
                r.title() == null ? "" : r.title(), r.fileName() == null ? "" : r.fileName());
    }

    private String scope(ArchivedReport r) {
        if (!r.kind().kept()) {
            return "";
        }
        return r.branchName() != null ? r.branchName() : r.branchId() != null ? "#" + r.branchId()
                : messages.get("ui.archive.area");
    }

    private String title(ArchivedReport r) {
        return r.title() != null ? r.title() : messages.get("ui.archive.person");
    }

    private void saveCopy() {
        ArchivedReport r = model.openedProperty().get();
        if (r == null || !r.hasContent()) {
            return;
        }
        String name = r.fileName().toLowerCase(java.util.Locale.ROOT);
        String type = name.endsWith(".pdf") ? "ui.report.pdf" : name.endsWith(".xlsx") ? "ui.report.excel"
                : "ui.archive.file";
        var target = SaveDialogs.copy(pane.root().getScene().getWindow(), messages.get("ui.archive.save"),
                r.fileName(), messages.get(type));
        if (target == null) {
            return;
        }
        model.saveCopy(target, saved -> Alerts.inform(pane.root().getScene().getWindow(), messages, "archiveSaved",
                messages.get("ui.archive.save.done", saved.toString())));
    }

    /** Shows "Skriv rapport…", which runs {@code action} (the window opens the report dialog). */
    public void reportAction(Runnable action) {
        write.setOnAction(e -> action.run());
        write.setVisible(true);
    }

    public Parent root() {
        return pane.root();
    }

    /** Shows the area: reads the archive again (a report may have been written since), focuses search. */
    /** Reads the list again (a report was just written). */
    public void refresh() {
        model.load();
    }

    public void shown() {
        model.load();
        pane.search().requestFocus();
    }
}
