package se.samverkan.ui.shell;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import se.samverkan.ui.common.Icons;

/** The left rail: one toggle per working area, icon above a short Swedish label. */
final class NavigationRail extends VBox {

    private final ToggleGroup group = new ToggleGroup();

    NavigationRail() {
        setId("navigationRail");
        getStyleClass().add("nav-rail");
        var mark = new Label(null, Icons.of(org.kordamp.ikonli.feather.Feather.SHIELD, 22));
        mark.getStyleClass().add("nav-mark");
        getChildren().add(mark);
        // A selected area stays selected: clicking it again must not leave the rail with nothing chosen.
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null && was != null) {
                group.selectToggle(was);
            }
        });
    }

    ToggleButton add(String id, Ikon icon, String label, Runnable onSelect) {
        var button = new ToggleButton(label, Icons.of(icon, 20));
        button.setId(id);
        button.getStyleClass().add("nav-item");
        button.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        button.setToggleGroup(group);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMinHeight(Region.USE_PREF_SIZE);
        button.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                onSelect.run();
            }
        });
        getChildren().add(button);
        return button;
    }
}
