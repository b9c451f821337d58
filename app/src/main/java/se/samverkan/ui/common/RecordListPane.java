package se.samverkan.ui.common;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import se.samverkan.service.Messages;

/**
 * What the people and organisation lists share: heading, search field (search as you type after a short pause), the
 * toolbar's buttons, the filter bar, the table, the row count and the error line, plus the delete confirmation. Node
 * ids start with the prefix: {@code peopleSearch}, {@code peopleTable}, {@code peopleCount}.
 */
public final class RecordListPane<R> {

    private final VBox root = new VBox(10);
    private final HBox toolbar;
    private final TextField search = new TextField();
    private final TableView<R> table;
    private final PauseTransition pause = new PauseTransition(Duration.millis(200));
    private final Messages messages;
    private final String prefix;
    private CompactToolbar compactToolbar;

    /** The bundle keys of the list's texts: heading, search prompt, empty list, count ({0} rows). */
    public record Texts(String heading, String prompt, String empty, String count) {
    }

    public RecordListPane(String prefix, Texts texts, Messages messages, StringProperty text, ListLoader<R> list,
                          Runnable reload) {
        this.messages = messages;
        this.prefix = prefix;
        root.setId(prefix + "View");
        root.getStyleClass().add("area");
        root.setPadding(new Insets(16, 24, 12, 24));

        search.setId(prefix + "Search");
        search.setPromptText(messages.get(texts.prompt()));
        search.textProperty().bindBidirectional(text);
        // Search as you type, but not a query per keystroke; filters go through the same pause.
        pause.setOnFinished(e -> reload.run());
        search.textProperty().addListener((obs, was, now) -> reloadSoon());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMinWidth(200);
        toolbar = new HBox(8, search);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        table = new TableView<>(list.rows());
        table.setId(prefix + "Table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get(texts.empty())));
        VBox.setVgrow(table, Priority.ALWAYS);

        var count = new Label();
        count.setId(prefix + "Count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        list.rows().addListener((ListChangeListener<R>) c -> count.setText(messages.get(texts.count(), list.rows().size())));
        var error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(list.error());

        var heading = new Label(messages.get(texts.heading()));
        heading.getStyleClass().add(Styles.TITLE_3);
        root.getChildren().addAll(heading, toolbar, table, new HBox(12, count, error));
    }

    /**
     * Wires a list to the window's detail pane: choosing a row loads the record into the list's model ({@code open},
     * for Ändra and Ta bort) and shows it in the pane; a record the list's forms saved ({@code changedId}, may be
     * null) is shown again so the pane reflects the change.
     */
    public static java.util.function.LongConsumer detailOpener(java.util.function.LongConsumer open,
                                                                javafx.beans.value.ObservableValue<Long> changedId,
                                                                java.util.function.LongConsumer showDetail) {
        if (changedId != null) {
            changedId.addListener((obs, was, id) -> {
                if (id != null) {
                    showDetail.accept(id);
                }
            });
        }
        return id -> {
            open.accept(id);
            showDetail.accept(id);
        };
    }

    /** Restarts the typing pause; the list reloads when it ends. */
    public void reloadSoon() {
        pause.playFromStart();
    }

    /**
     * The list's action buttons, after the search field. When the area is too narrow for their texts (a laptop
     * screen with the detail pane open) they show only their icons, with the text as a tooltip, instead of pushing
     * the detail pane out of the window.
     */
    public RecordListPane<R> actions(Node... buttons) {
        toolbar.getChildren().addAll(buttons);
        compactToolbar = CompactToolbar.install(toolbar);
        return this;
    }

    /** Whether the action buttons show only their icons (see {@link #actions}). */
    boolean compactActions() {
        return compactToolbar != null && compactToolbar.compact();
    }

    /** Puts a filter bar with {@code kinds} between the toolbar and the table; a changed filter reloads the list. */
    public RecordListPane<R> filters(ListFilters filters, java.util.Set<FilterBar.Kind> kinds) {
        root.getChildren().add(2, new FilterBar(filters, messages, prefix, kinds).root());
        filters.onChange(this::reloadSoon);
        return this;
    }

    public RecordListPane<R> column(String key, Function<R, String> value) {
        var column = new TableColumn<R, String>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        table.getColumns().add(column);
        return this;
    }

    /**
     * The "Exportera…" button ({@code <prefix>Export}) for what the list shows: its rows with the search and filters
     * applied, in the shown order; {@code id} gives the record id of a row. Put it among the {@link #actions}.
     */
    public javafx.scene.control.Button exportButton(ListExport export, se.samverkan.service.export.ListKind kind,
                                                    java.util.function.ToLongFunction<R> id) {
        return export.button(prefix, kind, table, id);
    }

    /** Opens a chosen row: {@code open} gets the id of the record on the row. */
    public RecordListPane<R> onChoose(java.util.function.ToLongFunction<R> id, java.util.function.LongConsumer open) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                open.accept(id.applyAsLong(now));
            }
        });
        return this;
    }

    public TableView<R> table() {
        return table;
    }

    public TextField search() {
        return search;
    }

    public VBox root() {
        return root;
    }

    /**
     * Asks before deleting; {@code questionKey} takes the record's name as {0}. Own button texts: JavaFX's OK/Cancel
     * follow the JVM locale, not the language chosen in the window.
     */
    public boolean confirmDelete(String questionKey, String name) {
        var delete = new ButtonType(messages.get("ui.people.delete"), ButtonBar.ButtonData.OK_DONE);
        var cancel = new ButtonType(messages.get("ui.form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get(questionKey, name), delete, cancel);
        alert.initOwner(root.getScene().getWindow());
        alert.setHeaderText(null);
        return alert.showAndWait().filter(delete::equals).isPresent();
    }
}
