package se.samverkan.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * Binds a combo box of records (counties, branches, forums…) to a property that holds only the record's key (a code
 * or an id), both ways. A {@code null} first item stands for "none"/"all" and shows {@code noneText}.
 */
public final class Choosers {

    private Choosers() {
    }

    public static <T, K> ComboBox<T> bind(ComboBox<T> box, ObservableList<T> items, Property<K> key,
                                          Function<T, K> keyOf, Function<T, String> label, String noneText) {
        box.setPromptText(noneText);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? noneText : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        boolean[] filling = {false};
        Runnable fill = () -> {
            // Replacing the items may move or clear the selection: the key, not the box, says what is chosen.
            filling[0] = true;
            try {
                List<T> all = new ArrayList<>();
                if (noneText != null) {
                    all.add(null);
                }
                all.addAll(items);
                box.getSelectionModel().clearSelection();
                box.getItems().setAll(all);
                box.setValue(find(all, keyOf, key.getValue()));
            } finally {
                filling[0] = false;
            }
        };
        fill.run();
        items.addListener((ListChangeListener<T>) c -> fill.run());
        box.valueProperty().addListener((obs, was, now) -> {
            if (filling[0]) {
                return;
            }
            K k = now == null ? null : keyOf.apply(now);
            if (!Objects.equals(k, key.getValue())) {
                key.setValue(k);
            }
        });
        key.addListener((obs, was, now) -> {
            T item = find(box.getItems(), keyOf, now);
            if (!Objects.equals(box.getValue(), item)) {
                box.setValue(item);
            }
        });
        return box;
    }

    /**
     * A searchable list of records (organisations…) bound to the chosen id; its first entry, {@code noneText}, stands
     * for none (a searchable list cannot hold an empty item).
     */
    public static org.controlsfx.control.SearchableComboBox<se.samverkan.domain.Choice> searchable(
            List<se.samverkan.domain.Choice> choices, Property<Long> id, String noneText, String prompt) {
        long none = 0;
        List<se.samverkan.domain.Choice> items = new ArrayList<>();
        items.add(new se.samverkan.domain.Choice(none, noneText));
        items.addAll(choices);
        var box = new org.controlsfx.control.SearchableComboBox<se.samverkan.domain.Choice>();
        bind(box, javafx.collections.FXCollections.observableArrayList(items), id, c -> c.id() == none ? null : c.id(),
                se.samverkan.domain.Choice::name, null);
        if (id.getValue() == null) {
            box.setValue(items.get(0));
        }
        box.setPromptText(prompt);
        return box;
    }

    private static <T, K> T find(List<T> items, Function<T, K> keyOf, K key) {
        if (key == null) {
            return null;
        }
        return items.stream().filter(i -> i != null && key.equals(keyOf.apply(i))).findFirst().orElse(null);
    }
}
