package se.samverkan.ui.search;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.DetailField;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.RecordDetail;
import se.samverkan.domain.SearchKind;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.relations.PartySections;

/**
 * The side pane that shows a record opened from the search, a list or the map. Special-category fields carry a
 * "Känslig uppgift" tag so the coordinator sees at a glance what must not be shared. Below a person's or an
 * organisation's fields come its relations, contacts, assessment and relationship health ({@link PartySections}).
 */
public final class DetailPane extends VBox {

    private final Messages messages;
    private final Label kind = new Label();
    private final Label title = new Label();
    private final GridPane fields = new GridPane();
    private final PartySections sections;

    public DetailPane(SearchViewModel model, Messages messages) {
        this(model, messages, null);
    }

    /** @param sections the relations of an opened person or organisation; null shows the fields only */
    public DetailPane(SearchViewModel model, Messages messages, PartySections sections) {
        this.messages = messages;
        this.sections = sections;
        setId("detailPane");
        getStyleClass().add("detail-pane");
        kind.getStyleClass().add("detail-kind");
        title.setId("detailTitle");
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        var close = new Button(null, Icons.of(Feather.X));
        close.setId("detailClose");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setOnAction(e -> model.closeDetail());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var header = new HBox(8, kind, spacer, close);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        fields.setId("detailFields");
        fields.setHgap(14);
        fields.setVgap(10);
        var body = new VBox(16, fields);
        if (sections != null) {
            body.getChildren().add(sections);
        }
        var scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("detail-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, title, scroll);
        setPrefWidth(sections == null ? 360 : 400);
        setMinWidth(300);

        model.detailProperty().addListener((obs, was, now) -> show(now));
        show(model.detailProperty().get());
    }

    private void show(RecordDetail detail) {
        setVisible(detail != null);
        setManaged(detail != null);
        fields.getChildren().clear();
        if (sections != null) {
            sections.showParty(partyOf(detail));
        }
        if (detail == null) {
            return;
        }
        kind.setText(messages.get("ui.record.kind." + detail.kind().name()));
        title.setText(detail.title());
        int row = 0;
        for (DetailField field : detail.fields()) {
            var label = new Label(messages.get(field.labelKey()));
            label.getStyleClass().add("detail-label");
            label.setMinWidth(Region.USE_PREF_SIZE);
            var value = new Label(field.valueIsKey() ? messages.get(field.value()) : field.value());
            value.getStyleClass().add("detail-value");
            value.setWrapText(true);
            var cell = new VBox(4, value);
            if (field.sensitive()) {
                var tag = new Label(messages.get("ui.detail.sensitive"), Icons.of(Feather.LOCK, 12));
                tag.getStyleClass().add("sensitive-tag");
                cell.getChildren().add(tag);
                cell.getStyleClass().add("sensitive-field");
            }
            GridPane.setHgrow(cell, Priority.ALWAYS);
            fields.addRow(row++, label, cell);
        }
    }

    /** The person or organisation a record is, or null for a forum, a workshop or nothing. */
    static PartyRef partyOf(RecordDetail detail) {
        if (detail == null) {
            return null;
        }
        if (detail.kind() == SearchKind.PERSON) {
            return PartyRef.person(detail.id());
        }
        return detail.kind() == SearchKind.ORGANISATION ? PartyRef.organisation(detail.id()) : null;
    }
}
