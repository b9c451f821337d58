package se.samverkan.ui.costs;

import java.math.BigDecimal;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samverkan.domain.CostAllocation;
import se.samverkan.service.costs.CostAllocationService;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

/** The chosen year, its allocation (read in the background, newest wins), and saving the cost and member figures. */
public final class CostAllocationViewModel {

    private final CostAllocationService service;
    private final se.samverkan.service.reports.CostAllocationReport report;
    private final BackgroundTasks tasks;
    private final ErrorMessages errors;
    private final BackgroundTasks.Latest loads;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<CostAllocation> allocation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    public CostAllocationViewModel(CostAllocationService service, se.samverkan.service.reports.CostAllocationReport report,
                                   BackgroundTasks tasks, ErrorMessages errors) {
        this.service = service;
        this.report = report;
        this.tasks = tasks;
        this.errors = errors;
        this.loads = tasks.latest();
        year.addListener((obs, was, now) -> reload());
    }

    /** Reads the years; the current year is chosen the first time. */
    public void load() {
        tasks.run(service::years).onSuccess(found -> {
            Integer chosen = year.get();
            years.setAll(found);
            if (chosen == null) {
                year.set(java.time.Year.now().getValue());
            } else {
                reload();
            }
        }).onError(this::fail).start();
    }

    void reload() {
        Integer y = year.get();
        if (y == null) {
            return;
        }
        loads.run(() -> service.allocation(y), a -> {
            error.set(null);
            allocation.set(a);
        }, this::fail);
    }

    void saveCost(BigDecimal total) {
        int y = year.get();
        tasks.run(() -> {
            service.setCost(y, total);
            return null;
        }).onSuccess(v -> reload()).onError(this::fail).start();
    }

    void saveMembers(long branchId, Integer members) {
        int y = year.get();
        tasks.run(() -> {
            service.setMembers(branchId, y, members);
            return null;
        }).onSuccess(v -> reload()).onError(this::fail).start();
    }

    /** Writes the chosen year's report (.pdf or .xlsx) in the background; {@code done} gets the file. */
    void writeReport(java.nio.file.Path file, java.util.function.Consumer<java.nio.file.Path> done) {
        int y = year.get();
        tasks.run(() -> {
            report.write(y, file);
            return file;
        }).onSuccess(done::accept).onError(this::fail).start();
    }

    private void fail(Throwable e) {
        error.set(errors.describe(e));
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> year() {
        return year;
    }

    public ReadOnlyObjectProperty<CostAllocation> allocation() {
        return allocation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }
}
