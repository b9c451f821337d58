package se.samverkan.ui.network;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.VBox;
import se.samverkan.domain.NetworkNode;
import se.samverkan.domain.NetworkSeat;
import se.samverkan.service.Messages;

/** The map's filters (actor type, geography, branch, forum, strength, contact, ego view) and its time controls. */
final class MapFilterPanel {

    private final VBox filters = new VBox(6);
    private final VBox time = new VBox(6);
    private final NetworkMapViewModel model;
    private final Messages messages;
    private final ComboBox<Choice<ActorFilter>> group = combo("mapFilterGroup");
    private final ComboBox<Choice<String>> county = combo("mapFilterCounty");
    private final ComboBox<Choice<String>> municipality = combo("mapFilterMunicipality");
    private final ComboBox<Choice<Long>> branch = combo("mapFilterBranch");
    private final ComboBox<Choice<Long>> forum = combo("mapFilterForum");
    private final Slider date = new Slider();
    private final Slider compareFrom = new Slider();

    MapFilterPanel(NetworkMapViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        bind(group, model.groupProperty());
        bind(county, model.countyProperty());
        bind(municipality, model.municipalityProperty());
        bind(branch, model.branchProperty());
        bind(forum, model.forumProperty());

        var strength = new Slider(1, 5, 1);
        strength.setId("mapFilterStrength");
        strength.setMajorTickUnit(1);
        strength.setMinorTickCount(0);
        strength.setSnapToTicks(true);
        strength.setShowTickLabels(true);
        strength.valueProperty().addListener((obs, was, now) -> model.minStrengthProperty().set((int) Math.round(now.doubleValue())));

        var since = new DatePicker();
        since.setId("mapFilterSince");
        since.setMaxWidth(Double.MAX_VALUE);
        since.valueProperty().bindBidirectional(model.inTouchSinceProperty());

        ComboBox<Choice<Integer>> ego = combo("mapFilterEgo");
        ego.getItems().setAll(new Choice<>(0, messages.get("ui.map.ego.off")), new Choice<>(1, messages.get("ui.map.ego.one")),
                new Choice<>(2, messages.get("ui.map.ego.two")));
        ego.getSelectionModel().select(0);
        ego.valueProperty().addListener((obs, was, now) -> model.egoDepthProperty().set(now == null ? 0 : now.value()));

        var reset = new Button(messages.get("ui.map.filter.reset"));
        reset.setId("mapFilterReset");
        reset.getStyleClass().add(Styles.SMALL);
        reset.setOnAction(e -> {
            List.of(group, county, municipality, branch, forum).forEach(c -> c.getSelectionModel().select(0));
            strength.setValue(1);
            since.setValue(null);
            ego.getSelectionModel().select(0);
        });

        filters.getChildren().addAll(caption("ui.map.filter.group"), group, caption("ui.map.filter.county"), county,
                caption("ui.map.filter.municipality"), municipality, caption("ui.map.filter.branch"), branch,
                caption("ui.map.filter.forum"), forum, caption("ui.map.filter.strength"), strength,
                caption("ui.map.filter.since"), since, caption("ui.map.filter.ego"), ego, reset);

        var dateLabel = new Label();
        dateLabel.setId("mapDateLabel");
        dateLabel.textProperty().bind(model.dateProperty().asString());
        date.setId("mapDate");
        date.valueProperty().addListener((obs, was, now) -> model.dateProperty().set(LocalDate.ofEpochDay(Math.round(now.doubleValue()))));
        var compare = new CheckBox(messages.get("ui.map.compare"));
        compare.setId("mapCompare");
        compare.selectedProperty().bindBidirectional(model.compareProperty());
        var fromLabel = new Label();
        fromLabel.textProperty().bind(model.compareFromProperty().asString());
        compareFrom.setId("mapCompareFrom");
        compareFrom.valueProperty().addListener((obs, was, now) ->
                model.compareFromProperty().set(LocalDate.ofEpochDay(Math.round(now.doubleValue()))));
        compareFrom.disableProperty().bind(compare.selectedProperty().not());
        var counts = new Label();
        counts.setId("mapChangeCounts");
        counts.setWrapText(true);
        counts.getStyleClass().add(Styles.TEXT_BOLD);
        counts.textProperty().bind(model.changeTextProperty());
        time.getChildren().addAll(caption("ui.map.time.date"), dateLabel, date, compare, caption("ui.map.time.from"),
                fromLabel, compareFrom, counts);
        model.modelProperty().addListener((obs, was, now) -> {
            if (now != null) {
                fill(now);
            }
        });
    }

