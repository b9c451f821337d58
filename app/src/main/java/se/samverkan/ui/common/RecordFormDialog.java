package se.samverkan.ui.common;

import atlantafx.base.theme.Styles;
import java.util.function.LongConsumer;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.samverkan.domain.County;
import se.samverkan.domain.DuplicateCandidate;
import se.samverkan.domain.Municipality;
import se.samverkan.service.Messages;

/**
 * The dialog of a record form (person, organisation, …). Each invalid field gets its message right below it; for a
 * new record the likely duplicates are listed before saving, each with "Öppna", plus "Spara ändå". The dialog only
 * closes once the record is saved. Node ids start with the given prefix ({@code person_email}, {@code personSave}…).
 */
public final class RecordFormDialog {

    private final RecordForm<?> form;
    private final Messages messages;
    private final String prefix;
    private final Texts texts;
    private final LongConsumer openDetail;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final VBox duplicates = new VBox(6);
    private boolean confirmedDuplicates;
    private int rows;
    private String mergeKey;
    private MergeAction merge;

    /** "Slå ihop" on a listed duplicate: take the form's data into record {@code id}; call {@code close} when done. */
    @FunctionalInterface
    public interface MergeAction {
        void merge(long id, Runnable close);
    }

    /** The bundle keys of the dialog's own texts. */
    public record Texts(String title, String save, String duplicates, String openDuplicate, String saveAnyway) {
    }

    public RecordFormDialog(RecordForm<?> form, Messages messages, String prefix, Texts texts, LongConsumer openDetail) {
        this.form = form;
        this.messages = messages;
        this.prefix = prefix;
        this.texts = texts;
        this.openDetail = openDetail;
        dialog.setTitle(messages.get(texts.title()));
        dialog.setHeaderText(null);
        grid.setId(prefix + "Form");
        grid.setHgap(12);
        grid.setVgap(4);
        duplicates.setId(prefix + "Duplicates");
        duplicates.getStyleClass().add("duplicate-warning");
        duplicates.setVisible(false);
        duplicates.setManaged(false);
        var content = new VBox(12, grid, duplicates);
        content.setPadding(new Insets(16, 20, 4, 20));
        dialog.getDialogPane().setContent(content);
        var save = new ButtonType(messages.get(texts.save()), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(messages.get("ui.form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        var saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId(prefix + "Save");
        // Validation and the duplicate check run first: consume the click so the dialog stays open until saved.
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            submit();
        });
        form.duplicates().addListener((ListChangeListener<DuplicateCandidate>) c -> showDuplicates());
    }

    /** A text field bound to {@code value}. */
    public RecordFormDialog textField(String name, String labelKey, StringProperty value) {
        var input = new TextField();
        input.setPrefColumnCount(24);
        input.textProperty().bindBidirectional(value);
        return field(name, labelKey, input);
    }

    /** Offers "Slå ihop" (button text {@code buttonKey}) beside "Öppna" on each listed duplicate. */
    public RecordFormDialog withMerge(String buttonKey, MergeAction action) {
        this.mergeKey = buttonKey;
        this.merge = action;
        return this;
    }

    /** Län and kommun, the kommun list following the chosen län (field names "county" and "municipality"). */
    public RecordFormDialog place(PlaceChoice place, List<County> counties) {
        String none = messages.get("ui.form.none");
        return field("county", "ui.detail.county", Choosers.bind(new ComboBox<>(),
                        FXCollections.observableArrayList(counties), place.countyCode(), County::code, County::nameSv, none))
                .field("municipality", "ui.detail.municipality", Choosers.bind(new ComboBox<>(),
                        place.municipalities(), place.municipalityCode(), Municipality::code, Municipality::nameSv,
                        none));
    }

    /** Any input the caller has bound itself (a choice box, a date picker, a party picker…). */
    public RecordFormDialog field(String name, String labelKey, Region input) {
        return field(name, labelKey, input, false);
    }

    /** A field of special-category data (GDPR art. 9): its label carries the lock and "Känslig uppgift". */
    public RecordFormDialog sensitiveField(String name, String labelKey, Region input) {
        return field(name, labelKey, input, true);
    }

    private RecordFormDialog field(String name, String labelKey, Region input, boolean sensitive) {
        var label = new Label(messages.get(labelKey));
        input.setId(prefix + "_" + name);
        var error = FieldMessages.under(input, prefix + "_" + name + "_error", name, form.fieldErrors(), messages,
                this::resize);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setPadding(new Insets(6, 0, 0, 0));
        GridPane.setValignment(label, VPos.TOP);
        if (rows == 0) {
            dialog.setOnShown(e -> input.requestFocus());
        }
        if (sensitive) {
            grid.add(new VBox(2, label, SensitiveTag.create(messages)), 0, rows);
        } else {
            grid.add(label, 0, rows);
        }
        if (input.getMaxWidth() < Double.MAX_VALUE && !(input instanceof TextField)) {
            input.setMaxWidth(Double.MAX_VALUE);
        }
        grid.add(new VBox(2, input, error), 1, rows);
        rows++;
        return this;
    }

    private void submit() {
        if (confirmedDuplicates) {
            form.save(saved -> close());
            return;
        }
        form.check(mayBeSaved -> {
            if (mayBeSaved) {
                form.save(saved -> close());
            }
        });
    }

    private void showDuplicates() {
        duplicates.getChildren().clear();
        boolean any = !form.duplicates().isEmpty();
        duplicates.setVisible(any);
        duplicates.setManaged(any);
        if (!any) {
            return;
        }
        duplicates.getChildren().add(new Label(messages.get(texts.duplicates())));
        for (var candidate : form.duplicates()) {
            var open = new Button(messages.get(texts.openDuplicate()));
            open.getStyleClass().add(Styles.SMALL);
            open.setOnAction(e -> {
                openDetail.accept(candidate.id());
                close();
            });
            var text = new Label(candidate.name() + (candidate.detail().isEmpty() ? "" : " · " + candidate.detail()));
            var spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            var line = new HBox(8, text, spacer, open);
            if (merge != null) {
                var mergeButton = new Button(messages.get(mergeKey));
                mergeButton.setId(prefix + "Merge_" + candidate.id());
                mergeButton.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
                mergeButton.setOnAction(e -> merge.merge(candidate.id(), this::close));
                line.getChildren().add(mergeButton);
            }
            line.setAlignment(Pos.CENTER_LEFT);
            duplicates.getChildren().add(line);
        }
        var anyway = new Button(messages.get(texts.saveAnyway()));
        anyway.setId(prefix + "SaveAnyway");
        anyway.setOnAction(e -> {
            confirmedDuplicates = true;
            form.save(saved -> close());
        });
        duplicates.getChildren().add(anyway);
        resize();
    }

    private void resize() {
        FieldMessages.fit(dialog);
    }

    private void close() {
        FieldMessages.close(dialog);
    }

    public void show(Node owner) {
        dialog.initOwner(owner.getScene().getWindow());
        dialog.show();
    }
}
