package se.samverkan.ui.organisations;

import atlantafx.base.theme.Styles;
import java.util.function.LongConsumer;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.OrganisationRow;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.FilterBar;
import se.samverkan.ui.common.FilterBar.Kind;
import se.samverkan.service.export.ListKind;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.common.ListExport;
import se.samverkan.ui.common.RecordListPane;

/**
 * The Organisationer area: search field, filter bar (aktörstyp, län, kommun), the organisations table, a row count,
 * and new / edit / delete. A chosen row opens in the window's detail pane.
 */
public final class OrganisationsView {

    private final OrganisationsViewModel model;
    private final Messages messages;
    private final RecordListPane<OrganisationRow> pane;
    private final LongConsumer openDetail;

    /** {@code showDetail} shows the organisation with that id in the window's detail pane. */
    public OrganisationsView(OrganisationsViewModel model, Messages messages, ListExport export,
                             LongConsumer showDetail) {
        this.model = model;
        this.messages = messages;
        this.openDetail = RecordListPane.detailOpener(model::open, null, showDetail);
        pane = new RecordListPane<>("organisations", new RecordListPane.Texts("ui.nav.organisations",
                "ui.organisations.search.prompt", "ui.organisations.empty", "ui.organisations.count"), messages,
                model.textProperty(), model.list(), model::load);

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
        delete.setOnAction(e -> {
            if (pane.confirmDelete("ui.organisations.delete.confirm", model.openedProperty().get().name())) {
                model.deleteOpened();
            }
        });
        edit.disableProperty().bind(model.openedProperty().isNull());
        delete.disableProperty().bind(model.openedProperty().isNull());
        pane.actions(add, edit, delete, pane.exportButton(export, ListKind.ORGANISATIONS, OrganisationRow::id));
        pane.filters(model.filters(), FilterBar.of(Kind.TYPE, Kind.COUNTY, Kind.MUNICIPALITY));

        pane.column("ui.organisations.field.name", OrganisationRow::name)
                .column("ui.detail.actor_type", OrganisationRow::actorTypeName)
                .column("ui.detail.municipality", OrganisationRow::municipalityName)
                .column("ui.detail.email", OrganisationRow::email)
                .column("ui.detail.phone", OrganisationRow::phone)
                .column("ui.detail.contacts", r -> Integer.toString(r.people()));
        pane.onChoose(OrganisationRow::id, openDetail);
    }

    private void showForm(OrganisationFormModel form) {
        new OrganisationFormDialog(form, messages, openDetail).show(pane.root());
    }

    public Parent root() {
        return pane.root();
    }

    /** Shows the area: reloads the list and the filter choices, and puts the cursor in the search field. */
    public void shown() {
        model.loadChoices();
        model.load();
        pane.search().requestFocus();
    }
}
