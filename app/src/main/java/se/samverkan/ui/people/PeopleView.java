package se.samverkan.ui.people;

import atlantafx.base.theme.Styles;
import java.util.function.LongConsumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.County;
import se.samverkan.domain.PersonRow;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Icons;

/**
 * The Personer area: search field, the people table (virtualised by TableView, so a large network scrolls
 * smoothly), a row count, and new / edit / delete. A chosen row opens in the window's detail pane.
 */
public final class PeopleView {

    private final VBox root = new VBox(10);
    private final PeopleViewModel model;
    private final Messages messages;
    private final TextField search = new TextField();

    /** {@code openDetail} shows the person with that id in the window's detail pane. */
    public PeopleView(PeopleViewModel model, Messages messages, LongConsumer showDetail) {
        this.model = model;
        // Opening loads the person for Redigera/Ta bort as well as showing all fields in the detail pane.
        LongConsumer openDetail = id -> {
            model.open(id);
            showDetail.accept(id);
        };
        this.messages = messages;
        root.setId("peopleView");
        root.getStyleClass().add("area");
        root.setPadding(new javafx.geometry.Insets(16, 24, 12, 24));

        search.setId("peopleSearch");
        search.setPromptText(messages.get("ui.people.search.prompt"));
        search.textProperty().bindBidirectional(model.textProperty());
        // Search as you type, but not a query per keystroke.
        var pause = new PauseTransition(Duration.millis(200));
        pause.setOnFinished(e -> model.load());
        search.textProperty().addListener((obs, was, now) -> pause.playFromStart());
        HBox.setHgrow(search, Priority.ALWAYS);

        var add = new Button(messages.get("ui.people.new"), Icons.of(Feather.USER_PLUS));
        add.setId("peopleNew");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> new PersonFormDialog(new PersonFormModel(model, null), messages, openDetail).show(root));
        var edit = new Button(messages.get("ui.people.edit"), Icons.of(Feather.EDIT_2));
        edit.setId("peopleEdit");
        edit.setOnAction(e -> {
            var opened = model.openedProperty().get();
            new PersonFormDialog(new PersonFormModel(model, opened.person()), messages, openDetail).show(root);
        });
        var delete = new Button(messages.get("ui.people.delete"), Icons.of(Feather.TRASH_2));
        delete.setId("peopleDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> confirmDelete());
        edit.disableProperty().bind(model.openedProperty().isNull());
        delete.disableProperty().bind(model.openedProperty().isNull());
        var toolbar = new HBox(8, search, countyFilter(), add, edit, delete);
        toolbar.getChildren().add(VCardActions.menuFor(model, messages, root));
        toolbar.setAlignment(Pos.CENTER_LEFT);

        var table = table();
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                openDetail.accept(now.id());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        var count = new Label();
        count.setId("peopleCount");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        model.rows().addListener((javafx.collections.ListChangeListener<PersonRow>) c ->
                count.setText(messages.get("ui.people.count", model.rows().size())));
        var error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());

        var heading = new Label(messages.get("ui.nav.people"));
        heading.getStyleClass().add(Styles.TITLE_3);
        root.getChildren().addAll(heading, toolbar, table, new HBox(12, count, error));
    }

    /** Län filter: "Alla län" plus every county; choosing one reloads the list. */
    private ComboBox<County> countyFilter() {
        var box = new ComboBox<County>();
        box.setId("peopleCounty");
        box.setPromptText(messages.get("ui.people.filter.allCounties"));
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(County county) {
                return county == null ? messages.get("ui.people.filter.allCounties") : county.nameSv();
            }

            @Override
            public County fromString(String text) {
                return null;
            }
        });
        model.tasks().run(() -> model.service().counties()).onSuccess(counties -> {
            box.getItems().add(null);
            box.getItems().addAll(counties);
        }).start();
        box.valueProperty().addListener((obs, was, now) -> {
            model.countyCodeProperty().set(now == null ? null : now.code());
            model.load();
        });
        return box;
    }

    private TableView<PersonRow> table() {
        var table = new TableView<>(model.rows());
        table.setId("peopleTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("ui.people.empty")));
        table.getColumns().add(column("ui.people.col.name", PersonRow::name));
        table.getColumns().add(column("ui.detail.title", PersonRow::title));
        table.getColumns().add(column("ui.detail.organisation", PersonRow::organisationName));
        table.getColumns().add(column("ui.detail.municipality", PersonRow::municipalityName));
        table.getColumns().add(column("ui.detail.email", PersonRow::email));
        table.getColumns().add(column("ui.detail.phone", PersonRow::phone));
        var verify = new TableColumn<PersonRow, java.time.LocalDate>(messages.get("ui.people.col.verifyBy"));
        verify.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().verifyBy()));
        table.getColumns().add(verify);
        return table;
    }

    private TableColumn<PersonRow, String> column(String key, java.util.function.Function<PersonRow, String> value) {
        var column = new TableColumn<PersonRow, String>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private void confirmDelete() {
        // Own button texts: JavaFX's OK/Cancel follow the JVM locale, not the language chosen in the window.
        var deleteButton = new ButtonType(messages.get("ui.people.delete"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        var cancel = new ButtonType(messages.get("ui.form.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        var opened = model.openedProperty().get();
        String name = opened.person().firstName() + " " + opened.person().lastName();
        var alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("ui.people.delete.confirm", name),
                deleteButton, cancel);
        alert.initOwner(root.getScene().getWindow());
        alert.setHeaderText(null);
        alert.showAndWait().filter(deleteButton::equals).ifPresent(b -> model.deleteOpened());
    }

    public Parent root() {
        return root;
    }

    /** Shows the area: reloads the list (it may have changed elsewhere) and puts the cursor in the search field. */
    public void shown() {
        model.load();
        search.requestFocus();
    }

    static Region spacer() {
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
