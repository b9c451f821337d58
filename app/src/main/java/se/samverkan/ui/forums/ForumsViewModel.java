package se.samverkan.ui.forums;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samverkan.domain.BranchGap;
import se.samverkan.domain.CoverageMatrix;
import se.samverkan.domain.FilterChoices;
import se.samverkan.domain.Forum;
import se.samverkan.domain.ForumFilter;
import se.samverkan.domain.ForumRow;
import se.samverkan.domain.ForumType;
import se.samverkan.domain.MeetingRow;
import se.samverkan.domain.SearchHit;
import se.samverkan.domain.SeatRow;
import se.samverkan.service.forums.ForumCoverageService;
import se.samverkan.service.calendar.CalendarService;
import se.samverkan.service.forums.ForumService;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;
import se.samverkan.ui.common.ListLoader;

/**
 * The Samverkansforum area's state: the filtered forum list, the opened forum with its seats and meetings, the
 * coverage matrix and the three watch lists. Every read and write runs in the background.
 */
public final class ForumsViewModel {

    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty forumType = new SimpleStringProperty();
    private final StringProperty level = new SimpleStringProperty();
    private final StringProperty countyCode = new SimpleStringProperty();
    private final ObservableList<ForumType> types = FXCollections.observableArrayList();
    private final ObjectProperty<FilterChoices> choices = new SimpleObjectProperty<>(FilterChoices.empty());
    private final ObjectProperty<Forum> opened = new SimpleObjectProperty<>();
    private final ObservableList<SeatRow> seats = FXCollections.observableArrayList();
    private final ObservableList<MeetingRow> meetings = FXCollections.observableArrayList();
    private final BooleanProperty byBranch = new SimpleBooleanProperty();
    private final ObjectProperty<CoverageMatrix> matrix = new SimpleObjectProperty<>();
    private final ObservableList<SeatRow> termsEnding = FXCollections.observableArrayList();
    private final ObservableList<ForumRow> withoutUnionSeat = FXCollections.observableArrayList();
    private final ObservableList<BranchGap> gaps = FXCollections.observableArrayList();
    private final ObjectProperty<Long> changedId = new SimpleObjectProperty<>();
    private final ForumService service;
    private final ForumCoverageService coverage;
    private final CalendarService calendar;
    private final Callable<FilterChoices> choiceSource;
    private final Function<String, List<SearchHit>> search;
    private final BackgroundTasks tasks;
    private final ErrorMessages errors;
    private final ListLoader<ForumRow> list;

    /** @param calendar checks a meeting's day for holidays and double bookings */
    public ForumsViewModel(ForumService service, ForumCoverageService coverage, CalendarService calendar,
                           Callable<FilterChoices> choices, Function<String, List<SearchHit>> search,
                           BackgroundTasks tasks, ErrorMessages errors) {
        this.service = service;
        this.calendar = calendar;
        this.coverage = coverage;
        this.choiceSource = choices;
        this.search = search;
        this.tasks = tasks;
        this.errors = errors;
        this.list = new ListLoader<>(tasks, errors);
    }

    CalendarService calendar() {
        return calendar;
    }

    public ForumFilter filter() {
        return new ForumFilter(text.get(), forumType.get(), level.get(), countyCode.get());
    }

    public void load() {
        ForumFilter filter = filter();
        list.load(() -> service.list(filter));
    }

    /** Reads the forum types and what the forms offer (counties, branches, organisations) again. */
    public void loadChoices() {
        tasks.run(() -> java.util.Map.entry(service.types(), choiceSource.call())).onSuccess(found -> {
            types.setAll(found.getKey());
            choices.set(found.getValue());
        }).onError(list::fail).start();
    }

    /** Opens the forum with {@code id}: its record, seats and meetings. */
    public void open(long id) {
        tasks.run(() -> new Opened(service.find(id).orElse(null), service.seats(id), service.meetings(id)))
                .onSuccess(o -> {
                    opened.set(o.forum());
                    seats.setAll(o.seats());
                    meetings.setAll(o.meetings());
                }).onError(list::fail).start();
    }

