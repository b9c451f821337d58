package se.samverkan.ui.workshops;

import atlantafx.base.theme.Styles;
import java.util.function.LongConsumer;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.WorkshopRow;
import se.samverkan.domain.WorkshopType;
import se.samverkan.service.Messages;
import se.samverkan.service.workshops.WorkshopStatus;
import se.samverkan.ui.common.Choosers;
import se.samverkan.ui.common.DateFields;
import se.samverkan.ui.common.FilterBar;
import se.samverkan.ui.common.FilterBar.Kind;
import se.samverkan.ui.common.Alerts;
import se.samverkan.service.export.ListKind;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.common.ListExport;
import se.samverkan.ui.common.SaveDialogs;
import se.samverkan.ui.common.RecordListPane;

/**
 * The Workshops area: search, filters (status, type, period, län, avdelning), the list newest first, and new / edit /
 * delete. A chosen row opens in the window's detail pane; the form plans the whole workshop.
 */
public final class WorkshopsView {

    private final WorkshopsViewModel model;
    private final Messages messages;
    private final RecordListPane<WorkshopRow> pane;
    private final LongConsumer openDetail;

    public WorkshopsView(WorkshopsViewModel model, Messages messages, ListExport export, LongConsumer showDetail) {
        this.model = model;
        this.messages = messages;
        this.openDetail = RecordListPane.detailOpener(model::open, model.changedIdProperty(), showDetail);
        pane = new RecordListPane<>("workshops", new RecordListPane.Texts("ui.nav.workshops",
                "ui.workshops.search.prompt", "ui.workshops.empty", "ui.workshops.count"), messages,
                model.textProperty(), model.list(), model::load);
        var add = new Button(messages.get("ui.workshops.new"), Icons.of(Feather.PLUS));
        add.setId("workshopsNew");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> form(null));
        var edit = new Button(messages.get("ui.workshops.edit"), Icons.of(Feather.EDIT_2));
        edit.setId("workshopsEdit");
        edit.setOnAction(e -> form(model.openedProperty().get()));
        var delete = new Button(messages.get("ui.people.delete"), Icons.of(Feather.TRASH_2));
        delete.setId("workshopsDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> {
            if (pane.confirmDelete("ui.people.delete.confirm", model.openedProperty().get().workshop().title())) {
                model.deleteOpened();
            }
        });
        var ics = new Button(messages.get("ui.workshops.exportIcs"), Icons.of(Feather.CALENDAR));
        ics.setId("workshopsExportIcs");
        ics.setOnAction(e -> {
            var plan = model.openedProperty().get();
            var file = SaveDialogs.ics(pane.root().getScene().getWindow(), messages.get("ui.workshops.exportIcs"),
                    messages.get("ui.workshops.exportIcs.fileName", plan.workshop().heldOn()));
            if (file != null) {
                exportOpenedTo(file);
            }
        });
        edit.disableProperty().bind(model.openedProperty().isNull());
        delete.disableProperty().bind(model.openedProperty().isNull());
        // only a workshop with a day can be put in a calendar
        ics.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                model.openedProperty().get() == null || model.openedProperty().get().workshop().heldOn() == null,
                model.openedProperty()));
        pane.actions(add, edit, ics, delete, pane.exportButton(export, ListKind.WORKSHOPS, WorkshopRow::id));
        pane.filters(model.filters(), FilterBar.of(Kind.COUNTY, Kind.BRANCH));
        joinFilters((FlowPane) pane.root().getChildren().get(2));

        pane.column("ui.workshops.col.date", r -> r.heldOn() == null ? "" : r.heldOn().toString())
                .column("ui.workshops.col.time", r -> r.startTime() == null ? ""
                        : r.startTime() + (r.endTime() == null ? "" : "–" + r.endTime()))
                .column("ui.workshops.field.title", WorkshopRow::title)
                .column("ui.workshops.field.status", r -> messages.get("ui.workshop.status." + r.status()))
                .column("ui.workshops.col.place", WorkshopRow::place)
                .column("ui.workshops.field.branches", WorkshopRow::branches)
                .column("ui.workshops.col.participants", r -> r.participants() == 0 ? "" : Integer.toString(r.participants()));
        pane.onChoose(WorkshopRow::id, openDetail);
        // The type is left out: the titles name it, the filter chooses it and the detail pane shows it.
        double[] widths = {100, 105, 0, 95, 0, 0, 80};
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] > 0) {
                var column = pane.table().getColumns().get(i);
                column.setMinWidth(widths[i]);
                column.setMaxWidth(widths[i] + 20);
            }
        }
    }

    /**
     * The area's own filters go into the shared filter bar, before "Rensa filter", which then clears them too and is
     * enabled while any of them narrows the list.
     */
    private void joinFilters(FlowPane bar) {
        var own = ownFilters();
        bar.getChildren().addAll(bar.getChildren().size() - 1, own.getChildren());
        var clear = (Button) bar.getChildren().get(bar.getChildren().size() - 1);
        clear.setOnAction(e -> model.clearFilters());
        clear.disableProperty().unbind();
        clear.disableProperty().bind(model.filters().active().not().and(model.status().isNull())
                .and(model.type().isNull()).and(model.from().isNull()).and(model.to().isNull()));
    }

    /** The area's own filters: status, type and a period (from – to). */
    private FlowPane ownFilters() {
        var status = Choosers.bind(new ComboBox<>(), FXCollections.observableArrayList(WorkshopStatus.values()),
                model.status(), WorkshopStatus::name, s -> messages.get("ui.workshop.status." + s.name()),
                messages.get("ui.workshops.filter.allStatuses"));
        status.setId("workshopsFilterStatus");
        var type = Choosers.bind(new ComboBox<>(), model.types(), model.type(), WorkshopType::code, WorkshopType::name,
                messages.get("ui.filter.allTypes"));
        type.setId("workshopsFilterType");
        type.setPrefWidth(220);
        DatePicker from = DateFields.picker(model.from());
        from.setId("workshopsFilterFrom");
        from.setPrefWidth(130);
        DatePicker to = DateFields.picker(model.to());
        to.setId("workshopsFilterTo");
        to.setPrefWidth(130);
        for (var p : new javafx.beans.value.ObservableValue<?>[] {model.status(), model.type(), model.from(), model.to()}) {
            p.addListener((obs, was, now) -> pane.reloadSoon());
        }
        var bar = new FlowPane(8, 6, status, type, new Label(messages.get("ui.workshops.filter.period")), from,
                new Label("–"), to);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private void form(se.samverkan.domain.WorkshopPlan plan) {
        var form = new WorkshopFormModel(model, model.filters().choices().get(), model.types(), plan);
        new WorkshopFormDialog(form, messages, model.goals()).show(pane.root());
    }

    /** Writes the opened workshop to {@code file} and says where it went. */
    void exportOpenedTo(java.nio.file.Path file) {
        var window = pane.root().getScene().getWindow();
        model.exportOpened(file, written -> Alerts.inform(window, messages, "workshopIcsDone", written
                        ? messages.get("ui.workshops.exportIcs.done", file.toString())
                        : messages.get("ui.workshops.exportIcs.gone")),
                failed -> Alerts.error(window, messages, "workshopIcsFailed",
                        messages.get("ui.workshops.exportIcs.failed", file.toString())));
    }

    public Parent root() {
        return pane.root();
    }

    /** Shows the area: reloads the list and the choices, focuses search. */
    public void shown() {
        model.loadChoices();
        model.load();
        pane.search().requestFocus();
    }
}
