package se.samverkan.ui.shell;

import javafx.scene.Parent;
import org.kordamp.ikonli.Ikon;

/**
 * One area of the window (Personer, Nätverkskarta, Kalender…): its place in the navigation rail and its view.
 * The rail lists the areas after Hem in the order given, and Ctrl+2, Ctrl+3… open them in that order.
 *
 * @param id      the rail button's node id (for tests and the look-up of shortcuts)
 * @param textKey the rail label's bundle key; keep it short, the rail is narrow
 * @param shown   called each time the area is shown (load or refresh its data)
 */
public record Area(String id, Ikon icon, String textKey, Parent view, Runnable shown) {
}
