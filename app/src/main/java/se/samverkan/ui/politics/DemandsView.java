package se.samverkan.ui.politics;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.DemandRow;
import se.samverkan.domain.PolicyArea;
import se.samverkan.domain.PoliticalDemand;
import se.samverkan.service.Messages;
import se.samverkan.service.politics.DemandStatus;
import se.samverkan.ui.common.Choosers;
import se.samverkan.ui.common.FilterBar;
import se.samverkan.ui.common.FilterBar.Kind;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.common.RecordListPane;
import se.samverkan.ui.common.ListExport;
import se.samverkan.service.export.ListKind;

/**
 * The "Krav" tab: search, filters (status, policy area, län, avdelning), the list most recently raised first, and
 * new / edit / delete. A double click, like "Ändra", opens the chosen demand's form.
 */
final class DemandsView {

    private final DemandsViewModel model;
    private final Messages messages;
    private final RecordListPane<DemandRow> pane;

    DemandsView(DemandsViewModel model, Messages messages, ListExport export) {
        this.model = model;
        this.messages = messages;
        pane = new RecordListPane<>("demands", new RecordListPane.Texts("ui.demands.heading",
                "ui.demands.search.prompt", "ui.demands.empty", "ui.demands.count"), messages,
                model.textProperty(), model.list(), model::load);
        var add = new Button(messages.get("ui.demands.new"), Icons.of(Feather.PLUS));
        add.setId("demandsNew");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> form(null));
        var edit = new Button(messages.get("ui.demands.edit"), Icons.of(Feather.EDIT_2));
        edit.setId("demandsEdit");
        edit.setOnAction(e -> editOpened());
        var delete = new Button(messages.get("ui.people.delete"), Icons.of(Feather.TRASH_2));
        delete.setId("demandsDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> {
            if (pane.confirmDelete("ui.people.delete.confirm", model.openedProperty().get().demand().title())) {
                model.deleteOpened();
            }
        });
        edit.disableProperty().bind(model.openedProperty().isNull());
        delete.disableProperty().bind(model.openedProperty().isNull());
        pane.actions(add, edit, delete, pane.exportButton(export, ListKind.DEMANDS, DemandRow::id));
        pane.filters(model.filters(), FilterBar.of(Kind.COUNTY, Kind.BRANCH));
        joinFilters((FlowPane) pane.root().getChildren().get(2));

        pane.column("export.column.title", DemandRow::title)
                .column("ui.demands.field.area", DemandRow::policyArea)
                .column("ui.demands.field.level", r -> messages.get("ui.level." + r.level()))
                .column("ui.demands.col.place", r -> r.place() == null ? "" : r.place())
                .column("ui.demands.field.branch", DemandRow::branch)
                .column("ui.demands.field.status", r -> messages.get("ui.demand.status." + r.status()))
                .column("ui.demands.col.raised", r -> r.raisedOn() == null ? "" : r.raisedOn().toString());
        pane.onChoose(DemandRow::id, model::open);
        pane.table().setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && model.openedProperty().get() != null) {
                editOpened();
            }
        });
        var columns = pane.table().getColumns();
        double[] widths = {260, 150, 110, 110, 170, 175, 95};
        for (int i = 0; i < widths.length; i++) {
            columns.get(i).setPrefWidth(widths[i]);
        }
    }

    /** The area's own filters go into the shared bar before "Rensa filter", which then clears them too. */
    private void joinFilters(FlowPane bar) {
        var status = Choosers.bind(new ComboBox<>(), FXCollections.observableArrayList(Arrays.asList(
                DemandStatus.values())), model.status(), DemandStatus::name,
                s -> messages.get("ui.demand.status." + s.name()), messages.get("ui.demands.filter.allStatuses"));
        status.setId("demandsFilterStatus");
        var area = Choosers.bind(new ComboBox<>(), model.areas(), model.policyArea(), PolicyArea::code,
                PolicyArea::nameSv, messages.get("ui.demands.filter.allAreas"));
        area.setId("demandsFilterArea");
        area.setPrefWidth(230);
        area.setVisibleRowCount(16);
        model.status().addListener((obs, was, now) -> pane.reloadSoon());
        model.policyArea().addListener((obs, was, now) -> pane.reloadSoon());
        bar.getChildren().addAll(bar.getChildren().size() - 1, java.util.List.of(status, area));
        var clear = (Button) bar.getChildren().get(bar.getChildren().size() - 1);
        clear.setOnAction(e -> model.clearFilters());
        clear.disableProperty().unbind();
        clear.disableProperty().bind(model.filters().active().not().and(model.status().isNull())
                .and(model.policyArea().isNull()));
    }

    private void editOpened() {
        var opened = model.openedProperty().get();
        if (opened != null) {
            new DemandFormDialog(new DemandFormModel(model, opened.demand(), opened.people(), messages), messages)
                    .show(pane.root());
        }
    }

    /** Opens the form for a new demand: blank, or a draft adopted from the catalogue. */
    void form(PoliticalDemand draft) {
        new DemandFormDialog(new DemandFormModel(model, draft, java.util.List.of(), messages), messages)
                .show(pane.root());
    }

    VBox root() {
        return pane.root();
    }

    void focus() {
        pane.search().requestFocus();
    }
}
