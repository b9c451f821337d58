package se.samverkan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.DetailField;
import se.samverkan.domain.RecordDetail;
import se.samverkan.domain.SearchHit;
import se.samverkan.domain.SearchKind;
import se.samverkan.service.Workspace;

class SearchRepositoryTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private long personId;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw-for-tests".toCharArray());
        personId = workspace.inTransaction(s -> {
            StoreFixture f = new StoreFixture(s);
            long org = f.organisation("Region Testlän", "REGION", "0680");
            long p = f.person("Greta", "Fiktiva", "greta.fiktiva@example.test", org, true);
            f.politicalOffice(p, "Kommunfullmäktige Testby", "Exempelpartiet");
            f.person("Hugo", "Påhittad", "hugo@example.test", null, null);
            f.forum("Regionalt industriråd", "INDUSTRY_COUNCIL");
            f.workshop("Målsättning med Regionens avdelning", "GOAL_SETTING", "PLANNED", LocalDate.of(2026, 5, 4), null);
            return p;
        });
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private java.util.List<SearchHit> search(String text, int limit) {
        return workspace.read(s -> s.search(Locale.ROOT).searchForumsAndWorkshops(text, limit));
    }

    @Test
    void groupsHitsByKindForumsThenWorkshops() {
        var hits = search("region", 10);
        assertThat(hits).extracting(SearchHit::kind).containsExactly(SearchKind.FORUM, SearchKind.WORKSHOP);
    }

    @Test
    void limitsEachKindSeparately() {
        workspace.inTransaction(s -> {
            StoreFixture f = new StoreFixture(s);
            for (int i = 0; i < 5; i++) {
                f.forum("Gemensamt forum " + i, "OTHER");
            }
            return null;
        });
        assertThat(search("gemensam", 3)).hasSize(3);
    }

    @Test
    void personNameKeysHoldNameAndEmailInHitOrder() {
        var keys = workspace.read(s -> s.search(Locale.ROOT).personNameKeys());
        assertThat(keys).extracting(se.samverkan.domain.NameKey::text)
                .containsExactly("Greta Fiktiva greta.fiktiva@example.test", "Hugo Påhittad hugo@example.test");
    }

    @Test
    void peopleByIdsKeepsTheAskedOrderAndShowsTheOrganisation() {
        var keys = workspace.read(s -> s.search(Locale.ROOT).personNameKeys());
        long greta = keys.get(0).id();
        long hugo = keys.get(1).id();
        var hits = workspace.read(s -> s.search(Locale.ROOT).peopleByIds(java.util.List.of(hugo, 999_999L, greta)));
        assertThat(hits).extracting(SearchHit::title).containsExactly("Hugo Påhittad", "Greta Fiktiva");
        assertThat(hits.get(1).subtitle()).contains("Region Testlän");
    }

    @Test
    void organisationNameKeysAndHitsByIdKeepTheOrder() {
        var keys = workspace.read(s -> s.search(Locale.ROOT).organisationNameKeys());
        assertThat(keys).extracting(se.samverkan.domain.NameKey::text).containsExactly("Region Testlän");
        var hits = workspace.read(s -> s.search(Locale.ROOT).organisationsByIds(java.util.List.of(keys.get(0).id(), 424_242L)));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(SearchKind.ORGANISATION);
            assertThat(h.subtitle()).isEqualTo("Region · Jönköping");
        });
    }

    @Test
    void treatsLikeWildcardsAsPlainText() {
        assertThat(search("%", 10)).isEmpty();
        assertThat(search("_", 10)).isEmpty();
    }

    @Test
    void personDetailMarksUnionMembershipAndPoliticalOfficesSensitive() {
        RecordDetail detail = workspace.read(s -> s.search(Locale.ROOT).detail(SearchKind.PERSON, personId)).orElseThrow();

        assertThat(detail.title()).isEqualTo("Greta Fiktiva");
        assertThat(detail.fields()).filteredOn(DetailField::sensitive).extracting(DetailField::labelKey)
                .containsExactly("ui.detail.union_member", "ui.detail.political_office");
        assertThat(detail.fields()).filteredOn(f -> !f.sensitive()).extracting(DetailField::labelKey)
                .contains("ui.detail.organisation", "ui.detail.email");
    }

    @Test
    void detailOfEveryKindOpensAndAMissingRecordIsEmpty() {
        for (SearchHit hit : search("region", 10)) {
            java.util.Optional<RecordDetail> detail = workspace.read(s -> s.search(Locale.ROOT).detail(hit.kind(), hit.id()));
            assertThat(detail).get().extracting(RecordDetail::title).isEqualTo(hit.title());
        }
        java.util.Optional<RecordDetail> missing = workspace.read(s -> s.search(Locale.ROOT).detail(SearchKind.FORUM, 999_999));
        assertThat(missing).isEmpty();
    }
}
