package se.samverkan.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samverkan.domain.SearchHit;
import se.samverkan.domain.SearchKind;
import se.samverkan.service.Messages;
import se.samverkan.service.StartupOptions;
import se.samverkan.service.Workspace;
import se.samverkan.service.export.ExportService;
import se.samverkan.ui.common.ListExport;
import se.samverkan.service.calendar.CalendarService;
import se.samverkan.service.forums.ForumCoverageService;
import se.samverkan.service.forums.ForumService;
import se.samverkan.service.home.HomeService;
import se.samverkan.service.home.SearchService;
import se.samverkan.service.network.NetworkMapService;
import se.samverkan.service.network.OrganisationService;
import se.samverkan.service.network.InteractionService;
import se.samverkan.service.network.PartyOverviewService;
import se.samverkan.service.network.PeopleService;
import se.samverkan.service.network.RelationshipService;
import se.samverkan.service.network.StakeholderService;
import se.samverkan.service.funding.FundingService;
import se.samverkan.service.workshops.WorkshopService;
import se.samverkan.ui.calendar.CalendarOpen;
import se.samverkan.ui.calendar.CalendarView;
import se.samverkan.ui.calendar.CalendarViewModel;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;
import se.samverkan.ui.common.SettingsFile;
import se.samverkan.ui.common.OpenFile;
import se.samverkan.ui.common.Theme;
import se.samverkan.ui.common.WindowSettings;
import se.samverkan.ui.forums.ForumsView;
import se.samverkan.ui.forums.ForumsViewModel;
import se.samverkan.ui.home.HomeViewModel;
import se.samverkan.ui.network.NetworkMapView;
import se.samverkan.ui.network.NetworkMapViewModel;
import se.samverkan.ui.search.SearchViewModel;
import se.samverkan.ui.organisations.OrganisationsView;
import se.samverkan.ui.organisations.OrganisationsViewModel;
import se.samverkan.ui.people.PeopleView;
import se.samverkan.ui.people.PeopleViewModel;
import se.samverkan.ui.relations.RelationsScreens;
import se.samverkan.ui.reports.ReportArchiveView;
import se.samverkan.ui.reports.ReportArchiveViewModel;
import se.samverkan.ui.shell.Area;
import se.samverkan.ui.shell.MainWindow;
import se.samverkan.service.costs.CostAllocationService;
import se.samverkan.service.reports.CostAllocationReport;
import se.samverkan.service.reports.ReportArchive;
import se.samverkan.service.goals.GoalService;
import se.samverkan.ui.costs.CostAllocationView;
import se.samverkan.ui.costs.CostAllocationViewModel;
import se.samverkan.ui.goals.GoalsView;
import se.samverkan.ui.goals.GoalsViewModel;
import se.samverkan.ui.funding.FundingView;
import se.samverkan.ui.funding.FundingViewModel;
import se.samverkan.ui.workshops.WorkshopsView;
import se.samverkan.ui.workshops.WorkshopsViewModel;
import se.samverkan.ui.unlock.FirstStartView;
import se.samverkan.ui.unlock.FirstStartViewModel;
import se.samverkan.ui.unlock.OpenedWorkspace;
import se.samverkan.ui.unlock.UnlockView;
import se.samverkan.ui.unlock.UnlockViewModel;

/**
 * The composition root of the window: builds the services and hands them to the views by constructor. The stage is
 * shown with the first-start or unlock view before any database work; the workspace opens in the background and
 * then the main window replaces the start view.
 */
public final class AppWindow {

    private static final Logger LOG = LoggerFactory.getLogger(AppWindow.class);

    private final StartupOptions options;
    private Messages messages;
    private final BackgroundTasks tasks;
    private ErrorMessages errors;
    private final Executor executor;
    private final Clock clock;
    private final DataFolderGate gate;
    private final SettingsFile settingsFile;
    private WindowSettings settings;
    private Theme theme;
    private Stage stage;
    private Workspace workspace;

    public AppWindow(StartupOptions options, Executor executor, Clock clock,
                     BiConsumer<Workspace, BackgroundTasks.Progress> demoFiller) {
        this.options = options;
        this.executor = executor;
        this.clock = clock;
        this.settingsFile = new SettingsFile(options.dataDir());
        this.settings = settingsFile.load();
        this.messages = Messages.of(languageOf(options, settings));
        this.errors = new ErrorMessages(messages);
        // Reads the field on every failure, so a language switch also switches the error texts.
        this.tasks = new BackgroundTasks(executor, e -> errors.describe(e));
        this.gate = new DataFolderGate(options.dataDir(), demoFiller);
    }

    /** {@code --lang} wins; otherwise the language chosen in the window; otherwise the system's. */
    static java.util.Locale languageOf(StartupOptions options, WindowSettings settings) {
        if (!options.languageChosen() && settings.hasLanguage()) {
            return Messages.fromTag(settings.language());
        }
        return options.locale();
    }