    VBox filters() {
        return filters;
    }

    VBox time() {
        return time;
    }

    /** Offers only the counties, municipalities, branches and forums that occur in the network. */
    private void fill(MapModel m) {
        // each colour group, then the actor types in it that occur on the map, indented under it
        List<Choice<ActorFilter>> groups = new ArrayList<>(List.of(new Choice<>(null, messages.get("ui.map.filter.all"))));
        Map<String, String> typeNames = new TreeMap<>(m.data.actorTypeNames());
        java.util.Set<String> present = new java.util.HashSet<>();
        for (NetworkNode node : m.nodes) {
            if (node.actorType() != null) {
                present.add(node.actorType());
            }
        }
        for (ActorGroup g : ActorGroup.values()) {
            groups.add(new Choice<>(ActorFilter.group(g), messages.get(g.messageKey())));
            present.stream().filter(t -> ActorGroup.ofType(t) == g)
                    .sorted(java.util.Comparator.comparing(t -> typeNames.getOrDefault(t, t)))
                    .forEach(t -> groups.add(new Choice<>(ActorFilter.type(t), "    " + typeNames.getOrDefault(t, t))));
        }
        set(group, groups);
        var nodes = List.of(m.nodes);
        Map<String, String> countyNames = new TreeMap<>();
        m.data.counties().forEach(c -> countyNames.put(c.code(), c.nameSv()));
        set(county, choices(nodes, NetworkNode::countyCode, countyNames));
        Map<String, String> municipalityNames = new TreeMap<>();
        m.data.municipalities().forEach(c -> municipalityNames.put(c.code(), c.nameSv()));
        set(municipality, choices(nodes, NetworkNode::municipalityCode, municipalityNames));
        Map<Long, String> branchNames = new TreeMap<>();
        m.data.branches().forEach(b -> branchNames.put(b.id(), b.name()));
        set(branch, choices(nodes, NetworkNode::branchId, branchNames));
        Map<Long, String> forumNames = new TreeMap<>();
        m.data.seats().forEach(s -> forumNames.put(s.forumId(), s.forumName()));
        set(forum, choices(m.data.seats(), NetworkSeat::forumId, forumNames));
        // remember the dates first: narrowing a slider's range moves its value, which would move the date
        LocalDate shown = model.dateProperty().get();
        LocalDate from = model.compareFromProperty().get();
        long first = m.earliest.toEpochDay();
        long last = model.today().toEpochDay();
        for (Slider s : List.of(date, compareFrom)) {
            s.setMax(Math.max(first + 1, last));
            s.setMin(first);
        }
        date.setValue(shown.toEpochDay());
        compareFrom.setValue(Math.max(first, from.toEpochDay()));
        model.dateProperty().set(shown);
    }

    private <R, T> List<Choice<T>> choices(List<R> rows, Function<R, T> value, Map<T, String> names) {
        List<Choice<T>> list = new ArrayList<>();
        rows.stream().map(value).filter(Objects::nonNull).distinct()
                .forEach(v -> list.add(new Choice<>(v, names.getOrDefault(v, String.valueOf(v)))));
        list.sort(Comparator.comparing(Choice::name));
        list.add(0, new Choice<>(null, messages.get("ui.map.filter.all")));
        return list;
    }

    private static <T> void set(ComboBox<Choice<T>> box, List<Choice<T>> items) {
        T current = box.getValue() == null ? null : box.getValue().value();
        box.getItems().setAll(items);
        box.getSelectionModel().select(items.stream().filter(c -> Objects.equals(c.value(), current)).findFirst().orElse(items.get(0)));
    }

    private static <T> void bind(ComboBox<Choice<T>> box, Property<T> target) {
        box.valueProperty().addListener((obs, was, now) -> target.setValue(now == null ? null : now.value()));
    }

    private static <T> ComboBox<Choice<T>> combo(String id) {
        var box = new ComboBox<Choice<T>>();
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private Label caption(String key) {
        var label = new Label(messages.get(key));
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return label;
    }
}
