package se.samverkan.ui.common;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * Lets a toolbar's buttons drop their texts and show only their icons (the text moves to a tooltip) when the bar is
 * narrower than it needs with texts — a laptop screen with the detail pane open — instead of cutting the texts to
 * "…" or pushing the detail pane out of the window. Buttons without an icon keep their text.
 */
public final class CompactToolbar {

    private final HBox bar;
    private boolean compact;
    private double fullWidth;

    private CompactToolbar(HBox bar) {
        this.bar = bar;
    }

    /** Watches {@code bar}'s width from now on; call after its buttons are in it. */
    public static CompactToolbar install(HBox bar) {
        var toolbar = new CompactToolbar(bar);
        bar.getChildren().stream().filter(CompactToolbar::shrinks).map(n -> (Labeled) n)
                .filter(l -> l.getTooltip() == null && l.getText() != null)
                .forEach(l -> l.setTooltip(new Tooltip(l.getText())));
        bar.widthProperty().addListener((obs, was, now) -> toolbar.fit());
        return toolbar;
    }

    private static boolean shrinks(javafx.scene.Node node) {
        return node instanceof Labeled labeled && !(node instanceof javafx.scene.control.Label)
                && labeled.getGraphic() != null;
    }

    private void fit() {
        if (!compact) {
            fullWidth = bar.prefWidth(-1);
        }
        boolean narrow = bar.getWidth() < fullWidth;
        if (narrow != compact) {
            compact = narrow;
            bar.getChildren().stream().filter(CompactToolbar::shrinks)
                    .forEach(n -> ((Labeled) n).setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT));
        }
    }

    /** Whether the buttons show only their icons. */
    public boolean compact() {
        return compact;
    }
}
