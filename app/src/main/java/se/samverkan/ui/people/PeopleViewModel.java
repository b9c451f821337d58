package se.samverkan.ui.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import se.samverkan.domain.FilterChoices;
import se.samverkan.domain.Person;
import se.samverkan.domain.PersonFilter;
import se.samverkan.domain.PersonRow;
import se.samverkan.domain.PoliticalOffice;
import se.samverkan.service.network.PeopleService;
import se.samverkan.service.reports.PersonExtractReport;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;
import se.samverkan.ui.common.ListFilters;
import se.samverkan.ui.common.ListLoader;

/**
 * The people list: search text and filters, the matching rows and the opened person with their offices. Loads run in
 * the background; an answer to an older filter than the latest is dropped.
 */
public final class PeopleViewModel {

    /** "Att kontrollera" keeps the records whose verify-by date has passed or falls within this many days. */
    public static final int VERIFY_DUE_DAYS = 30;

    /** The opened person and their political offices (special-category data). */
    public record Opened(Person person, List<PoliticalOffice> offices) {
    }

    private final StringProperty text = new SimpleStringProperty("");
    private final ListFilters filters = new ListFilters();
    private final ObjectProperty<Opened> opened = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> changedId = new SimpleObjectProperty<>();
    private final PeopleService service;
    private final Callable<FilterChoices> choices;
    private final BackgroundTasks tasks;
    private final ErrorMessages errors;
    private final ListLoader<PersonRow> list;
    private final Clock clock;
    private final PersonExtractReport extracts;

    public PeopleViewModel(PeopleService service, BackgroundTasks tasks, ErrorMessages errors) {
        this(service, FilterChoices::empty, tasks, errors, Clock.systemDefaultZone());
    }

    /** {@code choices} reads what the filters and the form offer; {@code clock} says what "today" is. */
    public PeopleViewModel(PeopleService service, Callable<FilterChoices> choices, BackgroundTasks tasks,
                           ErrorMessages errors, Clock clock) {
        this(service, choices, tasks, errors, clock, null);
    }

    /** As above, with the register extract ("Registerutdrag…") of the opened person. */
    public PeopleViewModel(PeopleService service, Callable<FilterChoices> choices, BackgroundTasks tasks,
                           ErrorMessages errors, Clock clock, PersonExtractReport extracts) {
        this.extracts = extracts;
        this.service = service;
        this.choices = choices;
        this.tasks = tasks;
        this.errors = errors;
        this.clock = clock;
        this.list = new ListLoader<>(tasks, errors);
    }

    public StringProperty textProperty() {
        return text;
    }

    public ListFilters filters() {
        return filters;
    }

    /** The län filter (kept for callers from before the filter bar). */
    public StringProperty countyCodeProperty() {
        return filters.place().countyCode();
    }

    public ObservableList<PersonRow> rows() {
        return list.rows();
    }

    public ListLoader<PersonRow> list() {
        return list;
    }

    public ObjectProperty<Opened> openedProperty() {
        return opened;
    }

    public StringProperty errorProperty() {
        return list.error();
    }

    public PeopleService service() {
        return service;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    public ErrorMessages errors() {
        return errors;
    }

    /** The register extract (GDPR art. 15) of the opened person; null when this list offers none. */
    public PersonExtractReport extractReport() {
        return extracts;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The filter the list shows now. */
    public PersonFilter filter() {
        return new PersonFilter(text.get(), filters.actorType().get(), filters.place().countyCode().get(),
                filters.place().municipalityCode().get(), filters.branchId().get(), filters.forumId().get(),
                filters.verifyDue().get() ? today().plusDays(VERIFY_DUE_DAYS) : null);
    }

    /** Reloads the list for the current filter; the view calls this after a short typing pause. */
    public void load() {
        PersonFilter filter = filter();
        list.load(() -> service.list(filter));
    }

    /** Reads the filters' and forms' choices again (organisations, forums… may have changed elsewhere). */
    public void loadChoices() {
        tasks.run(choices).onSuccess(filters.choices()::set).onError(list::fail).start();
    }

    /** Opens the person with {@code id} in the detail pane (nothing when it no longer exists). */
    public void open(long id) {
        tasks.run(() -> service.find(id).map(p -> new Opened(p, service.offices(id))).orElse(null))
                .onSuccess(opened::set)
                .onError(list::fail)
                .start();
    }

    /** The list reloads and the person opens again after a change made elsewhere (form, merge, offices). */
    public void changed(long id) {
        load();
        open(id);
        // Tell the window too, so its detail pane shows the change: clear first so the same id fires again.
        changedId.set(null);
        changedId.set(id);
    }

    /** The id of the person last changed through this list; the view refreshes the window's detail pane. */
    public ObjectProperty<Long> changedIdProperty() {
        return changedId;
    }

    /** Deletes the opened person, then reloads the list. */
    public void deleteOpened() {
        Opened current = opened.get();
        if (current == null) {
            return;
        }
        tasks.run(() -> {
            service.delete(current.person().id());
            return null;
        }).onSuccess(v -> {
            opened.set(null);
            load();
        }).onError(list::fail).start();
    }

    /** "Kontrollerad idag": the opened person's verify-by date moves a year ahead of today. */
    public void markOpenedVerified() {
        Opened current = opened.get();
        if (current == null) {
            return;
        }
        LocalDate today = today();
        tasks.run(() -> service.markVerified(current.person().id(), today))
                .onSuccess(p -> changed(p.id()))
                .onError(list::fail)
                .start();
    }
}