    /** Shows the window at once with the view that needs no database: first start or unlock. */
    public void show(Stage target) {
        this.stage = target;
        theme = new Theme(settings.dark());
        theme.darkProperty().addListener((obs, was, now) -> saveSettings());
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setWidth(settings.width());
        stage.setHeight(settings.height());
        if (settings.hasPosition()) {
            stage.setX(settings.x());
            stage.setY(settings.y());
        }
        stage.setMaximized(settings.maximized());

        Parent start;
        Runnable focus;
        if (Workspace.exists(options.dataDir())) {
            var view = new UnlockView(new UnlockViewModel(gate, tasks, errors, this::opened), messages,
                    options.dataDir().toString());
            start = view.root();
            focus = view::focus;
        } else {
            var view = new FirstStartView(new FirstStartViewModel(gate, tasks, errors, messages, this::opened), messages);
            start = view.root();
            focus = view::focus;
        }
        var scene = new Scene(start);
        theme.style(scene);
        stage.setScene(scene);
        stage.show();
        focus.run();
    }

    private void opened(OpenedWorkspace opened) {
        workspace = opened.workspace();
        LOG.info("Workspace opened in the window");
        showMain(opened.notice());
    }

    private void showMain(String notice) {
        var home = new HomeService(workspace, clock, messages.locale());
        var search = new SearchService(workspace, messages.locale());
        var choices = new se.samverkan.service.network.ChoiceService(workspace, messages.locale());
        // The people index takes a moment on a large database: build it before the first keystroke needs it.
        executor.execute(search::prepare);
        var people = new PeopleService(workspace);
        var organisations = new OrganisationService(workspace, messages.locale());
        var interactions = new InteractionService(workspace, clock);
        var homeModel = new HomeViewModel(home::overview, tasks, errors, interactions::markDone);
        var searchModel = new SearchViewModel(search::search, (kind, id) -> search.detail(kind, id), tasks, errors);
        var relations = new RelationsScreens(new RelationsScreens.Services(
                new PartyOverviewService(workspace, clock, messages.locale()), interactions,
                new RelationshipService(workspace, clock), new StakeholderService(workspace, clock), search::search,
                organisations::actorTypes, people::counties), messages, tasks, errors, clock, searchModel::open);
        relations.onChanged(homeModel::refresh);
        LongConsumer openPerson = id -> searchModel.open(new SearchHit(SearchKind.PERSON, id, "", ""));
        LongConsumer openOrganisation = id -> searchModel.open(new SearchHit(SearchKind.ORGANISATION, id, "", ""));
        var export = new ListExport(new ExportService(workspace, messages), tasks, messages);
        var peopleView = new PeopleView(new PeopleViewModel(people, choices::choices, tasks, errors, clock,
                new se.samverkan.service.reports.PersonExtractReport(workspace, messages, clock)), messages, export,
                openPerson);
        var organisationsView = new OrganisationsView(new OrganisationsViewModel(organisations, choices::choices, tasks,
                errors, clock), messages, export, openOrganisation);
        var mapView = new NetworkMapView(new NetworkMapViewModel(new NetworkMapService(workspace, messages.locale()), tasks,
                errors, messages, () -> LocalDate.now(clock)), messages, theme.darkProperty(),
                ref -> (ref.isPerson() ? openPerson : openOrganisation).accept(ref.id()));
        var stakeholders = relations.stakeholderGrid();
        var calendar = new CalendarService(workspace, messages);
        var forumsView = new ForumsView(new ForumsViewModel(new ForumService(workspace, messages.locale(), clock),
                new ForumCoverageService(workspace, messages.locale(), clock), calendar, choices::choices, search::search, tasks,
                errors), messages, export, id -> searchModel.open(new SearchHit(SearchKind.FORUM, id, "", "")));
        var workshopsView = new WorkshopsView(new WorkshopsViewModel(new WorkshopService(workspace, messages.locale(),
                clock), choices::choices, calendar, tasks, errors), messages, export,
                id -> searchModel.open(new SearchHit(SearchKind.WORKSHOP, id, "", "")));
        var calendarView = new CalendarView(new CalendarViewModel(calendar, tasks, errors,
                () -> LocalDate.now(clock)), messages, event -> searchModel.open(CalendarOpen.hit(event)));
        var goalsView = new GoalsView(new GoalsViewModel(new GoalService(workspace, messages.locale(), clock), tasks,
                errors), messages);
        var costsView = new CostAllocationView(new CostAllocationViewModel(new CostAllocationService(workspace, clock),
                new CostAllocationReport(workspace, messages, clock), tasks, errors), messages);
        var politicsView = new se.samverkan.ui.politics.PoliticsView(new se.samverkan.ui.politics.DemandsViewModel(
                new se.samverkan.service.politics.DemandService(workspace, messages.locale(), clock), choices::choices,
                search::search, tasks, errors), new se.samverkan.ui.politics.OnePercentViewModel(
                new se.samverkan.service.politics.OnePercentService(workspace, clock), tasks, errors), messages, export);
        var fundingView = new FundingView(new FundingViewModel(new FundingService(workspace), choices::choices, tasks,
                errors, () -> LocalDate.now(clock)), messages, export);
        var archiveView = new ReportArchiveView(new ReportArchiveViewModel(new ReportArchive(workspace, clock), tasks,
                errors, r -> ReportArchiveView.describe(r, messages), OpenFile::open), messages);
        var main = new MainWindow(homeModel, searchModel, theme, messages, notice, this::switchLanguage,
                relations.partySections(), List.of(
                        new Area("navPeople", Feather.USERS, "ui.nav.people", peopleView.root(), peopleView::shown),
                        new Area("navOrganisations", Feather.BRIEFCASE, "ui.nav.organisations", organisationsView.root(),
                                organisationsView::shown),
                        new Area("navMap", Feather.SHARE_2, "ui.nav.map", mapView.root(), mapView::shown),
                        new Area("navStakeholders", Feather.TARGET, "ui.nav.stakeholders", stakeholders.root(),
                                stakeholders::shown),
                        new Area("navForums", Feather.LAYERS, "ui.nav.forums", forumsView.root(), forumsView::shown),
                        new Area("navWorkshops", Feather.CLIPBOARD, "ui.nav.workshops", workshopsView.root(),
                                workshopsView::shown),
                        new Area("navCalendar", Feather.CALENDAR, "ui.nav.calendar", calendarView.root(),
                                calendarView::shown),
                        new Area("navGoals", Feather.BAR_CHART_2, "ui.nav.goals", goalsView.root(), goalsView::shown),
                        new Area("navPolitics", Feather.MIC, "ui.nav.politics", politicsView.root(),
                                politicsView::shown),
                        new Area("navFunding", Feather.DOLLAR_SIGN, "ui.nav.funding", fundingView.root(),
                                fundingView::shown),
                        new Area("navCosts", Feather.PIE_CHART, "ui.nav.costs", costsView.root(), costsView::shown),
                        new Area("navArchive", Feather.ARCHIVE, "ui.nav.archive", archiveView.root(),
                                archiveView::shown)));
        var reports = new se.samverkan.service.reports.ReportService(workspace, messages, clock);
        Runnable openReports = () -> new se.samverkan.ui.reports.ReportDialog(
                new se.samverkan.ui.reports.ReportDialogModel(reports, tasks), messages, stage, archiveView::refresh).show();
        goalsView.reportAction(openReports);
        var branchTemplate = new se.samverkan.service.goals.BranchTemplate(workspace, clock);
        goalsView.templateAction((branchId, period, file) -> branchTemplate.write(branchId, period, file));
        archiveView.reportAction(openReports);
        stage.getScene().getAccelerators().clear();
        stage.getScene().setRoot(main.root());
        main.installShortcuts(stage.getScene());
        // Ctrl+R: the report dialog from anywhere
        stage.getScene().getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.R,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN), openReports);
    }

    /** Rebuilds the main window in the chosen language and remembers the choice for the next start. */
    private void switchLanguage(java.util.Locale locale) {
        if (locale.getLanguage().equals(messages.locale().getLanguage())) {
            return;
        }
        messages = Messages.of(locale);
        errors = new ErrorMessages(messages);
        settings = current().withLanguage(messages.locale().getLanguage());
        WindowSettings snapshot = settings;
        executor.execute(() -> settingsFile.save(snapshot));
        stage.setTitle(messages.get("app.title"));
        showMain(null);
    }

    /** The texts the window shows now (for the tests). */
    public Messages messages() {
        return messages;
    }

    /** The open workspace, or null before unlocking (for the tests and for closing). */
    public Workspace workspace() {
        return workspace;
    }

    /** Remembers the window and closes the database; called when the window is gone. */
    public void close() {
        if (stage != null) {
            saveSettingsNow();
        }
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }

    private WindowSettings current() {
        boolean maximized = stage.isMaximized();
        return maximized
                ? new WindowSettings(settings.x(), settings.y(), settings.width(), settings.height(), true, theme.isDark(),
                        settings.language())
                : new WindowSettings(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false, theme.isDark(),
                        settings.language());
    }

    /** Theme changes are saved in the background: file I/O stays off the FX thread. */
    private void saveSettings() {
        WindowSettings snapshot = current();
        settings = snapshot;
        executor.execute(() -> settingsFile.save(snapshot));
    }

    private void saveSettingsNow() {
        settings = current();
        settingsFile.save(settings);
    }
}
