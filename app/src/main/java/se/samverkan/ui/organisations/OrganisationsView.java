package se.samverkan.ui.organisations;

import atlantafx.base.theme.Styles;
import java.util.function.LongConsumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
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
import se.samverkan.domain.OrganisationRow;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Icons;

/**
 * The Organisationer area: search field, the organisations table, a row count, and new / edit / delete. A chosen
 * row opens in the window's detail pane.
 */
public final class OrganisationsView {

    private final VBox root = new VBox(10);
    private final OrganisationsViewModel model;
    private final Messages messages;
    private final TextField search = new TextField();
    private final LongConsumer openDetail;

    /** {@code showDetail} shows the organisation with that id in the window's detail pane. */
    public OrganisationsView(OrganisationsViewModel model, Messages messages, LongConsumer showDetail) {
        this.model = model;
        this.messages = messages;
        this.openDetail = id -> {
            model.open(id);
            showDetail.accept(id);
        };
        root.setId("organisationsView");
        root.setPadding(new javafx.geometry.Insets(16, 24, 12, 24));

        search.setId("organisationsSearch");
        search.setPromptText(messages.get("ui.organisations.search.prompt"));
        search.textProperty().bindBidirectional(model.textProperty());
        var pause = new PauseTransition(Duration.millis(200));
        pause.setOnFinished(e -> model.load());
        search.textProperty().addListener((obs, was, now) -> pause.playFromStart());
        HBox.setHgrow(search, Priority.ALWAYS);

        var add = new Button(messages.get("ui.organisations.new"), Icons.of(Feather.PLUS));
        add.setId("organisationsNew");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> showForm(new OrganisationFormModel(model, null)));
        var edit = new Button(messages.get("ui.people.edit"), Icons.of(Feather.EDIT_2));
        edit.setId("organisationsEdit");
        edit.setOnAction(e -> showForm(new OrganisationFormModel(model, model.openedProperty().get())));
        var delete = new Button(messages.get("ui.people.delete"), Icons.of(Feather.TRASH_2));
        delete.setId("organisationsDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> confirmDelete());
        edit.disableProperty().bind(model.openedProperty().isNull());
        delete.disableProperty().bind(model.openedProperty().isNull());
        var toolbar = new HBox(8, search, add, edit, delete);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        var table = table();
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                openDetail.accept(now.id());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        var count = new Label();
        count.setId("organisationsCount");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        model.rows().addListener((javafx.collections.ListChangeListener<OrganisationRow>) c ->
                count.setText(messages.get("ui.organisations.count", model.rows().size())));
        var error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        var heading = new Label(messages.get("ui.nav.organisations"));
        heading.getStyleClass().add(Styles.TITLE_3);
        root.getChildren().addAll(heading, toolbar, table, new HBox(12, count, error));
    }

    private void showForm(OrganisationFormModel form) {
        // The type list is small reference data; read it off the FX thread like every other database read.
        model.tasks().run(() -> model.service().actorTypes())
                .onSuccess(types -> new OrganisationFormDialog(form, types, messages, openDetail).show(root))
                .onError(e -> model.errorProperty().set(model.errors().describe(e)))
                .start();
    }

    private TableView<OrganisationRow> table() {
        var table = new TableView<>(model.rows());
        table.setId("organisationsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("ui.organisations.empty")));
        table.getColumns().add(column("ui.organisations.field.name", OrganisationRow::name));
        table.getColumns().add(column("ui.detail.actor_type", OrganisationRow::actorTypeName));
        table.getColumns().add(column("ui.detail.municipality", OrganisationRow::municipalityName));
        table.getColumns().add(column("ui.detail.email", OrganisationRow::email));
        table.getColumns().add(column("ui.detail.phone", OrganisationRow::phone));
        table.getColumns().add(column("ui.detail.contacts", r -> Integer.toString(r.people())));
        return table;
    }

    private TableColumn<OrganisationRow, String> column(String key,
                                                       java.util.function.Function<OrganisationRow, String> value) {
        var column = new TableColumn<OrganisationRow, String>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private void confirmDelete() {
        // Own button texts: JavaFX's OK/Cancel follow the JVM locale, not the language chosen in the window.
        var deleteButton = new ButtonType(messages.get("ui.people.delete"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        var cancel = new ButtonType(messages.get("ui.form.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        var opened = model.openedProperty().get();
        var alert = new Alert(Alert.AlertType.CONFIRMATION,
                messages.get("ui.organisations.delete.confirm", opened.name()), deleteButton, cancel);
        alert.initOwner(root.getScene().getWindow());
        alert.setHeaderText(null);
        alert.showAndWait().filter(deleteButton::equals).ifPresent(b -> model.deleteOpened());
    }

    public Parent root() {
        return root;
    }

    /** Shows the area: reloads the list and puts the cursor in the search field. */
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
