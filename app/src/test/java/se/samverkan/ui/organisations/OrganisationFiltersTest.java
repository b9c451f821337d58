package se.samverkan.ui.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.domain.Organisation;
import se.samverkan.domain.OrganisationRow;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.network.ChoiceService;
import se.samverkan.service.network.OrganisationService;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

class OrganisationFiltersTest {

    private final ErrorMessages errors = new ErrorMessages(Messages.of(Messages.SWEDISH));
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, errors::describe);
    @TempDir
    Path dir;
    private Workspace workspace;
    private OrganisationsViewModel model;
    private OrganisationService service;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw-for-tests".toCharArray());
        service = new OrganisationService(workspace, Messages.SWEDISH);
        var clock = Clock.fixed(LocalDate.of(2026, 3, 10).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        model = new OrganisationsViewModel(service, new ChoiceService(workspace, Messages.SWEDISH)::choices, tasks,
                errors, clock);
        service.save(new Organisation(0, "Region Testlän", "REGION", "06", "0680", null, null, null));
        service.save(new Organisation(0, "Testby kommun", "MUNICIPALITY", "14", "1480", null, null, null));
        WaitForAsyncUtils.asyncFx(model::loadChoices);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void loadWith(Runnable setFilter) {
        WaitForAsyncUtils.asyncFx(() -> {
            setFilter.run();
            model.load();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void filterByActorTypeNarrowsTheOrganisations() {
        loadWith(() -> model.filters().actorType().set("MUNICIPALITY"));

        assertThat(model.rows()).extracting(OrganisationRow::name).containsExactly("Testby kommun");
    }

    @Test
    void filterByCountyThenMunicipalityNarrowsTheOrganisations() {
        loadWith(() -> model.filters().place().countyCode().set("06"));
        assertThat(model.rows()).extracting(OrganisationRow::name).containsExactly("Region Testlän");

        loadWith(() -> model.filters().place().municipalityCode().set("0684"));
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void theFormKeepsCountyMunicipalityAndVerifyByOfANewOrganisation() {
        var form = new OrganisationFormModel(model, null);
        WaitForAsyncUtils.asyncFx(() -> {
            form.name().set("Länsstyrelsen Test");
            form.actorType().set("COUNTY_BOARD");
            form.place().countyCode().set("06");
            form.place().municipalityCode().set("0680");
            form.save(saved -> { });
        });
        WaitForAsyncUtils.waitForFxEvents();

        var saved = model.openedProperty().get();
        assertThat(saved).extracting(Organisation::countyCode, Organisation::municipalityCode, Organisation::verifyBy)
                .containsExactly("06", "0680", LocalDate.of(2027, 3, 10));
    }

    @Test
    void slåIhopInTheDuplicateWarningFillsTheExistingOrganisationAndTellsWhatWasNotTaken() {
        long region = service.list(se.samverkan.domain.OrganisationFilter.none()).stream()
                .filter(r -> r.name().equals("Region Testlän")).findFirst().orElseThrow().id();
        var form = new OrganisationFormModel(model, null);
        var notTaken = new java.util.ArrayList<String>();
        WaitForAsyncUtils.asyncFx(() -> {
            form.name().set("Region Testlan");
            form.actorType().set("REGION");
            form.email().set("info@example.test");
            form.place().countyCode().set("14");
            form.mergeInto(region, conflicts -> conflicts.forEach(c -> notTaken.add(c.field())));
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(notTaken).containsExactly("name", "municipality");
        assertThat(model.openedProperty().get()).extracting(Organisation::name, Organisation::email,
                Organisation::countyCode).containsExactly("Region Testlän", "info@example.test", "06");
        assertThat(service.list(se.samverkan.domain.OrganisationFilter.none())).hasSize(2);
    }
}
