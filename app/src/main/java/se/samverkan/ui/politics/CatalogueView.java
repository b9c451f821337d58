package se.samverkan.ui.politics;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.CatalogueDemand;
import se.samverkan.domain.PolicyArea;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Icons;

/**
 * The "Inspirationskatalog" tab: seed 002's example demands with policy area and level, the chosen one's whole text,
 * and "Anta som avdelningens krav…", which opens the demand form prefilled for the coordinator to add branch and place.
 */
final class CatalogueView {

    private final VBox root = new VBox(10);

    /** @param adopt opens the form for the chosen example */
    CatalogueView(DemandsViewModel model, Messages messages, Consumer<CatalogueDemand> adopt) {
        root.setId("catalogueView");
        root.getStyleClass().add("area");
        root.setPadding(new Insets(16, 24, 12, 24));
        var heading = new Label(messages.get("ui.catalogue.heading"));
        heading.getStyleClass().add(Styles.TITLE_3);

        var table = new TableView<>(model.catalogue());
        table.setId("catalogueTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("export.column.title"), CatalogueDemand::title, 320));
        table.getColumns().add(column(messages.get("ui.demands.field.area"), c -> model.areas().stream()
                .filter(a -> a.code().equals(c.policyArea())).map(PolicyArea::nameSv).findFirst()
                .orElse(c.policyArea()), 260));
        table.getColumns().add(column(messages.get("ui.demands.field.level"),
                c -> messages.get("ui.level." + c.level()), 120));
        VBox.setVgrow(table, Priority.ALWAYS);

        var text = new Label(messages.get("ui.catalogue.choose"));
        text.setId("catalogueText");
        text.setWrapText(true);
        text.setMinHeight(60);
        var adoptButton = new Button(messages.get("ui.catalogue.adopt"), Icons.of(Feather.PLUS));
        adoptButton.setId("catalogueAdopt");
        adoptButton.getStyleClass().add(Styles.ACCENT);
        var chosen = table.getSelectionModel().selectedItemProperty();
        adoptButton.disableProperty().bind(chosen.isNull());
        adoptButton.setOnAction(e -> adopt.accept(chosen.get()));
        chosen.addListener((obs, was, now) -> text.setText(now == null ? messages.get("ui.catalogue.choose")
                : now.body()));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && chosen.get() != null) {
                adopt.accept(chosen.get());
            }
        });
        var spacer = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        var top = new javafx.scene.layout.HBox(12, heading, spacer, adoptButton);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // the chosen example's whole text sits above the list, where the eye is when choosing
        text.getStyleClass().add("catalogue-text");
        root.getChildren().addAll(top, text, table);
    }

    private static TableColumn<CatalogueDemand, String> column(String title,
                                                               java.util.function.Function<CatalogueDemand, String> value,
                                                               double width) {
        var column = new TableColumn<CatalogueDemand, String>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    VBox root() {
        return root;
    }
}
