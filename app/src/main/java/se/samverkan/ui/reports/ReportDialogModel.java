package se.samverkan.ui.reports;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import se.samverkan.domain.Branch;
import se.samverkan.domain.Period;
import se.samverkan.service.reports.BoardReport;
import se.samverkan.service.reports.ReportKind;
import se.samverkan.service.reports.ReportProgress;
import se.samverkan.service.reports.ReportRequest;
import se.samverkan.service.reports.ReportService;
import se.samverkan.ui.common.BackgroundTasks;

/**
 * The report dialog's state: the chosen report, branch, period, parts and file, what is wrong with the choice, and the
 * running write (progress, cancel). The last choices are loaded and remembered through {@link ReportService}.
 */
public final class ReportDialogModel {

    private final ReportService service;
    private final BackgroundTasks tasks;
    private final ObjectProperty<ReportKind> kind = new SimpleObjectProperty<>(ReportKind.BOARD);
    private final ObjectProperty<Branch> branch = new SimpleObjectProperty<>();
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final Map<BoardReport.Section, BooleanProperty> sections = new EnumMap<>(BoardReport.Section.class);
    private final BooleanProperty sensitive = new SimpleBooleanProperty();
    private final StringProperty author = new SimpleStringProperty("");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty openWhenDone = new SimpleBooleanProperty(true);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty problem = new SimpleStringProperty();
    private final ObservableList<Branch> branches = FXCollections.observableArrayList();
    private final ObservableList<Period> periods = FXCollections.observableArrayList();
    private String folder;
    private Task<Path> task;

    public ReportDialogModel(ReportService service, BackgroundTasks tasks) {
        this.service = service;
        this.tasks = tasks;
        for (BoardReport.Section s : BoardReport.Section.values()) {
            sections.put(s, new SimpleBooleanProperty(true));
        }
    }

    /** Reads the branches, periods and last choices in the background; {@code done} runs when they are in. */
    public void load(Runnable done) {
        tasks.run(() -> new Loaded(service.branches(), service.periods(), service.currentPeriod(), service.lastChoices()))
                .onSuccess(loaded -> {
                    branches.setAll(loaded.branches());
                    periods.setAll(loaded.periods());
                    apply(loaded.choices(), loaded.current());
                    done.run();
                }).start();
    }

    private record Loaded(List<Branch> branches, List<Period> periods, Period current, ReportService.Choices choices) {
    }

    private void apply(ReportService.Choices c, Period current) {
        kind.set(c.kind());
        branch.set(branches.stream().filter(b -> c.branchId() != null && b.id() == c.branchId()).findFirst()
                .orElse(branches.isEmpty() ? null : branches.get(0)));
        Period remembered = c.period() == null ? null : periods.stream()
                .filter(p -> p.toString().equals(c.period())).findFirst().orElse(null);
        // the first time, the period that runs now (the list also holds the next one)
        period.set(remembered != null ? remembered : periods.contains(current) ? current
                : periods.isEmpty() ? null : periods.get(0));
        sections.forEach((s, on) -> on.set(c.sections().contains(s)));
        author.set(c.author() == null ? "" : c.author());
        folder = c.folder();
        openWhenDone.set(c.openWhenDone());
    }

    /** A file name for the chosen report: "Avdelningsrapport Norrbotten 2026H2.pdf". */
    public String suggestedFileName(String kindLabel) {
        StringBuilder name = new StringBuilder(kindLabel);
        if (kind.get() == ReportKind.BOARD && branch.get() != null) {
            name.append(' ').append(branch.get().name());
        }
        if (period.get() != null) {
            name.append(' ').append(kind.get().yearOnly() ? Integer.toString(period.get().year()) : period.get());
        }
        return name.toString().replaceAll("[\\\\/:*?\"<>|]", "-") + ".pdf";
    }

    /** The folder the last report went to, for the save dialog; null the first time. */
    public Path folder() {
        return folder == null ? null : Path.of(folder);
    }

    /** Why the choice cannot be written (a bundle key), or empty. */
    public Optional<String> check() {
        if (period.get() == null) {
            return Optional.of("ui.reports.needsPeriod");
        }
        if (file.get() == null) {
            return Optional.of("ui.reports.needsFile");
        }
        return service.problem(request());
    }

    ReportRequest request() {
        Set<BoardReport.Section> chosen = EnumSet.noneOf(BoardReport.Section.class);
        sections.forEach((s, on) -> {
            if (on.get()) {
                chosen.add(s);
            }
        });
        return new ReportRequest(kind.get(), kind.get().needsBranch() && branch.get() != null ? branch.get().id() : null,
                period.get(), chosen, kind.get() == ReportKind.BOARD && sensitive.get(), author.get(), file.get());
    }

    /** Writes the report in the background; {@code done} gets the file, {@code failed} the error. */
    public void write(Consumer<Path> done, Consumer<Throwable> failed, Runnable cancelled) {
        Optional<String> wrong = check();
        if (wrong.isPresent()) {
            problem.set(wrong.get());
            return;
        }
        problem.set(null);
        ReportRequest request = request();
        Path chosenFolder = request.file().toAbsolutePath().getParent();
        var remember = new ReportService.Choices(request.kind(), branch.get() == null ? null : branch.get().id(),
                request.period().toString(), request.sections(), request.author(),
                chosenFolder == null ? null : chosenFolder.toString(), openWhenDone.get());
        running.set(true);
        progress.set(0);
        task = tasks.<Path>runWithProgress(p -> {
            service.remember(remember);
            return service.write(request, new ReportProgress() {
                @Override
                public void update(int done, int total) {
                    p.update(total == 0 ? 0 : (double) done / total, null);
                }

                @Override
                public boolean cancelled() {
                    return p.cancelled();
                }
            });
        }).onSuccess(done).onError(failed).onCancelled(cancelled).andFinally(() -> running.set(false)).start();
        progress.bind(task.progressProperty());
    }

    /** Stops the running write; nothing is written. */
    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    /** Whether a file name ends in a type this report is written as. */
    public static boolean isPdf(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    public ObjectProperty<ReportKind> kind() {
        return kind;
    }

    public ObjectProperty<Branch> branch() {
        return branch;
    }

    public ObjectProperty<Period> period() {
        return period;
    }

    public BooleanProperty section(BoardReport.Section s) {
        return sections.get(s);
    }

    public BooleanProperty sensitive() {
        return sensitive;
    }

    public StringProperty author() {
        return author;
    }

    public ObjectProperty<Path> file() {
        return file;
    }

    public BooleanProperty openWhenDone() {
        return openWhenDone;
    }

    public BooleanProperty running() {
        return running;
    }

    public DoubleProperty progress() {
        return progress;
    }

    public StringProperty problem() {
        return problem;
    }

    public ObservableList<Branch> branches() {
        return branches;
    }

    public ObservableList<Period> periods() {
        return periods;
    }
}
