package se.samverkan.ui.common;

import atlantafx.base.theme.Styles;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.ActorType;
import se.samverkan.domain.Branch;
import se.samverkan.domain.Choice;
import se.samverkan.domain.County;
import se.samverkan.domain.FilterChoices;
import se.samverkan.domain.Municipality;
import se.samverkan.service.Messages;

/**
 * The compact filter bar above a record list: one combo box per filter the list has ("Alla län", "Alla kommuner" …),
 * optionally the "Att kontrollera" toggle, and "Rensa filter". Node ids: {@code <prefix>Filter<Kind>}.
 */
public final class FilterBar {

    /** The filters a list can offer. */
    public enum Kind { TYPE, COUNTY, MUNICIPALITY, BRANCH, FORUM, VERIFY_DUE }

    private final FlowPane root = new FlowPane(8, 6);

    public FilterBar(ListFilters filters, Messages messages, String prefix, Set<Kind> kinds) {
        root.setId(prefix + "Filters");
        root.getStyleClass().add("filter-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        var choices = filters.choices();
        ObservableList<ActorType> types = FXCollections.observableArrayList();
        ObservableList<County> counties = FXCollections.observableArrayList();
        ObservableList<Branch> branches = FXCollections.observableArrayList();
        ObservableList<Choice> forums = FXCollections.observableArrayList();
        Runnable fill = () -> {
            FilterChoices c = choices.get();
            types.setAll(c.actorTypes());
            counties.setAll(c.counties());
            branches.setAll(c.branches());
            forums.setAll(c.forums());
        };
        fill.run();
        choices.addListener((obs, was, now) -> fill.run());
        var place = filters.place();
        for (Kind kind : EnumSet.copyOf(kinds)) {
            switch (kind) {
                case TYPE -> add(prefix + "FilterType", Choosers.bind(new ComboBox<>(), types, filters.actorType(),
                        ActorType::code, ActorType::name, messages.get("ui.filter.allTypes")));
                case COUNTY -> add(prefix + "FilterCounty", Choosers.bind(new ComboBox<>(), counties,
                        place.countyCode(), County::code, County::nameSv, messages.get("ui.filter.allCounties")));
                case MUNICIPALITY -> add(prefix + "FilterMunicipality", Choosers.bind(new ComboBox<>(),
                        place.municipalities(), place.municipalityCode(), Municipality::code, Municipality::nameSv,
                        messages.get("ui.filter.allMunicipalities")));
                case BRANCH -> add(prefix + "FilterBranch", Choosers.bind(new ComboBox<>(), branches,
                        filters.branchId(), Branch::id, Branch::name, messages.get("ui.filter.allBranches")));
                case FORUM -> add(prefix + "FilterForum", Choosers.bind(new ComboBox<>(), forums, filters.forumId(),
                        Choice::id, Choice::name, messages.get("ui.filter.allForums")));
                case VERIFY_DUE -> {
                    var due = new ToggleButton(messages.get("ui.filter.verifyDue"), Icons.of(Feather.CLOCK, 14));
                    due.setId(prefix + "FilterVerifyDue");
                    due.selectedProperty().bindBidirectional(filters.verifyDue());
                    root.getChildren().add(due);
                }
                default -> throw new IllegalStateException(kind.name());
            }
        }
        var clear = new Button(messages.get("ui.filter.clear"), Icons.of(Feather.X, 14));
        clear.setId(prefix + "FilterClear");
        clear.getStyleClass().add(Styles.FLAT);
        clear.disableProperty().bind(filters.active().not());
        clear.setOnAction(e -> filters.clear());
        root.getChildren().add(clear);
    }

    private void add(String id, ComboBox<?> box) {
        box.setId(id);
        box.setPrefWidth(150);
        box.setVisibleRowCount(14);
        root.getChildren().add(box);
    }

    public FlowPane root() {
        return root;
    }

    /** Convenience for the two lists. */
    public static Set<Kind> of(Kind... kinds) {
        return Set.copyOf(List.of(kinds));
    }
}
