package se.samverkan.ui.politics;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samverkan.domain.OnePercentRow;
import se.samverkan.domain.OnePercentYear;
import se.samverkan.service.politics.OnePercentService;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

/** The 1 % goal per branch and the trend per year, read in the background each time the tab is shown. */
public final class OnePercentViewModel {

    private final ObservableList<OnePercentRow> rows = FXCollections.observableArrayList();
    private final ObservableList<OnePercentYear> trend = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private final OnePercentService service;
    private final BackgroundTasks.Latest latest;
    private final ErrorMessages errors;

    public OnePercentViewModel(OnePercentService service, BackgroundTasks tasks, ErrorMessages errors) {
        this.service = service;
        this.latest = tasks.latest();
        this.errors = errors;
    }

    public void load() {
        latest.run(service::overview, found -> {
            error.set("");
            rows.setAll(found.rows());
            trend.setAll(found.trend());
        }, e -> error.set(errors.describe(e)));
    }

    public ObservableList<OnePercentRow> rows() {
        return rows;
    }

    public ObservableList<OnePercentYear> trend() {
        return trend;
    }

    StringProperty error() {
        return error;
    }
}
