package se.samverkan.ui.funding;

import atlantafx.base.theme.Styles;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.FundingProject;
import se.samverkan.domain.FundingProjectRow;
import se.samverkan.service.Messages;
import se.samverkan.service.funding.FundingService;
import se.samverkan.service.funding.FundingStatus;
import se.samverkan.ui.common.Choosers;
import se.samverkan.ui.common.FilterBar;
import se.samverkan.ui.common.FilterBar.Kind;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.common.RecordListPane;
import se.samverkan.ui.common.ListExport;
import se.samverkan.service.export.ListKind;

/**
 * The Strukturfonder area: a tab with the project list (search, filters for status, fund and avdelning; new / edit /
 * delete; a double-click edits) and a tab with the timeline of application windows and periods.
 */
public final class FundingView {

    private final FundingViewModel model;
    private final Messages messages;
    private final RecordListPane<FundingProjectRow> pane;
    private final FundingTimeline timeline;
    private final TabPane tabs = new TabPane();

    public FundingView(FundingViewModel model, Messages messages, ListExport export) {
        this.model = model;
        this.messages = messages;
        pane = new RecordListPane<>("funding", new RecordListPane.Texts("ui.nav.funding", "ui.funding.search.prompt",
                "ui.funding.empty", "ui.funding.count"), messages, model.textProperty(), model.list(), model::load);
        var add = new Button(messages.get("ui.funding.new"), Icons.of(Feather.PLUS));
        add.setId("fundingNew");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> form(null));
        var edit = new Button(messages.get("ui.funding.edit"), Icons.of(Feather.EDIT_2));
        edit.setId("fundingEdit");
        edit.setOnAction(e -> form(model.openedProperty().get()));
        var delete = new Button(messages.get("ui.people.delete"), Icons.of(Feather.TRASH_2));
        delete.setId("fundingDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> {
            if (pane.confirmDelete("ui.people.delete.confirm", model.openedProperty().get().name())) {
                model.deleteOpened();
            }
        });
        edit.disableProperty().bind(model.openedProperty().isNull());
        delete.disableProperty().bind(model.openedProperty().isNull());
        pane.actions(add, edit, delete, pane.exportButton(export, ListKind.FUNDING, FundingProjectRow::id));
        pane.filters(model.filters(), FilterBar.of(Kind.BRANCH));
        joinFilters((FlowPane) pane.root().getChildren().get(2));
        pane.column("ui.funding.field.name", FundingProjectRow::name)
                .column("ui.funding.field.fund", r -> messages.get("ui.funding.fund." + r.fund()))
                .column("ui.funding.field.status", r -> messages.get("ui.funding.status." + r.status()))
                .column("ui.funding.col.period", FundingView::period)
                .column("ui.funding.col.owner", r -> r.owner() == null ? "" : r.owner())
                .column("ui.funding.field.branches", r -> r.branches() == null ? "" : r.branches())
                .column("ui.funding.col.costs", r -> Kronor.format(r.costs()));
        pane.onChoose(FundingProjectRow::id, model::open);
        // The name takes what the short columns leave.
        double[] widths = {0, 70, 90, 190, 0, 0, 125};
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] > 0) {
                var column = pane.table().getColumns().get(i);
                column.setMinWidth(widths[i]);
                column.setMaxWidth(widths[i] + 20);
            }
        }
        pane.table().setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && model.openedProperty().get() != null) {
                form(model.openedProperty().get());
            }
        });
        timeline = new FundingTimeline(model.rows(), messages, model::today);
        tabs.setId("fundingTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        var projects = new Tab(messages.get("ui.funding.tab.projects"), pane.root());
        projects.setId("fundingTabProjects");
        var chart = new Tab(messages.get("ui.funding.tab.timeline"), timeline.root());
        chart.setId("fundingTabTimeline");
        tabs.getTabs().addAll(projects, chart);
    }

    private static String period(FundingProjectRow r) {
        if (r.periodFrom() == null && r.periodTo() == null) {
            return "";
        }
        String to = r.extendedTo() != null ? r.extendedTo() + " *" : r.periodTo() == null ? "" : r.periodTo().toString();
        return (r.periodFrom() == null ? "" : r.periodFrom().toString()) + " – " + to;
    }

    /** The area's own filters go into the shared bar, before "Rensa filter", which then clears them too. */
    private void joinFilters(FlowPane bar) {
        var status = Choosers.bind(new ComboBox<>(), FXCollections.observableArrayList(FundingStatus.values()),
                model.status(), FundingStatus::name, s -> messages.get("ui.funding.status." + s.name()),
                messages.get("ui.funding.filter.allStatuses"));
        status.setId("fundingFilterStatus");
        var fund = Choosers.bind(new ComboBox<>(), FXCollections.observableArrayList(FundingService.FUNDS),
                model.fund(), f -> f, f -> messages.get("ui.funding.fund." + f),
                messages.get("ui.funding.filter.allFunds"));
        fund.setId("fundingFilterFund");
        model.status().addListener((obs, was, now) -> pane.reloadSoon());
        model.fund().addListener((obs, was, now) -> pane.reloadSoon());
        bar.getChildren().addAll(bar.getChildren().size() - 1, java.util.List.of(status, fund));
        bar.setAlignment(Pos.CENTER_LEFT);
        var clear = (Button) bar.getChildren().get(bar.getChildren().size() - 1);
        clear.setOnAction(e -> model.clearFilters());
        clear.disableProperty().unbind();
        clear.disableProperty().bind(model.filters().active().not().and(model.status().isNull())
                .and(model.fund().isNull()));
    }

    private void form(FundingProject project) {
        var form = new FundingFormModel(model, model.filters().choices().get(), model.workplaces(), project);
        new FundingFormDialog(form, messages).show(tabs);
    }

    public Parent root() {
        return tabs;
    }

    /** Shows the area: reloads the list and the choices, focuses search. */
    public void shown() {
        model.loadChoices();
        model.load();
        pane.search().requestFocus();
    }
}
