package se.samverkan.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.SearchHit;
import se.samverkan.domain.SearchKind;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.common.Theme;
import se.samverkan.ui.home.HomeView;
import se.samverkan.ui.home.HomeViewModel;
import se.samverkan.ui.network.NetworkMapView;
import se.samverkan.ui.network.NetworkMapViewModel;
import se.samverkan.ui.organisations.OrganisationsView;
import se.samverkan.ui.organisations.OrganisationsViewModel;
import se.samverkan.ui.people.PeopleView;
import se.samverkan.ui.people.PeopleViewModel;
import se.samverkan.ui.relations.PartySections;
import se.samverkan.ui.relations.StakeholderGridView;
import se.samverkan.ui.search.DetailPane;
import se.samverkan.ui.search.SearchBox;
import se.samverkan.ui.search.SearchViewModel;

/**
 * The main window's frame: navigation rail on the left, top bar with the global search and the theme switch, the
 * current area in the middle and the opened record on the right. Only areas that work are in the rail.
 */
public final class MainWindow {

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final SearchBox search;
    private final ToggleButton home;
    private final ToggleButton people;
    private final ToggleButton organisations;
    private final ToggleButton map;
    private final ToggleButton stakeholders;
    private final ToggleButton forums;
    private final ToggleButton calendar;
    private final ToggleButton workshops;
    private final HomeViewModel homeModel;
    private final Theme theme;

    public MainWindow(HomeViewModel homeModel, SearchViewModel searchModel, Theme theme, Messages messages,
                      String notice, java.util.function.Consumer<java.util.Locale> languageChooser,
                      PeopleViewModel peopleModel, OrganisationsViewModel organisationsModel,
                      PartySections partySections, StakeholderGridView stakeholderView,
                      NetworkMapViewModel mapModel, se.samverkan.ui.forums.ForumsView forumsView,
                      se.samverkan.ui.workshops.WorkshopsViewModel workshopsModel,
                      se.samverkan.ui.calendar.CalendarViewModel calendarModel) {
        this.homeModel = homeModel;
        this.theme = theme;
        root.setId("mainWindow");
        root.getStyleClass().add("main-window");
        var homeView = new HomeView(homeModel, messages);
        search = new SearchBox(searchModel, messages);

        var rail = new NavigationRail();
        home = rail.add("navHome", Feather.HOME, messages.get("ui.nav.home"), () -> {
            content.getChildren().setAll(homeView.root());
            homeModel.refresh();
        });

        var peopleView = new PeopleView(peopleModel, messages, id -> searchModel.open(
                new SearchHit(SearchKind.PERSON, id, "", "")));
        people = rail.add("navPeople", Feather.USERS, messages.get("ui.nav.people"), () -> {
            content.getChildren().setAll(peopleView.root());
            peopleView.shown();
        });

        var organisationsView = new OrganisationsView(organisationsModel, messages, id -> searchModel.open(
                new SearchHit(SearchKind.ORGANISATION, id, "", "")));
        organisations = rail.add("navOrganisations", Feather.BRIEFCASE, messages.get("ui.nav.organisations"), () -> {
            content.getChildren().setAll(organisationsView.root());
            organisationsView.shown();
        });

        var mapView = new NetworkMapView(mapModel, messages, theme.darkProperty(), ref -> searchModel.open(
                new SearchHit(ref.isPerson() ? SearchKind.PERSON : SearchKind.ORGANISATION, ref.id(), "", "")));
        map = rail.add("navMap", Feather.SHARE_2, messages.get("ui.nav.map"), () -> {
            content.getChildren().setAll(mapView.root());
            mapView.shown();
        });

        stakeholders = rail.add("navStakeholders", Feather.TARGET, messages.get("ui.nav.stakeholders"), () -> {
            content.getChildren().setAll(stakeholderView.root());
            stakeholderView.shown();
        });

        forums = rail.add("navForums", Feather.LAYERS, messages.get("ui.nav.forums"), () -> {
            content.getChildren().setAll(forumsView.root());
            forumsView.shown();
        });

        var workshopsView = new se.samverkan.ui.workshops.WorkshopsView(workshopsModel, messages,
                id -> searchModel.open(new SearchHit(SearchKind.WORKSHOP, id, "", "")));
        workshops = rail.add("navWorkshops", Feather.CLIPBOARD, messages.get("ui.nav.workshops"), () -> {
            content.getChildren().setAll(workshopsView.root());
            workshopsView.shown();
        });

        var calendarView = new se.samverkan.ui.calendar.CalendarView(calendarModel, messages, event -> searchModel.open(
                se.samverkan.ui.calendar.CalendarOpen.hit(event)));
        calendar = rail.add("navCalendar", Feather.CALENDAR, messages.get("ui.nav.calendar"), () -> {
            content.getChildren().setAll(calendarView.root());
            calendarView.shown();
        });

        var themeButton = new Button(null, Icons.of(Feather.MOON));
        themeButton.setId("themeToggle");
        themeButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        themeButton.setTooltip(new Tooltip(messages.get("ui.theme.toggle")));
        themeButton.setOnAction(e -> theme.toggle());
        theme.darkProperty().addListener((obs, was, now) -> themeButton.setGraphic(Icons.of(now ? Feather.SUN : Feather.MOON)));
        themeButton.setGraphic(Icons.of(theme.isDark() ? Feather.SUN : Feather.MOON));

        var searchNode = search.node();
        HBox.setHgrow(searchNode, Priority.SOMETIMES);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var topBar = new HBox(12, searchNode, spacer, new LanguageMenu(messages, languageChooser).node(), themeButton);
        topBar.setId("topBar");
        topBar.getStyleClass().add("top-bar");
        topBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        var centre = new VBox(topBar);
        if (notice != null && !notice.isBlank()) {
            var banner = new Label(notice, Icons.of(Feather.INFO));
            banner.setId("notice");
            banner.getStyleClass().add("notice-banner");
            banner.setMaxWidth(Double.MAX_VALUE);
            centre.getChildren().add(banner);
        }
        centre.getChildren().add(content);
        VBox.setVgrow(content, Priority.ALWAYS);

        root.setLeft(rail);
        root.setCenter(centre);
        root.setRight(new DetailPane(searchModel, messages, partySections));
        home.setSelected(true);
    }

    public Parent root() {
        return root;
    }

    /** Ctrl+F search, Ctrl+1 home, Ctrl+2 people, Ctrl+3 organisations, Ctrl+4 network map, Ctrl+5 stakeholders, Ctrl+6 forums, Ctrl+7 workshops, Ctrl+8 calendar, Ctrl+D light/dark (Cmd on macOS through SHORTCUT). */
    public void installShortcuts(Scene scene) {
        var accelerators = scene.getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::focus);
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), this::showHome);
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), () -> people.setSelected(true));
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN),
                () -> organisations.setSelected(true));
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN), () -> map.setSelected(true));
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN),
                () -> stakeholders.setSelected(true));
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT6, KeyCombination.SHORTCUT_DOWN), () -> forums.setSelected(true));
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT7, KeyCombination.SHORTCUT_DOWN),
                () -> workshops.setSelected(true));
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT8, KeyCombination.SHORTCUT_DOWN), () -> calendar.setSelected(true));
        accelerators.put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), theme::toggle);
    }

    private void showHome() {
        if (home.isSelected()) {
            homeModel.refresh();
        } else {
            home.setSelected(true);
        }
    }
}
