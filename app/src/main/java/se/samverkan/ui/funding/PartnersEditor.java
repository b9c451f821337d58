package se.samverkan.ui.funding;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.service.Messages;
import se.samverkan.service.funding.FundingService;
import se.samverkan.ui.common.Choosers;
import se.samverkan.ui.common.FieldMessages;
import se.samverkan.ui.common.Icons;

/**
 * The Partner tab: the organisations taking part besides the owner, each as partner, co-operation partner or
 * co-financier. Node ids start with {@code partner_}.
 */
final class PartnersEditor {

    private final VBox root = new VBox(10);

    PartnersEditor(FundingFormModel form, Messages messages) {
        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        Runnable rebuild = () -> {
            grid.getChildren().clear();
            grid.addRow(0, FormRows.muted(messages.get("ui.funding.partners.organisation")),
                    FormRows.muted(messages.get("ui.funding.partners.role")));
            int r = 1;
            for (var row : form.partners()) {
                int index = r - 1;
                var organisation = Choosers.searchable(form.choices().organisations(), row.organisation,
                        messages.get("ui.form.none"), messages.get("ui.funding.partners.organisation"));
                organisation.setId("partner_organisation_" + index);
                organisation.setMaxWidth(Double.MAX_VALUE);
                GridPane.setHgrow(organisation, Priority.ALWAYS);
                var role = Choosers.bind(new ComboBox<>(), FXCollections.observableArrayList(FundingService.PARTNER_ROLES),
                        row.role, x -> x, x -> messages.get("ui.funding.partnerRole." + x), null);
                role.setId("partner_role_" + index);
                grid.addRow(r++, organisation, role, FormRows.remove(messages, "partner_remove_" + index,
                        () -> form.partners().remove(row)));
            }
            if (r == 1) {
                grid.add(FormRows.muted(messages.get("ui.funding.partners.none")), 0, 1, 3, 1);
            }
        };
        form.partners().addListener((ListChangeListener<FundingFormModel.PartnerRow>) c -> rebuild.run());
        rebuild.run();
        var add = new Button(messages.get("ui.funding.partners.add"), Icons.of(Feather.PLUS));
        add.setId("partnerAdd");
        add.setOnAction(e -> form.addPartner());
        var error = FieldMessages.under(grid, "partner_error", FundingService.PARTNERS, form.fieldErrors(), messages,
                () -> { });
        root.getChildren().addAll(grid, add, error);
    }

    Node root() {
        return FormRows.page(root);
    }
}
