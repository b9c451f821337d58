package se.samverkan.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverkan.domain.NetworkEdge;
import se.samverkan.domain.NetworkSeat;
import se.samverkan.domain.PartyRef;

class MapProjectionTest {

    private static final LocalDate TODAY = MapFixture.TODAY;
    private final MapFixture f = new MapFixture();
    private PartyRef region;
    private PartyRef company;
    private PartyRef ada;
    private PartyRef bo;
    private PartyRef cia;
    private PartyRef dan;

    @BeforeEach
    void network() {
        region = f.org(1, "Region Testlän", "REGION", true, "07");
        company = f.org(2, "Prov Gjuteri AB", "COMPANY", false, "12");
        ada = f.person(1, "Ada Exempel", "07", 1L, 1L);
        bo = f.person(2, "Bo Prov", "07", 2L, 2L);
        cia = f.person(3, "Cia Test", "12", 1L, null);
        dan = f.person(4, "Dan Påhitt", "12", null, null);
        f.edge(region, ada, 5, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 15));
        f.edge(ada, bo, 2, LocalDate.of(2025, 6, 1), null);
        f.edge(bo, company, 4, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 10));
        f.edge(company, cia, 3, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1));
        f.edges.add(new NetworkEdge(99, cia, dan, "KNOWS", 3, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 6, 1), null, null));
    }

    private MapFrame project(MapFilter filter) {
        return MapProjection.project(f.model(), filter);
    }

    private List<String> visibleNames(MapFrame frame) {
        var m = f.model();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            if (frame.visible[i]) {
                names.add(m.nodes[i].label());
            }
        }
        return names;
    }

    private static List<Long> edgeIds(MapFrame frame) {
        List<Long> ids = new ArrayList<>();
        for (int e = 0; e < frame.edgeCount; e++) {
            ids.add(frame.edges[e].relationshipId());
        }
        return ids;
    }

    private static MapFilter today() {
        return MapFilter.all(TODAY);
    }

    @Test
    void theWholeNetworkTodayLeavesOutEndedRelationships() {
        var frame = project(today());
        assertThat(frame.visibleNodes).isEqualTo(6);
        assertThat(edgeIds(frame)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    }

    @Test
    void filterByCountyKeepsOnlyItsNodesAndTheirEdges() {
        var frame = project(today().withCounty("07"));
        assertThat(visibleNames(frame)).containsExactlyInAnyOrder("Region Testlän", "Ada Exempel", "Bo Prov");
        assertThat(edgeIds(frame)).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void filterByActorTypeGroupKeepsOrganisationsAndTheirStaff() {
        var filter = new MapFilter(TODAY, null, ActorFilter.group(ActorGroup.PUBLIC), null, null, null, null, 1, null, null, 0);
        assertThat(visibleNames(project(filter))).containsExactlyInAnyOrder("Region Testlän", "Ada Exempel");
    }

    @Test
    void filterByOneActorTypeKeepsOnlyThatTypeWithinItsGroup() {
        f.org(3, "Arbetsförmedlingen Testlän", "PES", true, "07");
        var wholeGroup = new MapFilter(TODAY, null, ActorFilter.group(ActorGroup.PUBLIC), null, null, null, null, 1, null,
                null, 0);
        var regionsOnly = new MapFilter(TODAY, null, ActorFilter.type("REGION"), null, null, null, null, 1, null, null, 0);

        assertThat(visibleNames(project(wholeGroup))).contains("Arbetsförmedlingen Testlän", "Region Testlän");
        assertThat(visibleNames(project(regionsOnly))).containsExactlyInAnyOrder("Region Testlän", "Ada Exempel");
    }

    @Test
    void branchFilterKeepsThePeopleOfThatBranch() {
        var filter = new MapFilter(TODAY, null, null, null, null, 1L, null, 1, null, null, 0);
        assertThat(visibleNames(project(filter))).containsExactlyInAnyOrder("Ada Exempel", "Cia Test");
    }

    @Test
    void minimumStrengthDropsWeakerEdgesButKeepsTheNodes() {
        var filter = new MapFilter(TODAY, null, null, null, null, null, null, 3, null, null, 0);
        var frame = project(filter);
        assertThat(edgeIds(frame)).containsExactlyInAnyOrder(1L, 3L, 4L);
        assertThat(frame.visibleNodes).isEqualTo(6);
    }

    @Test
    void relationshipsWithoutContactForTwelveMonthsAreDrawnCold() {
        var frame = project(today());
        for (int e = 0; e < frame.edgeCount; e++) {
            long id = frame.edges[e].relationshipId();
            assertThat(frame.style[e]).as("edge " + id).isEqualTo(id == 1 || id == 4 ? MapFrame.NORMAL : MapFrame.COLD);
        }
    }

    @Test
    void theDateSliderShowsTheNetworkAsItStoodOnThatDate() {
        var frame = project(today().withDate(LocalDate.of(2025, 1, 1)));
        assertThat(edgeIds(frame)).containsExactlyInAnyOrder(1L, 3L, 99L);
    }

    @Test
    void comparisonCountsAddedAndCooledEdges() {
        var filter = new MapFilter(TODAY, LocalDate.of(2024, 6, 1), null, null, null, null, null, 1, null, null, 0);
        var frame = project(filter);
        assertThat(frame.added).isEqualTo(2);
        assertThat(frame.cooled).isEqualTo(1);
        for (int e = 0; e < frame.edgeCount; e++) {
            long id = frame.edges[e].relationshipId();
            if (id == 2 || id == 4) {
                assertThat(frame.style[e]).isEqualTo(MapFrame.ADDED);
            } else if (id == 3) {
                assertThat(frame.style[e]).isEqualTo(MapFrame.COOLED);
            }
        }
    }

    @Test
    void forumFilterKeepsPeopleWithASeatOnTheShownDate() {
        f.seats.add(new NetworkSeat(1, 9, "Industriråd", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)));
        f.seats.add(new NetworkSeat(2, 9, "Industriråd", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31)));
        var filter = new MapFilter(TODAY, null, null, null, null, null, 9L, 1, null, null, 0);
        assertThat(visibleNames(project(filter))).containsExactly("Ada Exempel");
        assertThat(visibleNames(project(filter.withDate(LocalDate.of(2022, 5, 1))))).containsExactly("Bo Prov");
    }

    @Test
    void inTouchSinceKeepsOnlyEdgesAndNodesWithARecentInteraction() {
        var filter = new MapFilter(TODAY, null, null, null, null, null, null, 1, LocalDate.of(2025, 12, 1), null, 0);
        var frame = project(filter);
        assertThat(edgeIds(frame)).containsExactlyInAnyOrder(1L, 4L);
        assertThat(visibleNames(frame)).containsExactlyInAnyOrder("Region Testlän", "Ada Exempel", "Prov Gjuteri AB", "Cia Test");
    }

    @Test
    void egoViewKeepsTheNodesWithinTheChosenSteps() {
        assertThat(visibleNames(project(today().withEgo(ada, 1))))
                .containsExactlyInAnyOrder("Region Testlän", "Ada Exempel", "Bo Prov");
        assertThat(visibleNames(project(today().withEgo(ada, 2))))
                .containsExactlyInAnyOrder("Region Testlän", "Ada Exempel", "Bo Prov", "Prov Gjuteri AB");
    }

    @Test
    void nodeDegreeCountsOnlyTheEdgesShown() {
        var m = f.model();
        var frame = MapProjection.project(m, today().withCounty("07"));
        assertThat(frame.degree[m.indexOf(ada)]).isEqualTo(2);
        assertThat(frame.degree[m.indexOf(bo)]).isEqualTo(1);
    }
}
