package se.samverkan.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.domain.DetailField;
import se.samverkan.domain.RecordDetail;
import se.samverkan.domain.SearchHit;
import se.samverkan.domain.SearchKind;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

class SearchViewModelTest {

    private final ErrorMessages errors = new ErrorMessages(Messages.of(Messages.SWEDISH));
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, errors::describe);
    private final SearchHit greta = new SearchHit(SearchKind.PERSON, 7, "Greta Fiktiva", "Region Testlän");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static void onFx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SearchViewModel model() {
        return new SearchViewModel(q -> q.contains("gre") ? List.of(greta) : List.of(),
                (kind, id) -> Optional.of(new RecordDetail(kind, id, "Greta Fiktiva",
                        List.of(DetailField.text("ui.detail.email", "g@example.test")))),
                tasks, errors);
    }

    @Test
    void searchFillsTheHitsAndABlankQueryClearsThem() {
        var model = model();
        model.queryProperty().set("gre");
        onFx(model::search);
        assertThat(model.hits()).containsExactly(greta);

        model.queryProperty().set("  ");
        onFx(model::search);
        assertThat(model.hits()).isEmpty();
    }

    @Test
    void openingAHitLoadsItsDetailAndClosingForgetsIt() {
        var model = model();
        onFx(() -> model.open(greta));
        assertThat(model.detailProperty().get().title()).isEqualTo("Greta Fiktiva");

        model.closeDetail();
        assertThat(model.detailProperty().get()).isNull();
    }

    @Test
    void resultRowsPutAHeadingBeforeEachKind() {
        var forum = new SearchHit(SearchKind.FORUM, 3, "Forum", "");
        var rows = SearchBox.rows(List.of(greta, forum));
        assertThat(rows).extracting(SearchRow::header)
                .containsExactly(SearchKind.PERSON, null, SearchKind.FORUM, null);
    }
}
