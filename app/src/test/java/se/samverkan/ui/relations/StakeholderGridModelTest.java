package se.samverkan.ui.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.ui.relations.RelationsFixture.onFx;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import se.samverkan.domain.ActorType;
import se.samverkan.domain.County;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.StakeholderPosition;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

class StakeholderGridModelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private final ErrorMessages errors = new ErrorMessages(Messages.of(Messages.SWEDISH));
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, errors::describe);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static StakeholderPosition at(long id, String name, String type, String county, int influence, int interest) {
        return new StakeholderPosition(PartyRef.organisation(id), name, null, type, county, influence, interest, DAY);
    }

    private StakeholderGridModel loaded(StakeholderPosition... positions) {
        var model = new StakeholderGridModel(() -> new StakeholderGridModel.Data(List.of(positions),
                List.of(new ActorType("REGION", "Region"), new ActorType("MUNICIPALITY", "Kommun")),
                List.of(new County("08", "Kalmar län", "Region Kalmar län", "REGION", "SE21"))), tasks, errors);
        onFx(model::load);
        return model;
    }

    @Test
    void gridPlacesAPartyInTheCellOfItsLatestAssessment() {
        var model = loaded(at(1, "Region Kalmar län", "REGION", "08", 5, 4), at(2, "Alfa kommun", "MUNICIPALITY", "08", 5, 4),
                at(3, "Beta AB", null, null, 2, 1));

        assertThat(model.at(5, 4)).extracting(StakeholderPosition::name).containsExactly("Alfa kommun", "Region Kalmar län");
        assertThat(model.at(2, 1)).extracting(StakeholderPosition::name).containsExactly("Beta AB");
        assertThat(model.at(4, 5)).isEmpty();
        assertThat(model.actorTypes()).hasSize(2);
    }

    @Test
    void filtersKeepOnlyTheChosenActorTypeAndCounty() {
        var model = loaded(at(1, "Region Kalmar län", "REGION", "08", 5, 4), at(2, "Alfa kommun", "MUNICIPALITY", "08", 5, 4),
                at(3, "Gamma kommun", "MUNICIPALITY", "12", 3, 3));

        onFx(() -> model.actorTypeProperty().set("MUNICIPALITY"));
        assertThat(model.shown()).extracting(StakeholderPosition::name).containsExactlyInAnyOrder("Alfa kommun", "Gamma kommun");
        onFx(() -> model.countyProperty().set("08"));
        assertThat(model.at(5, 4)).extracting(StakeholderPosition::name).containsExactly("Alfa kommun");
        onFx(() -> model.actorTypeProperty().set(null));
        assertThat(model.shown()).hasSize(2);
    }
}
