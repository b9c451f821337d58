package se.samverkan.ui.network;

import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;


/**
 * The drawing surface: one {@link Canvas} for the whole network (thousands of scene-graph nodes would not pan at
 * 30 fps), redrawn at most once per pulse when something changed. Drag the background to pan, scroll to zoom around
 * the cursor, drag a node to move and pin it, click a node to open it, hover for its summary card.
 */
final class MapCanvas extends Pane {

    private static final double CLICK_SLOP = 4;
    private final Canvas canvas = new Canvas();
    private final Label card = new Label();
    private final NetworkMapViewModel model;
    private final MapRenderer renderer = new MapRenderer();
    private final Viewport view = new Viewport();
    private final java.util.function.BooleanSupplier dark;
    private final AnimationTimer pulse;
    private boolean dirty = true;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private int dragged = -1;
    private boolean moved;

    private final java.util.function.Consumer<se.samverkan.domain.PartyRef> onOpen;

    MapCanvas(NetworkMapViewModel model, java.util.function.BooleanSupplier dark,
              java.util.function.Consumer<se.samverkan.domain.PartyRef> onOpen) {
        this.model = model;
        this.onOpen = onOpen;
        this.dark = dark;
        setId("mapCanvas");
        getStyleClass().add("map-canvas");
        setMinSize(200, 200);
        canvas.setFocusTraversable(true);
        card.getStyleClass().add("map-card");
        card.setId("mapCard");
        card.setVisible(false);
        card.setManaged(false);
        card.setMouseTransparent(true);
        card.setPadding(new Insets(6, 10, 6, 10));
        getChildren().addAll(canvas, card);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener((obs, was, now) -> redraw());
        canvas.heightProperty().addListener((obs, was, now) -> redraw());
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(this::released);
        setOnMouseMoved(this::hover);
        setOnMouseExited(e -> {
            model.hoveredProperty().set(-1);
            card.setVisible(false);
        });
        setOnScroll(this::scrolled);
        pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (dirty) {
                    dirty = false;
                    paint();
                }
            }
        };
        sceneProperty().addListener((obs, was, now) -> {
            if (now == null) {
                pulse.stop();
            } else {
                pulse.start();
            }
        });
    }

    Viewport viewport() {
        return view;
    }

    Canvas canvas() {
        return canvas;
    }

    /** Asks for a repaint on the next pulse (several requests in one pulse paint once). */
    void redraw() {
        dirty = true;
    }

    /** Paints now (for the snapshot of an export and for the frame-time harness). */
    void paint() {
        var hl = new MapRenderer.Highlight(model.selectedProperty().get(), model.hoveredProperty().get(), model.path(),
                model.sizeByBetweennessProperty().get(), dark.getAsBoolean());
        renderer.draw(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), model.modelProperty().get(),
                model.frameProperty().get(), view, hl);
    }

    /** Shows every visible node. */
    void fit() {
        MapModel m = model.modelProperty().get();
        MapFrame f = model.frameProperty().get();
        if (m == null || f == null) {
            return;
        }
        double[] b = m.bounds(f.visible);
        if (b != null) {
            view.fit(b[0], b[1], b[2], b[3], Math.max(getWidth(), 400), Math.max(getHeight(), 300), 40);
        }
        redraw();
    }

    void zoom(double factor) {
        view.zoomAt(factor, getWidth() / 2, getHeight() / 2);
        redraw();
    }

    /** Centres the map on a node and zooms in far enough to read its neighbours' names. */
    void centreOn(int node) {
        MapModel m = model.modelProperty().get();
        if (m == null || node < 0) {
            return;
        }
        if (view.scale() < 1) {
            view.zoomAt(1 / view.scale(), getWidth() / 2, getHeight() / 2);
        }
        view.centreOn(m.x[node], m.y[node], getWidth(), getHeight());
        redraw();
    }

    private int nodeAt(double sx, double sy) {
        MapModel m = model.modelProperty().get();
        MapFrame f = model.frameProperty().get();
        return m == null || f == null ? -1
                : MapGeometry.nodeAt(m, f, view, model.sizeByBetweennessProperty().get(), sx, sy);
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        moved = false;
        dragged = e.getButton() == MouseButton.PRIMARY ? nodeAt(e.getX(), e.getY()) : -1;
        card.setVisible(false);
    }

    private void dragged(MouseEvent e) {
        if (Math.abs(e.getX() - pressX) > CLICK_SLOP || Math.abs(e.getY() - pressY) > CLICK_SLOP) {
            moved = true;
        }
        if (!moved) {
            return;
        }
        MapModel m = model.modelProperty().get();
        if (dragged >= 0 && m != null) {
            m.x[dragged] = view.toMapX(e.getX());
            m.y[dragged] = view.toMapY(e.getY());
            setCursor(Cursor.CLOSED_HAND);
        } else {
            view.pan(e.getX() - lastX, e.getY() - lastY);
            setCursor(Cursor.MOVE);
        }
        lastX = e.getX();
        lastY = e.getY();
        redraw();
    }

    private void released(MouseEvent e) {
        setCursor(Cursor.DEFAULT);
        if (dragged >= 0 && moved) {
            model.dropped(dragged);
        } else if (!moved && e.getButton() == MouseButton.PRIMARY) {
            int hit = nodeAt(e.getX(), e.getY());
            if (hit >= 0) {
                onOpen.accept(model.open(hit));
            } else {
                model.selectedProperty().set(-1);
            }
        }
        dragged = -1;
        redraw();
    }

    private void hover(MouseEvent e) {
        int hit = nodeAt(e.getX(), e.getY());
        if (hit != model.hoveredProperty().get()) {
            model.hoveredProperty().set(hit);
            redraw();
        }
        if (hit < 0) {
            card.setVisible(false);
            setCursor(Cursor.DEFAULT);
            return;
        }
        setCursor(Cursor.HAND);
        card.setText(model.summary(hit));
        card.autosize();
        double x = e.getX() + 16;
        double y = e.getY() + 16;
        if (x + card.getWidth() > getWidth()) {
            x = e.getX() - card.getWidth() - 12;
        }
        if (y + card.getHeight() > getHeight()) {
            y = e.getY() - card.getHeight() - 12;
        }
        card.relocate(Math.max(0, x), Math.max(0, y));
        card.setVisible(true);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        view.zoomAt(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
        redraw();
        e.consume();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        card.resize(card.prefWidth(-1), card.prefHeight(-1));
    }
}