    private record Opened(Forum forum, List<SeatRow> seats, List<MeetingRow> meetings) {
    }

    /** After a change: the list, the opened forum and the watch lists show it; the window's detail pane too. */
    public void changed(long forumId) {
        load();
        open(forumId);
        loadCoverage();
        changedId.set(null);
        changedId.set(forumId);
    }

    public void deleteOpened() {
        Forum forum = opened.get();
        if (forum == null) {
            return;
        }
        tasks.run(() -> {
            service.delete(forum.id());
            return null;
        }).onSuccess(v -> {
            opened.set(null);
            seats.clear();
            meetings.clear();
            load();
            loadCoverage();
        }).onError(list::fail).start();
    }

    /** "Avsluta platsen": the seat's term ends today. */
    public void endSeat(SeatRow seat) {
        LocalDate today = service.today();
        tasks.run(() -> service.endSeat(seat.id(), today)).onSuccess(s -> changed(s.forumId())).onError(list::fail)
                .start();
    }

    public void deleteSeat(SeatRow seat) {
        tasks.run(() -> {
            service.deleteSeat(seat.id());
            return null;
        }).onSuccess(v -> changed(seat.forumId())).onError(list::fail).start();
    }

    public void deleteMeeting(MeetingRow meeting) {
        tasks.run(() -> {
            service.deleteMeeting(meeting.meeting().id());
            return null;
        }).onSuccess(v -> changed(meeting.meeting().forumId())).onError(list::fail).start();
    }

    /** The coverage matrix (rows as {@link #byBranchProperty()} says) and the three watch lists. */
    public void loadCoverage() {
        boolean branches = byBranch.get();
        tasks.run(() -> new Watch(coverage.matrix(branches), coverage.termsEnding(), coverage.forumsWithoutUnionSeat(),
                coverage.branchGaps())).onSuccess(w -> {
                    matrix.set(w.matrix());
                    termsEnding.setAll(w.ending());
                    withoutUnionSeat.setAll(w.without());
                    gaps.setAll(w.gaps());
                }).onError(list::fail).start();
    }

    private record Watch(CoverageMatrix matrix, List<SeatRow> ending, List<ForumRow> without, List<BranchGap> gaps) {
    }

    /** A click on a coverage cell: the list shows the forums of that type (and county, when rows are counties). */
    public void showCell(String type, String county) {
        text.set("");
        level.set(null);
        countyCode.set(county);
        forumType.set(type);
        load();
    }

    public void clearFilters() {
        forumType.set(null);
        level.set(null);
        countyCode.set(null);
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty forumTypeProperty() {
        return forumType;
    }

    public StringProperty levelProperty() {
        return level;
    }

    public StringProperty countyCodeProperty() {
        return countyCode;
    }

    public ObservableList<ForumType> types() {
        return types;
    }

    public ObjectProperty<FilterChoices> choicesProperty() {
        return choices;
    }

    public ListLoader<ForumRow> list() {
        return list;
    }

    public ObjectProperty<Forum> openedProperty() {
        return opened;
    }

    public ObservableList<SeatRow> seats() {
        return seats;
    }

    public ObservableList<MeetingRow> meetings() {
        return meetings;
    }

    public BooleanProperty byBranchProperty() {
        return byBranch;
    }

    public ObjectProperty<CoverageMatrix> matrixProperty() {
        return matrix;
    }

    public ObservableList<SeatRow> termsEnding() {
        return termsEnding;
    }

    public ObservableList<ForumRow> withoutUnionSeat() {
        return withoutUnionSeat;
    }

    public ObservableList<BranchGap> gaps() {
        return gaps;
    }

    public ObjectProperty<Long> changedIdProperty() {
        return changedId;
    }

    public ForumService service() {
        return service;
    }

    public Function<String, List<SearchHit>> search() {
        return search;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    public ErrorMessages errors() {
        return errors;
    }
}
