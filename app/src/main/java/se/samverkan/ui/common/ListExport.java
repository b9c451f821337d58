package se.samverkan.ui.common;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToLongFunction;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.service.Messages;
import se.samverkan.service.export.ExportService;
import se.samverkan.service.export.ListKind;

/**
 * "Exportera…" for a list in the window: what the table shows (search and filters applied, in its order) goes to
 * {@code .xlsx} or {@code .csv}. Asks for the CSV separator and, for lists with special-category data, whether to
 * include it ({@link ExportOptionsDialog}), then where to save; writes in the background and says how many rows
 * went where.
 */
public final class ListExport {

    private final ExportService service;
    private final BackgroundTasks tasks;
    private final Messages messages;

    public ListExport(ExportService service, BackgroundTasks tasks, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
    }

    /**
     * The button ({@code <prefix>Export}) exporting the rows {@code table} shows; {@code id} gives a row's record id,
     * the first column of every export. Disabled while the table is empty.
     */
    public <R> Button button(String prefix, ListKind kind, TableView<R> table, ToLongFunction<R> id) {
        var button = new Button(messages.get("ui.export"), Icons.of(Feather.DOWNLOAD));
        button.setId(prefix + "Export");
        button.disableProperty().bind(Bindings.isEmpty(table.getItems()));
        button.setOnAction(e -> {
            List<Long> shown = table.getItems().stream().map(id::applyAsLong).toList();
            export(table.getScene().getWindow(), kind, shown);
        });
        return button;
    }

    private void export(Window owner, ListKind kind, List<Long> shown) {
        var options = new ExportOptionsDialog(messages, kind.hasSensitiveColumns(), shown.size()).ask(owner);
        if (options.isEmpty()) {
            return;
        }
        String name = messages.get("ui.export.fileName", messages.get("export.sheet." + kind.cliName()),
                LocalDate.now().toString());
        Path file = SaveDialogs.table(owner, messages.get("ui.export.title"), name, messages.get("ui.export.excel"),
                messages.get("ui.export.csv"));
        if (file == null) {
            return;
        }
        char separator = options.get().separator();
        boolean sensitive = options.get().includeSensitive();
        tasks.run(() -> service.writeShown(kind, shown, file, sensitive, separator))
                .onSuccess(rows -> Alerts.inform(owner, messages, "exportDone",
                        messages.get("ui.export.done", rows, file.toString())))
                .onError(failed -> Alerts.error(owner, messages, "exportFailed",
                        messages.get("ui.export.failed", file.toString())))
                .start();
    }
}
