package se.samverkan.ui.shell;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
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
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.common.Theme;
import se.samverkan.ui.home.HomeView;
import se.samverkan.ui.home.HomeViewModel;
import se.samverkan.ui.relations.PartySections;
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
    private final List<ToggleButton> areaButtons = new ArrayList<>();
    private final HomeViewModel homeModel;
    private final Theme theme;

    /** {@code areas} come after Hem in the rail, in this order; see {@link Area}. */
    public MainWindow(HomeViewModel homeModel, SearchViewModel searchModel, Theme theme, Messages messages,
                      String notice, java.util.function.Consumer<java.util.Locale> languageChooser,
                      PartySections partySections, List<Area> areas) {
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
        for (Area area : areas) {
            areaButtons.add(rail.add(area.id(), area.icon(), messages.get(area.textKey()), () -> {
                content.getChildren().setAll(area.view());
                area.shown().run();
            }));
        }

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

        // thirteen areas do not fit a small laptop screen: the rail scrolls rather than cut the last ones off
        var railScroll = new javafx.scene.control.ScrollPane(rail);
        railScroll.setId("navRailScroll");
        railScroll.setFitToWidth(true);
        railScroll.setFitToHeight(true);
        railScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        railScroll.getStyleClass().add("nav-rail-scroll");
        root.setLeft(railScroll);
        root.setCenter(centre);
        root.setRight(new DetailPane(searchModel, messages, partySections));
        home.setSelected(true);
    }

    public Parent root() {
        return root;
    }

    /** Ctrl+F search, Ctrl+1 home, Ctrl+2… the areas in rail order, Ctrl+D light/dark (Cmd on macOS through SHORTCUT). */
    public void installShortcuts(Scene scene) {
        var accelerators = scene.getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::focus);
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), this::showHome);
        KeyCode[] digits = {KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7,
                KeyCode.DIGIT8, KeyCode.DIGIT9};
        for (int i = 0; i < Math.min(digits.length, areaButtons.size()); i++) {
            ToggleButton button = areaButtons.get(i);
            accelerators.put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN), () -> button.setSelected(true));
        }
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
