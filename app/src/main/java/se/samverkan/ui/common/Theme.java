package se.samverkan.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;

/** The AtlantaFX Primer theme, light or dark, plus the application's own stylesheet on each scene. */
public final class Theme {

    private static final String APP_CSS = Theme.class.getResource("/se/samverkan/ui/app.css").toExternalForm();
    private final BooleanProperty dark = new SimpleBooleanProperty();

    public Theme(boolean darkAtStart) {
        dark.addListener((obs, was, now) -> apply());
        dark.set(darkAtStart);
        apply();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public boolean isDark() {
        return dark.get();
    }

    public void toggle() {
        dark.set(!dark.get());
    }

    /** Adds the application stylesheet to a scene once. */
    public void style(Scene scene) {
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
    }

    private void apply() {
        Application.setUserAgentStylesheet(dark.get()
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }
}
