package se.samverkan.ui.relations;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.PartyOverview.Named;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.common.WindowFit;

/**
 * The people and organisations chosen for a record (a contact's participants, a forum meeting's attendees): one chip
 * each with a remove button, and a {@link PartyPicker} below to add more. The picker leaves out those already chosen.
 */
public final class ChosenParties extends VBox {

    private final ObservableList<Named> chosen;
    private final FlowPane chips = new FlowPane(6, 6);

    /**
     * @param picker its exclusion is extended here with "already chosen"
     * @param id     the chips' id; the picker's is {@code id + "Picker"}
     */
    public ChosenParties(ObservableList<Named> chosen, PartyPickerModel picker, Messages messages, String id) {
        super(6);
        this.chosen = chosen;
        chips.setId(id);
        picker.excludeAlso(p -> chosen.stream().anyMatch(c -> c.party().equals(p)));
        chosen.addListener((ListChangeListener<Named>) c -> showChips());
        showChips();
        getChildren().addAll(chips, new PartyPicker(picker, messages, id + "Picker", hit -> add(PartyPickerModel.named(hit))));
    }

    private void add(Named party) {
        if (chosen.stream().noneMatch(p -> p.party().equals(party.party()))) {
            chosen.add(party);
        }
    }

    private void showChips() {
        chips.getChildren().setAll(chosen.stream().map(this::chip).toList());
        WindowFit.refit(chips);
    }

    private Node chip(Named party) {
        var remove = new Button(null, Icons.of(Feather.X, 12));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        remove.setOnAction(e -> chosen.remove(party));
        var chip = new HBox(2, new Label(party.name(), Icons.of(party.party().isPerson() ? Feather.USER : Feather.BRIEFCASE,
                12)), remove);
        chip.getStyleClass().add("party-chip");
        chip.setAlignment(Pos.CENTER_LEFT);
        return chip;
    }
}
