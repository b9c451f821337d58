package se.samverkan.ui.network;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.PartyRef;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.CompactToolbar;
import se.samverkan.ui.common.Icons;

/**
 * Nätverkskarta: the toolbar (search, zoom, node size, layout, pin, "Jag", export), the side panel (filters, time,
 * insights) and the map canvas with its legend. The view only wires controls to {@link NetworkMapViewModel}.
 */
public final class NetworkMapView {

    private final BorderPane root = new BorderPane();
    private final Label saved = new Label();
    private final NetworkMapViewModel model;
    private final Messages messages;
    private final MapCanvas canvas;
    private final MapLegend legend;
    private boolean fitPending = true;

    public NetworkMapView(NetworkMapViewModel model, Messages messages, ObservableBooleanValue dark,
                          Consumer<PartyRef> openDetail) {
        this.model = model;
        this.messages = messages;
        root.setId("networkMapView");
        root.getStyleClass().add("network-map");
        canvas = new MapCanvas(model, dark::get, openDetail);
        legend = new MapLegend(messages);
        legend.rebuild(dark.get());
        dark.addListener((obs, was, now) -> {
            legend.rebuild(now);
            canvas.redraw();
        });

        var filters = new MapFilterPanel(model, messages);
        var insights = new MapInsightPanel(model, messages, this::centre);
        var side = new VBox(section("ui.map.section.filter", filters.filters(), true),
                section("ui.map.section.time", filters.time(), true),
                section("ui.map.section.insight", insights.root(), true));
        side.setId("mapSide");
        var scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(280);
        scroll.setMinWidth(240);
        scroll.getStyleClass().add("map-side");

        StackPane.setAlignment(legend.root(), Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend.root(), new Insets(10));
        var legendToggle = new ToggleButton(null, Icons.of(Feather.INFO));
        legendToggle.setId("mapLegendToggle");
        legendToggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.SMALL);
        legendToggle.setTooltip(new Tooltip(messages.get("ui.map.legend")));
        legendToggle.setSelected(true);
        legend.root().visibleProperty().bind(legendToggle.selectedProperty());
        StackPane.setAlignment(legendToggle, Pos.TOP_RIGHT);
        StackPane.setMargin(legendToggle, new Insets(8));
        var loading = new Label(messages.get("ui.map.loading"));
        loading.visibleProperty().bind(model.busyProperty().and(model.modelProperty().isNull()));
        var stack = new StackPane(canvas, legend.root(), legendToggle, loading);

        root.setTop(toolbar());
        root.setLeft(scroll);
        root.setCenter(stack);
        root.setBottom(statusBar());

