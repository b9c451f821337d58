package se.samverkan.ui.people;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.service.Messages;
import se.samverkan.service.network.ImportReportText;
import se.samverkan.service.network.OnDuplicate;
import se.samverkan.service.network.VCardImportOptions;
import se.samverkan.service.network.VCardImportReport;
import se.samverkan.service.network.VCardService;
import se.samverkan.ui.common.Alerts;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.common.ProgressDialog;

/**
 * The Personer area's vCard menu: "Importera vCard…" checks the file in the background (a dry run) and shows what
 * would happen, located errors and notes, with a choice for people already there; "Importera" then runs the import
 * (one transaction after a backup) and the list reloads. "Exportera vCard…" writes every person as vCard 3.0.
 */
public final class VCardActions {

    private final PeopleViewModel model;
    private final Messages messages;
    private final ImportReportText text;
    private final Function<Boolean, Path> chooseFile;
    private final MenuButton menu;
    private Node owner;

    /** {@code chooseFile} asks for a file (true: to save) and returns null when the user cancels. */
    VCardActions(PeopleViewModel model, Messages messages, Function<Boolean, Path> chooseFile) {
        this.model = model;
        this.messages = messages;
        this.text = new ImportReportText(messages);
        this.chooseFile = chooseFile;
        var importItem = new MenuItem(messages.get("ui.vcard.import"));
        importItem.setId("vcardImport");
        importItem.setOnAction(e -> startImport());
        var exportItem = new MenuItem(messages.get("ui.vcard.export"));
        exportItem.setId("vcardExport");
        exportItem.setOnAction(e -> startExport());
        menu = new MenuButton(messages.get("ui.vcard.menu"), Icons.of(Feather.CREDIT_CARD), importItem, exportItem);
        menu.setId("vcardMenu");
    }

    /** The menu for the toolbar of {@code area}; file choosers open over its window. */
    public static MenuButton menuFor(PeopleViewModel model, Messages messages, Node area) {
        var actions = new VCardActions(model, messages, null);
        actions.owner = area;
        return actions.menu;
    }

    MenuButton menu() {
        return menu;
    }

    private Window window() {
        return owner == null || owner.getScene() == null ? null : owner.getScene().getWindow();
    }

