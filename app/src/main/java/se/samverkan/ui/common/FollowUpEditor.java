package se.samverkan.ui.common;

import atlantafx.base.theme.Styles;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.service.Messages;
import se.samverkan.service.network.FieldChecks;

/**
 * The follow-up rows of a form (a logged contact, a forum meeting): description, due day and who, a remove button per
 * row and "Lägg till uppföljning". A row's problems show under it, as the service reports them
 * ({@link FieldChecks#followUpField}). Node ids: {@code followUp<i>_description}, {@code _due}, {@code _responsible}.
 */
public final class FollowUpEditor {

    /** A follow-up's parts as the service names them, with the label its message starts with. */
    private static final Map<String, String> PARTS = new LinkedHashMap<>(Map.of(
            "description", "ui.contacts.followUp.description", "dueDate", "ui.contacts.followUp.due",
            "responsible", "ui.contacts.followUp.responsible"));

    private final ObservableList<FollowUpRow> followUps;
    private final ObservableMap<String, String> fieldErrors;
    private final Messages messages;
    private final VBox rows = new VBox(6);
    private final VBox root;

    /** @param addId the id of the add button */
    public FollowUpEditor(ObservableList<FollowUpRow> followUps, ObservableMap<String, String> fieldErrors,
                          Messages messages, String addId) {
        this.followUps = followUps;
        this.fieldErrors = fieldErrors;
        this.messages = messages;
        var add = new Button(messages.get("ui.contacts.followUp.add"), Icons.of(Feather.PLUS));
        add.setId(addId);
        add.getStyleClass().add(Styles.SMALL);
        add.setOnAction(e -> followUps.add(new FollowUpRow()));
        followUps.addListener((ListChangeListener<FollowUpRow>) c -> showRows());
        fieldErrors.addListener((MapChangeListener<String, String>) c -> showRows());
        root = new VBox(6, rows, add);
        showRows();
    }

    public Region root() {
        return root;
    }

    private void showRows() {
        rows.getChildren().clear();
        for (int i = 0; i < followUps.size(); i++) {
            rows.getChildren().add(row(i, followUps.get(i)));
        }
        WindowFit.refit(rows);
    }

    private Node row(int index, FollowUpRow f) {
        String id = "followUp" + index;
        var description = new TextField();
        description.setId(id + "_description");
        description.setPromptText(messages.get("ui.contacts.followUp.description"));
        description.textProperty().bindBidirectional(f.description());
        HBox.setHgrow(description, Priority.ALWAYS);
        var due = DateFields.picker(f.dueDate());
        due.setId(id + "_due");
        due.setPromptText(messages.get("ui.contacts.followUp.due"));
        due.setPrefWidth(130);
        due.setMinWidth(130);
        var who = new TextField();
        who.setId(id + "_responsible");
        who.setPromptText(messages.get("ui.contacts.followUp.responsible"));
        who.setPrefColumnCount(8);
        who.setMinWidth(90);
        description.setMinWidth(160);
        who.textProperty().bindBidirectional(f.responsible());
        var remove = Icons.button(id + "_remove", Feather.TRASH_2, 14, messages.get("ui.contacts.followUp.remove"));
        remove.setOnAction(e -> followUps.remove(f));
        var line = new HBox(6, description, due, who, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        var box = new VBox(2, line);
        for (var part : PARTS.entrySet()) {
            String key = fieldErrors.get(FieldChecks.followUpField(index, part.getKey()));
            if (key != null) {
                var error = new Label(messages.get(part.getValue()) + ": " + messages.get(key));
                error.setId(id + "_" + part.getKey() + "_error");
                error.getStyleClass().addAll(Styles.DANGER, "field-error");
                box.getChildren().add(error);
            }
        }
        return box;
    }
}
