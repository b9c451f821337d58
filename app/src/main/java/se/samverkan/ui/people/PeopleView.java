package se.samverkan.ui.people;

import atlantafx.base.theme.Styles;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import java.time.LocalDate;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.PersonRow;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.FilterBar;
import se.samverkan.ui.common.FilterBar.Kind;
import se.samverkan.service.export.ListKind;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.common.ListExport;
import se.samverkan.ui.common.RecordListPane;

/**
 * The Personer area: search field, filter bar, the people table (virtualised by TableView, so a large network scrolls
 * smoothly), a row count, and new / edit / delete / merge / political offices / "kontrollerad idag". A chosen row
 * opens in the window's detail pane.
 */
public final class PeopleView {

    private final PeopleViewModel model;
    private final Messages messages;
    private final RecordListPane<PersonRow> pane;
    private final LongConsumer openDetail;

    /** {@code showDetail} shows the person with that id in the window's detail pane; {@code export} writes the list. */
    public PeopleView(PeopleViewModel model, Messages messages, ListExport export, LongConsumer showDetail) {
        this.model = model;
        this.messages = messages;
        this.openDetail = RecordListPane.detailOpener(model::open, model.changedIdProperty(), showDetail);
        pane = new RecordListPane<>("people", new RecordListPane.Texts("ui.nav.people", "ui.people.search.prompt",
                "ui.people.empty", "ui.people.count"), messages, model.textProperty(), model.list(), model::load);

        var add = button("peopleNew", "ui.people.new", Feather.USER_PLUS);
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> new PersonFormDialog(new PersonFormModel(model, null), messages, openDetail).show(pane.root()));
        var edit = button("peopleEdit", "ui.people.edit", Feather.EDIT_2);
        edit.setOnAction(e -> new PersonFormDialog(new PersonFormModel(model, model.openedProperty().get().person()),
                messages, openDetail).show(pane.root()));
        // The rarer actions wait in "Mer" so the toolbar fits beside the search field.
        var merge = new MenuItem(messages.get("ui.people.merge"), Icons.of(Feather.GIT_MERGE));
        merge.setId("peopleMerge");
        merge.setOnAction(e -> new MergePeopleDialog(new PersonMergeModel(model, messages), messages).show(pane.root()));
        var offices = new MenuItem(messages.get("ui.people.offices"), Icons.of(Feather.AWARD));
        offices.setId("peopleOffices");
        offices.setOnAction(e -> new PoliticalOfficesDialog(new PoliticalOfficesModel(model), messages).show(pane.root()));
        var extract = new PersonExtractAction(model, messages, pane.root()).menuItem();
        var more = new MenuButton(messages.get("ui.people.more"), Icons.of(Feather.MORE_HORIZONTAL), merge, offices,
                extract);
        more.setId("peopleMore");
        more.disableProperty().bind(model.openedProperty().isNull());
        var verified = button("peopleVerified", "ui.people.verifiedToday", Feather.CHECK_CIRCLE);
        verified.setTooltip(new Tooltip(messages.get("ui.people.verifiedToday.help")));
        verified.setOnAction(e -> model.markOpenedVerified());
        var delete = button("peopleDelete", "ui.people.delete", Feather.TRASH_2);
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> {
            var person = model.openedProperty().get().person();
            if (pane.confirmDelete("ui.people.delete.confirm", person.firstName() + " " + person.lastName())) {
                model.deleteOpened();
            }
        });
        for (Button b : new Button[] {edit, verified, delete}) {
            b.disableProperty().bind(model.openedProperty().isNull());
        }
        pane.actions(add, edit, verified, more, VCardActions.menuFor(model, messages, pane.root()), delete,
                pane.exportButton(export, ListKind.PEOPLE, PersonRow::id));
        pane.filters(model.filters(),
                FilterBar.of(Kind.TYPE, Kind.COUNTY, Kind.MUNICIPALITY, Kind.BRANCH, Kind.FORUM, Kind.VERIFY_DUE));

        pane.column("ui.people.col.name", PersonRow::name)
                .column("ui.detail.title", PersonRow::title)
                .column("ui.detail.organisation", PersonRow::organisationName)
                .column("ui.detail.municipality", PersonRow::municipalityName)
                .column("ui.detail.email", PersonRow::email)
                .column("ui.detail.phone", PersonRow::phone);
        pane.table().getColumns().add(verifyColumn());
        pane.onChoose(PersonRow::id, openDetail);
    }

    /** The verify-by date; shown as a warning once it has passed or is within "att kontrollera"'s 30 days. */
    private TableColumn<PersonRow, LocalDate> verifyColumn() {
        var verify = new TableColumn<PersonRow, LocalDate>(messages.get("ui.people.col.verifyBy"));
        verify.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().verifyBy()));
        verify.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? null : date.toString());
                boolean due = !empty && date != null
                        && !date.isAfter(model.today().plusDays(PeopleViewModel.VERIFY_DUE_DAYS));
                getStyleClass().remove("verify-due");
                if (due) {
                    getStyleClass().add("verify-due");
                }
            }
        });
        return verify;
    }

    private Button button(String id, String key, Feather icon) {
        var button = new Button(messages.get(key), Icons.of(icon));
        button.setId(id);
        return button;
    }

    public Parent root() {
        return pane.root();
    }

    /** Shows the area: reloads the list and the filter choices (they may have changed elsewhere), focuses search. */
    public void shown() {
        model.loadChoices();
        model.load();
        pane.search().requestFocus();
    }
}