        model.frameProperty().addListener((obs, was, now) -> {
            if (now != null && fitPending) {
                fitPending = false;
                canvas.fit();
            }
            canvas.redraw();
        });
        model.modelProperty().addListener((obs, was, now) -> fitPending = true);
        model.selectedProperty().addListener((obs, was, now) -> canvas.redraw());
        model.path().addListener((javafx.collections.ListChangeListener<Integer>) c -> canvas.redraw());
        model.sizeByBetweennessProperty().addListener((obs, was, now) -> canvas.redraw());
    }

    public Parent root() {
        return root;
    }

    /** Called when the area is shown: loads the map the first time. */
    public void shown() {
        if (model.modelProperty().get() == null) {
            model.load();
        }
    }

    private void centre(int node) {
        model.selectedProperty().set(node);
        canvas.centreOn(node);
    }

    private HBox toolbar() {
        var search = new TextField();
        search.setId("mapSearch");
        search.setPromptText(messages.get("ui.map.search.prompt"));
        search.setPrefColumnCount(16);
        var notFound = new Label();
        notFound.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        search.setOnAction(e -> {
            int hit = model.find(search.getText());
            notFound.setText(hit < 0 ? messages.get("ui.map.search.none") : "");
            if (hit >= 0) {
                centre(hit);
            }
        });
        var zoomIn = icon("mapZoomIn", Feather.ZOOM_IN, "ui.map.zoomIn");
        zoomIn.setOnAction(e -> canvas.zoom(1.4));
        var zoomOut = icon("mapZoomOut", Feather.ZOOM_OUT, "ui.map.zoomOut");
        zoomOut.setOnAction(e -> canvas.zoom(1 / 1.4));
        var fit = icon("mapFit", Feather.MAXIMIZE, "ui.map.fit");
        fit.setOnAction(e -> canvas.fit());
        var size = new ToggleButton(messages.get("ui.map.sizeByBetweenness"), Icons.of(Feather.TARGET));
        size.setId("mapSizeBetweenness");
        size.setTooltip(new Tooltip(messages.get("ui.map.sizeByBetweenness.tip")));
        size.selectedProperty().bindBidirectional(model.sizeByBetweennessProperty());
        var relayout = icon("mapRelayout", Feather.REFRESH_CW, "ui.map.relayout");
        relayout.setOnAction(e -> model.relayout());
        relayout.disableProperty().bind(model.busyProperty());
        var unpin = new Button(messages.get("ui.map.unpin"), Icons.of(Feather.X_CIRCLE));
        unpin.setId("mapUnpin");
        unpin.setOnAction(e -> {
            model.unpin(model.selectedProperty().get());
            canvas.redraw();
        });
        var me = new Button(messages.get("ui.map.setMe"), Icons.of(Feather.USER));
        me.setId("mapSetMe");
        me.setTooltip(new Tooltip(messages.get("ui.map.setMe.tip")));
        me.setOnAction(e -> model.setMe(model.selectedProperty().get()));
        model.selectedProperty().addListener((obs, was, now) -> {
            MapModel m = model.modelProperty().get();
            int i = now.intValue();
            unpin.setDisable(m == null || i < 0 || !m.pinned[i]);
            me.setDisable(m == null || i < 0 || !m.nodes[i].ref().isPerson());
        });
        unpin.setDisable(true);
        me.setDisable(true);
        var export = icon("mapExport", Feather.IMAGE, "ui.map.export");
        export.setOnAction(e -> export());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(6, search, notFound, spacer, zoomOut, zoomIn, fit, size, relayout, unpin, me, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("map-toolbar");
        CompactToolbar.install(bar);
        return bar;
    }

    private HBox statusBar() {
        var counts = new Label();
        counts.setId("mapCounts");
        counts.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        counts.textProperty().bind(Bindings.createStringBinding(() -> {
            MapFrame f = model.frameProperty().get();
            return f == null ? "" : messages.get("ui.map.counts", f.visibleNodes, f.edgeCount);
        }, model.frameProperty()));
        var progress = new ProgressBar();
        progress.setId("mapProgress");
        progress.progressProperty().bind(model.progressProperty());
        var cancel = new Button(messages.get("ui.map.cancel"));
        cancel.setId("mapCancel");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setOnAction(e -> model.cancel());
        var busy = new HBox(6, new Label(messages.get("ui.map.layingOut")), progress, cancel);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(model.busyProperty());
        var error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        saved.setId("mapSaved");
        saved.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.SUCCESS);
        var bar = new HBox(12, counts, busy, error, saved);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("map-status");
        return bar;
    }

    private void export() {
        var chooser = new FileChooser();
        chooser.setTitle(messages.get("ui.map.export"));
        chooser.setInitialFileName(messages.get("ui.map.export.fileName") + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file == null) {
            return;
        }
        canvas.paint();
        var image = canvas.canvas().snapshot(null, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        saved.setText("");
        // say where the picture went: the coordinator will look for it when building the slide
        model.export(file.toPath(), w, h, pixels, path -> saved.setText(messages.get("ui.map.export.done", path)));
    }

    private Button icon(String id, Ikon ikon, String tooltipKey) {
        return Icons.button(id, ikon, 16, messages.get(tooltipKey));
    }

    private TitledPane section(String key, Region content, boolean expanded) {
        content.setPadding(new Insets(4, 8, 8, 8));
        var pane = new TitledPane(messages.get(key), content);
        pane.setExpanded(expanded);
        pane.getStyleClass().add(Styles.DENSE);
        return pane;
    }

    /** For the frame-time harness and tests: the canvas. */
    MapCanvas canvas() {
        return canvas;
    }
}
