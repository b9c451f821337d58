package se.samverkan.ui.forums;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.County;
import se.samverkan.domain.ForumRow;
import se.samverkan.domain.ForumType;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Choosers;
import se.samverkan.service.export.ListKind;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.common.ListExport;
import se.samverkan.ui.common.RecordListPane;

/**
 * The Samverkansforum area (Ctrl+6): "Forum" (the list with filters by type, level and län, and below it the opened
 * forum's seats and meetings), "Täckning" (the coverage matrix) and "Att bevaka" (the three watch lists).
 */
public final class ForumsView {

    private final ForumsViewModel model;
    private final Messages messages;
    private final RecordListPane<ForumRow> pane;
    private final TabPane tabs = new TabPane();
    private final Tab listTab;
    private final Tab coverageTab;
    private final Tab watchTab;

    /** {@code showDetail} shows the forum with that id in the window's detail pane. */
    public ForumsView(ForumsViewModel model, Messages messages, ListExport export, LongConsumer showDetail) {
        this.model = model;
        this.messages = messages;
        LongConsumer open = RecordListPane.detailOpener(model::open, model.changedIdProperty(), showDetail);
        pane = new RecordListPane<>("forums", new RecordListPane.Texts("ui.forums.heading", "ui.forums.search.prompt",
                "ui.forums.empty", "ui.forums.count"), messages, model.textProperty(), model.list(), model::load);
        var add = button("forumsNew", "ui.forums.new", Feather.PLUS);
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> new ForumFormDialog(new ForumFormModel(model, null), messages).show(pane.root()));
        var edit = button("forumsEdit", "ui.forums.edit", Feather.EDIT_2);
        edit.setOnAction(e -> new ForumFormDialog(new ForumFormModel(model, model.openedProperty().get()), messages)
                .show(pane.root()));
        var delete = button("forumsDelete", "ui.people.delete", Feather.TRASH_2);
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> {
            if (pane.confirmDelete("ui.forums.delete.confirm", model.openedProperty().get().name())) {
                model.deleteOpened();
            }
        });
        edit.disableProperty().bind(model.openedProperty().isNull());
        delete.disableProperty().bind(model.openedProperty().isNull());
        pane.actions(add, edit, delete, pane.exportButton(export, ListKind.FORUMS, ForumRow::id));
        pane.root().getChildren().add(2, filters());
        pane.column("export.column.name", ForumRow::name)
                .column("ui.detail.forum_type", ForumRow::typeName)
                .column("ui.detail.level", r -> messages.get("ui.level." + r.level()))
                .column("export.column.place", ForumRow::placeName)
                .column("ui.detail.convenor", ForumRow::convenorName)
                .column("ui.forums.col.seats", r -> messages.get("ui.forums.seats.count", r.unionSeats(), r.seats()))
                .column("ui.detail.union_initiated", r -> r.unionInitiated() ? messages.get("ui.value.yes") : "");
        var columns = pane.table().getColumns();
        columns.get(0).setPrefWidth(240);
        columns.get(2).setPrefWidth(80);
        columns.get(5).setPrefWidth(90);
        columns.get(6).setPrefWidth(70);
        pane.onChoose(ForumRow::id, open);
        pane.root().getChildren().add(new ForumRecordSections(model, messages, export).root());

        listTab = new Tab(messages.get("ui.forums.tab.list"), pane.root());
        coverageTab = new Tab(messages.get("ui.forums.tab.coverage"),
                new CoverageView(model, messages, this::showCell).root());
        watchTab = new Tab(messages.get("ui.forums.tab.watch"), new WatchListsView(model, messages, id -> {
            tabs.getSelectionModel().select(listTab);
            open.accept(id);
        }).root());
        coverageTab.setId("forumsCoverageTab");
        watchTab.setId("forumsWatchTab");
        tabs.getTabs().addAll(listTab, coverageTab, watchTab);
        tabs.getTabs().forEach(t -> t.setClosable(false));
        tabs.setId("forumsTabs");
        tabs.getStylesheets().add(ForumsView.class.getResource("forums.css").toExternalForm());
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != listTab) {
                model.loadCoverage();
            }
        });
    }

    private void showCell(String type, String county) {
        model.showCell(type, county);
        tabs.getSelectionModel().select(listTab);
    }

    private javafx.scene.layout.FlowPane filters() {
        var bar = new javafx.scene.layout.FlowPane(8, 6);
        bar.setId("forumsFilters");
        bar.getStyleClass().add("filter-bar");
        var counties = FXCollections.<County>observableArrayList();
        model.choicesProperty().addListener((obs, was, now) -> counties.setAll(now.counties()));
        var type = Choosers.bind(new ComboBox<>(), model.types(), model.forumTypeProperty(), ForumType::code,
                ForumType::name, messages.get("ui.filter.allTypes"));
        type.setId("forumsFilterType");
        var level = Choosers.bind(new ComboBox<>(), FXCollections.observableArrayList(
                        List.of("MUNICIPALITY", "REGION", "NUTS", "NATIONAL")), model.levelProperty(), l -> l,
                l -> messages.get("ui.level." + l), messages.get("ui.forums.filter.allLevels"));
        level.setId("forumsFilterLevel");
        var county = Choosers.bind(new ComboBox<>(), counties, model.countyCodeProperty(), County::code,
                County::nameSv, messages.get("ui.filter.allCounties"));
        county.setId("forumsFilterCounty");
        for (var box : List.of(type, level, county)) {
            box.setPrefWidth(190);
            box.setVisibleRowCount(14);
            bar.getChildren().add(box);
        }
        var clear = new Button(messages.get("ui.filter.clear"), Icons.of(Feather.X, 14));
        clear.setId("forumsFilterClear");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> model.clearFilters());
        clear.disableProperty().bind(model.forumTypeProperty().isNull().and(model.levelProperty().isNull())
                .and(model.countyCodeProperty().isNull()));
        bar.getChildren().add(clear);
        model.forumTypeProperty().addListener((obs, was, now) -> pane.reloadSoon());
        model.levelProperty().addListener((obs, was, now) -> pane.reloadSoon());
        model.countyCodeProperty().addListener((obs, was, now) -> pane.reloadSoon());
        return bar;
    }

    private Button button(String id, String key, Feather icon) {
        var button = new Button(messages.get(key), Icons.of(icon));
        button.setId(id);
        return button;
    }

    public Parent root() {
        return tabs;
    }

    /** Shows the area: reloads the list and the choices, focuses the search field. */
    public void shown() {
        model.loadChoices();
        model.load();
        if (tabs.getSelectionModel().getSelectedItem() == listTab) {
            pane.search().requestFocus();
        } else {
            model.loadCoverage();
        }
    }
}
