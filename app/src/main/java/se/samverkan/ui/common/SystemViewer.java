package se.samverkan.ui.common;

import java.awt.Desktop;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a file the user just saved with the system's viewer (the PDF reader, the spreadsheet program). Where there is
 * no desktop to ask (a server, a headless test, a desktop without a handler) it does nothing and says so: the file
 * is saved either way. Call it off the FX thread: AWT must not start on it (it hangs on macOS).
 */
public final class SystemViewer {

    private static final Logger LOG = LoggerFactory.getLogger(SystemViewer.class);

    private SystemViewer() {
    }

    /** True when the system took the file; false, quietly, when it could not. */
    public static boolean open(Path file) {
        try {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                return false;
            }
            Desktop.getDesktop().open(file.toFile());
            return true;
        } catch (Exception | LinkageError e) {
            // The path is the user's own choice; no record contents in the message.
            LOG.info("No system viewer for a saved file: {}", e.toString());
            return false;
        }
    }
}
