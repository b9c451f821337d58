package se.samverkan.ui.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.ui.relations.RelationsFixture.onFx;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.SearchHit;
import se.samverkan.domain.SearchKind;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

class PartyPickerModelTest {

    private final ErrorMessages errors = new ErrorMessages(Messages.of(Messages.SWEDISH));
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, errors::describe);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void thePickerOffersOnlyPeopleAndOrganisationsNotYetChosen() {
        List<SearchHit> hits = List.of(new SearchHit(SearchKind.PERSON, 1, "Ada Exempelsson", ""),
                new SearchHit(SearchKind.PERSON, 2, "Adam Påhittad", ""),
                new SearchHit(SearchKind.ORGANISATION, 3, "Adaptiv AB", "Företag"),
                new SearchHit(SearchKind.FORUM, 4, "Adas forum", ""));
        List<String> asked = new ArrayList<>();
        var model = new PartyPickerModel(q -> {
            asked.add(q);
            return hits;
        }, tasks, e -> { });
        model.exclude(PartyRef.person(1)::equals);

        onFx(() -> {
            model.queryProperty().set("ada");
            model.search();
        });

        assertThat(asked).containsExactly("ada");
        assertThat(model.hits()).extracting(SearchHit::title).containsExactly("Adam Påhittad", "Adaptiv AB");
        assertThat(PartyPickerModel.partyOf(model.hits().get(1))).isEqualTo(PartyRef.organisation(3));
        onFx(model::clear);
        assertThat(model.hits()).isEmpty();
        assertThat(model.queryProperty().get()).isEmpty();
    }
}
