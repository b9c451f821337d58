package se.samverkan.ui.common;

import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The save-as dialogs of the exports, each with its file type and a suggested name. */
public final class SaveDialogs {

    /** Asks where to save; null when the user cancels. */
    @FunctionalInterface
    public interface Chooser {
        Path choose(Window owner, String title, String fileName, FileChooser.ExtensionFilter... types);
    }

    private static volatile Chooser chooser = SaveDialogs::nativeDialog;
    /** Where the next native dialog opens; set only for the duration of one call on the FX thread. */
    private static Path initialFolder;

    private SaveDialogs() {
    }

    /** Asks where to write an iCalendar file; null when the user cancels. */
    public static Path ics(Window owner, String title, String fileName) {
        return chooser.choose(owner, title, fileName, new FileChooser.ExtensionFilter("iCalendar", "*.ics"));
    }

    /** Asks where to write a report: PDF first, Excel as the second type; null when the user cancels. */
    public static Path report(Window owner, String title, String fileName, String pdfLabel, String excelLabel) {
        return chooser.choose(owner, title, fileName, new FileChooser.ExtensionFilter(pdfLabel, "*.pdf"),
                new FileChooser.ExtensionFilter(excelLabel, "*.xlsx"));
    }

    /** Asks where to save a copy of a file named {@code fileName}, of its own type; null when the user cancels. */
    public static Path copy(Window owner, String title, String fileName, String typeLabel) {
        int dot = fileName.lastIndexOf('.');
        String pattern = dot < 0 ? "*" : "*" + fileName.substring(dot);
        return chooser.choose(owner, title, fileName, new FileChooser.ExtensionFilter(typeLabel, pattern));
    }

    /** As {@link #report(Window, String, String, String, String)}, opening in {@code folder} when it exists. */
    public static Path report(Window owner, String title, String fileName, String pdfLabel, String excelLabel,
                              Path folder) {
        if (folder != null && java.nio.file.Files.isDirectory(folder)) {
            initialFolder = folder;
        }
        try {
            return report(owner, title, fileName, pdfLabel, excelLabel);
        } finally {
            initialFolder = null;
        }
    }

    /** Asks where to write a document that can be PDF or JSON: PDF first; null when the user cancels. */
    public static Path pdfOrJson(Window owner, String title, String fileName, String pdfLabel, String jsonLabel) {
        return chooser.choose(owner, title, fileName, new FileChooser.ExtensionFilter(pdfLabel, "*.pdf"),
                new FileChooser.ExtensionFilter(jsonLabel, "*.json"));
    }

    /** Asks where to write a list: Excel first, CSV as the second type; null when the user cancels. */
    public static Path table(Window owner, String title, String fileName, String excelLabel, String csvLabel) {
        return chooser.choose(owner, title, fileName, new FileChooser.ExtensionFilter(excelLabel, "*.xlsx"),
                new FileChooser.ExtensionFilter(csvLabel, "*.csv"));
    }

    /**
     * Puts another chooser in place of the system's save dialog, which a window test cannot drive (it is native, not
     * a JavaFX scene); {@code null} puts the system's back.
     */
    public static void replaceChooser(Chooser replacement) {
        chooser = replacement == null ? SaveDialogs::nativeDialog : replacement;
    }

    private static Path nativeDialog(Window owner, String title, String fileName, FileChooser.ExtensionFilter... types) {
        var dialog = new FileChooser();
        dialog.setTitle(title);
        dialog.setInitialFileName(fileName);
        if (initialFolder != null) {
            dialog.setInitialDirectory(initialFolder.toFile());
        }
        dialog.getExtensionFilters().addAll(types);
        var file = dialog.showSaveDialog(owner);
        return file == null ? null : withEnding(file.toPath(), dialog.getSelectedExtensionFilter(), types);
    }

    /**
     * The chosen file with the chosen type's ending when the name has none of the offered ones: some desktops leave
     * it to the program, and the writers choose the format by the ending.
     */
    static Path withEnding(Path file, FileChooser.ExtensionFilter chosen, FileChooser.ExtensionFilter... offered) {
        if (chosen == null || chosen.getExtensions().isEmpty()) {
            return file;
        }
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean hasOne = java.util.Arrays.stream(offered).flatMap(t -> t.getExtensions().stream())
                .anyMatch(e -> name.endsWith(e.replace("*", "")));
        return hasOne ? file : file.resolveSibling(file.getFileName() + chosen.getExtensions().get(0).replace("*", ""));
    }
}