    private Path choose(boolean save) {
        if (chooseFile != null) {
            return chooseFile.apply(save);
        }
        var chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("ui.vcard.fileType"), "*.vcf", "*.vcard"));
        if (save) {
            chooser.setInitialFileName("personer.vcf");
            var file = chooser.showSaveDialog(window());
            return file == null ? null : file.toPath();
        }
        var file = chooser.showOpenDialog(window());
        return file == null ? null : file.toPath();
    }

    private VCardService service() {
        return model.service().vcards();
    }

    private void startImport() {
        Path file = choose(false);
        if (file != null) {
            preview(file, OnDuplicate.SKIP, null);
        }
    }

    /** Runs the dry run and shows it in {@code dialog} (a new one when null). */
    private void preview(Path file, OnDuplicate rule, ImportDialog dialog) {
        // A dry run that goes past errors, so the preview can say which cards are valid.
        model.tasks().run(() -> service().importFile(file, new VCardImportOptions(rule, true, true), VCardService.Progress.NONE))
                .onSuccess(report -> (dialog == null ? new ImportDialog(file) : dialog).show(report, rule))
                .onError(e -> failed(e, file, "ui.vcard.import.unreadable"))
                .start();
    }

    private void runImport(Path file, OnDuplicate rule, boolean validOnly) {
        var task = model.tasks().runWithProgress(progress -> service().importFile(file,
                        new VCardImportOptions(rule, false, validOnly), new VCardService.Progress() {
                            @Override
                            public void update(int done, int total) {
                                progress.update((double) done / Math.max(1, total),
                                        messages.get("ui.vcard.import.progress", done, total));
                            }

                            @Override
                            public boolean cancelled() {
                                return progress.cancelled();
                            }
                        }))
                .onSuccess(report -> {
                    model.load();
                    String backup = report.backup() == null ? "" : "\n" + messages.get("ui.vcard.import.backup", report.backup());
                    inform("vcardImportDone", text.summary(report) + backup);
                })
                // the import ran in one transaction, so a cancel leaves the database as it was
                .onCancelled(() -> inform("vcardImportCancelled", messages.get("ui.vcard.import.cancelled")))
                .onError(e -> failed(e, file, "ui.vcard.import.unreadable"))
                .start();
        ProgressDialog.watch(task, window(), messages, "ui.vcard.import.running");
    }

    private void startExport() {
        Path file = choose(true);
        if (file == null) {
            return;
        }
        model.tasks().run(() -> service().export(file))
                .onSuccess(count -> inform("vcardExportDone", messages.get("ui.vcard.export.done", count, file)))
                .onError(e -> failed(e, file, "ui.vcard.export.failed"))
                .start();
    }

    private void failed(Throwable e, Path file, String ioKey) {
        String message = e instanceof IOException ? messages.get(ioKey, file) : model.errors().describe(e);
        Alerts.error(window(), messages, "vcardFailed", message);
    }

    private void inform(String id, String message) {
        Alerts.inform(window(), messages, id, message);
    }

    /** The preview: summary, errors, notes, what to do with people already there, and Importera / Avbryt. */
    private final class ImportDialog {
        private final Path file;
        private final Dialog<ButtonType> dialog = new Dialog<>();
        private final Label summary = new Label();
        private final VBox lists = new VBox(6);
        private final ChoiceBox<OnDuplicate> duplicates = new ChoiceBox<>();
        private final Label duplicatesLabel = new Label(messages.get("ui.vcard.import.duplicates"));
        private final ButtonType run = new ButtonType(messages.get("ui.vcard.import.run"), ButtonBar.ButtonData.OK_DONE);
        private boolean validOnly;

        ImportDialog(Path file) {
            this.file = file;
            dialog.setTitle(messages.get("ui.vcard.import.title"));
            dialog.setHeaderText(file.getFileName().toString());
            dialog.initOwner(window());
            dialog.getDialogPane().setId("vcardPreview");
            summary.setId("vcardSummary");
            summary.setWrapText(true);
            duplicates.setId("vcardOnDuplicate");
            duplicates.getItems().setAll(OnDuplicate.values());
            duplicates.setConverter(new StringConverter<>() {
                @Override
                public String toString(OnDuplicate rule) {
                    return rule == null ? "" : messages.get(switch (rule) {
                        case SKIP -> "ui.vcard.onDuplicate.skip";
                        case UPDATE -> "ui.vcard.onDuplicate.update";
                        case CREATE -> "ui.vcard.onDuplicate.create";
                    });
                }

                @Override
                public OnDuplicate fromString(String s) {
                    return null;
                }
            });
            var content = new VBox(10, summary, new VBox(4, duplicatesLabel, duplicates), lists);
            content.setPadding(new Insets(12, 16, 4, 16));
            content.setPrefWidth(720);
            dialog.getDialogPane().setContent(content);
            dialog.getDialogPane().getButtonTypes().addAll(run,
                    new ButtonType(messages.get("ui.form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
            ((Button) dialog.getDialogPane().lookupButton(run)).setId("vcardRun");
            dialog.setResultConverter(button -> button);
            dialog.setOnHidden(e -> {
                if (run.equals(dialog.getResult())) {
                    runImport(file, duplicates.getValue(), validOnly);
                }
            });
        }

        void show(VCardImportReport report, OnDuplicate rule) {
            summary.setText(text.summary(report));
            boolean matches = report.outcomes().stream().anyMatch(o -> o.match() != null);
            duplicates.setValue(rule);
            duplicates.setOnAction(e -> preview(file, duplicates.getValue(), this));
            duplicatesLabel.setVisible(matches);
            duplicatesLabel.setManaged(matches);
            duplicates.setVisible(matches);
            duplicates.setManaged(matches);
            lists.getChildren().clear();
            String label = file.getFileName().toString();
            if (!report.errors().isEmpty()) {
                lists.getChildren().addAll(new Label(messages.get("ui.vcard.import.errors")),
                        list("vcardErrors", report.errors().stream().map(p -> text.located(label, p)).toList()));
            }
            if (!report.notes().isEmpty()) {
                lists.getChildren().addAll(new Label(messages.get("ui.vcard.import.notes")),
                        list("vcardNotes", report.notes().stream().map(p -> text.located(label, p)).toList()));
            }
            // With errors only the valid cards can go in, and only when the user says so with this button.
            validOnly = !report.errors().isEmpty();
            var button = (Button) dialog.getDialogPane().lookupButton(run);
            button.setText(messages.get(validOnly ? "ui.vcard.import.runValid" : "ui.vcard.import.run"));
            button.setDisable(!report.changes());
            if (!dialog.isShowing()) {
                dialog.show();
            }
        }

        /** The located lines, wrapped, selectable (to copy into a mail to whoever sent the file), at most 8 rows high. */
        private TextArea list(String id, List<String> lines) {
            var view = new TextArea(String.join("\n", lines));
            view.setId(id);
            view.setEditable(false);
            view.setWrapText(true);
            view.setPrefRowCount(Math.min(8, lines.size() + 1));
            return view;
        }
    }
}
