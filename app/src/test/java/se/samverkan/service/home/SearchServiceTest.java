package se.samverkan.service.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.SearchHit;
import se.samverkan.domain.SearchKind;
import se.samverkan.service.Workspace;
import se.samverkan.store.StoreFixture;

class SearchServiceTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private SearchService search;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw-for-tests".toCharArray());
        workspace.inTransaction(s -> {
            StoreFixture f = new StoreFixture(s);
            long org = f.organisation("Region Testlän", "REGION", "0680");
            f.person("Greta", "Fiktiva", "greta.fiktiva@example.test", org, true);
            f.person("Hugo", "Påhittad", "hugo@example.test", null, null);
            f.forum("Regionalt industriråd", "INDUSTRY_COUNCIL");
            return null;
        });
        search = new SearchService(workspace, Locale.ROOT);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void findsPeopleByAnyPartOfTheirNameIgnoringCase() {
        assertThat(search.search("FIKT")).extracting(SearchHit::title).containsExactly("Greta Fiktiva");
        assertThat(search.search("greta fik")).extracting(SearchHit::kind).containsExactly(SearchKind.PERSON);
        assertThat(search.search("PÅHITT")).extracting(SearchHit::title).containsExactly("Hugo Påhittad");
    }

    @Test
    void findsPeopleByEmailAndShowsTheirOrganisationAsSubtitle() {
        assertThat(search.search("hugo@")).extracting(SearchHit::title).containsExactly("Hugo Påhittad");
        assertThat(search.search("greta.fiktiva").get(0).subtitle()).contains("Region Testlän");
    }

    @Test
    void listsPeopleFirstThenOrganisationsForumsWorkshops() {
        workspace.inTransaction(s -> new StoreFixture(s).person("Rut", "Regionsson", null, null, null));
        assertThat(search.search("region")).extracting(SearchHit::kind)
                .containsExactly(SearchKind.PERSON, SearchKind.ORGANISATION, SearchKind.FORUM);
    }

    @Test
    void aPersonAddedAfterTheFirstSearchIsFound() {
        assertThat(search.search("nyberg")).isEmpty();
        workspace.inTransaction(s -> new StoreFixture(s).person("Nils", "Nyberg", null, null, null));
        assertThat(search.search("nyberg")).extracting(SearchHit::title).containsExactly("Nils Nyberg");
    }

    @Test
    void showsAtMostTenPeopleSortedByLastThenFirstName() {
        workspace.inTransaction(s -> {
            StoreFixture f = new StoreFixture(s);
            for (int i = 11; i >= 0; i--) {
                f.person("Namn" + (char) ('A' + i), "Gemensam", null, null, null);
            }
            return null;
        });
        List<SearchHit> hits = search.search("gemensam");
        assertThat(hits).hasSize(SearchService.LIMIT_PER_KIND);
        assertThat(hits.get(0).title()).isEqualTo("NamnA Gemensam");
        assertThat(hits.get(9).title()).isEqualTo("NamnJ Gemensam");
    }

    @Test
    void anOrganisationAddedAfterTheFirstSearchIsFound() {
        assertThat(search.search("stålverk")).isEmpty();
        workspace.inTransaction(s -> new StoreFixture(s).organisation("Fiktiva Stålverket AB", "COMPANY", null));
        assertThat(search.search("STÅLVERK")).extracting(SearchHit::kind).containsExactly(SearchKind.ORGANISATION);
    }

    @Test
    void wildcardsAreSearchedAsPlainCharacters() {
        assertThat(search.search("%%")).isEmpty();
        assertThat(search.search("__")).isEmpty();
    }

    @Test
    void oneLetterSearchesNothing() {
        assertThat(search.search("g")).isEmpty();
        assertThat(search.search(" ")).isEmpty();
    }
}
