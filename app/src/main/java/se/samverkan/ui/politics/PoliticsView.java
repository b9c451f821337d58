package se.samverkan.ui.politics;

import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import se.samverkan.service.Messages;

/**
 * The Politik area: the demand list ("Krav"), the inspiration catalogue and the 1 % goal, as tabs. Adopting an
 * example switches to the list and opens the prefilled form.
 */
public final class PoliticsView {

    private final TabPane tabs = new TabPane();
    private final DemandsViewModel demands;
    private final OnePercentViewModel onePercent;
    private final DemandsView list;
    private final Tab listTab;
    private final Tab onePercentTab;

    public PoliticsView(DemandsViewModel demands, OnePercentViewModel onePercent, Messages messages,
                        se.samverkan.ui.common.ListExport export) {
        this.demands = demands;
        this.onePercent = onePercent;
        list = new DemandsView(demands, messages, export);
        listTab = new Tab(messages.get("ui.politics.tab.demands"), list.root());
        listTab.setId("politicsDemandsTab");
        var catalogueTab = new Tab(messages.get("ui.politics.tab.catalogue"), new CatalogueView(demands, messages,
                example -> {
                    tabs.getSelectionModel().select(listTab);
                    list.form(demands.service().adopt(example));
                }).root());
        catalogueTab.setId("politicsCatalogueTab");
        onePercentTab = new Tab(messages.get("ui.politics.tab.onePercent"),
                new OnePercentView(onePercent, messages).root());
        onePercentTab.setId("politicsOnePercentTab");
        tabs.getTabs().addAll(listTab, catalogueTab, onePercentTab);
        tabs.getTabs().forEach(t -> t.setClosable(false));
        tabs.setId("politicsTabs");
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now == onePercentTab) {
                onePercent.load();
            }
        });
    }

    public Parent root() {
        return tabs;
    }

    /** Shows the area: reloads the list, the choices and the 1 % figures. */
    public void shown() {
        demands.loadChoices();
        demands.load();
        if (tabs.getSelectionModel().getSelectedItem() == listTab) {
            list.focus();
        } else if (tabs.getSelectionModel().getSelectedItem() == onePercentTab) {
            onePercent.load();
        }
    }
}
