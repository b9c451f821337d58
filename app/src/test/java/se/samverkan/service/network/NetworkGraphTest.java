package se.samverkan.service.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.domain.NetworkEdge;
import se.samverkan.domain.NetworkNode;
import se.samverkan.domain.PartyRef;

class NetworkGraphTest {

    private static final PartyRef A = PartyRef.person(1);
    private static final PartyRef B = PartyRef.person(2);
    private static final PartyRef C = PartyRef.person(3);
    private static final PartyRef D = PartyRef.person(4);
    private static final PartyRef REGION = PartyRef.organisation(10);
    private static final PartyRef MUNICIPALITY = PartyRef.organisation(11);
    private static final PartyRef COMPANY = PartyRef.organisation(12);
    private static final PartyRef AGENCY = PartyRef.organisation(13);

    private static NetworkNode person(PartyRef ref, Long employer) {
        return new NetworkNode(ref, "P" + ref.id(), null, false, "06", null, null, employer);
    }

    private static NetworkNode organisation(PartyRef ref, boolean isPublic) {
        return new NetworkNode(ref, "O" + ref.id(), isPublic ? "REGION" : "COMPANY", isPublic, "06", null, null, null);
    }

    private static NetworkEdge edge(long id, PartyRef from, PartyRef to, int strength, String since, String lastMet) {
        return new NetworkEdge(id, from, to, "KNOWS", strength, since == null ? null : LocalDate.parse(since), null, null,
                lastMet == null ? null : LocalDate.parse(lastMet));
    }

    private final NetworkGraph graph = new NetworkGraph(
            List.of(person(A, null), person(B, null), person(C, null), person(D, 13L), organisation(REGION, true),
                    organisation(MUNICIPALITY, true), organisation(COMPANY, false), organisation(AGENCY, true)),
            List.of(edge(1, A, B, 5, "2024-01-01", "2024-10-01"),
                    edge(2, B, C, 5, "2025-06-01", "2026-02-01"),
                    edge(3, C, REGION, 5, null, null),
                    edge(4, A, REGION, 1, "2026-01-10", "2026-02-15"),
                    edge(5, D, A, 3, "2023-05-01", "2026-01-20"),
                    edge(6, B, A, 2, "2022-01-01", null)));

    @Test
    void severalRelationshipsBetweenTheSamePairCountOnceWithTheStrongest() {
        assertThat(graph.edges()).hasSize(5);
        assertThat(graph.edges()).filteredOn(e -> e.relationshipId() == 6).isEmpty();
        assertThat(graph.degree(A)).isEqualTo(3);
    }

    @Test
    void introductionPathGoesThroughStrongRelationshipsRatherThanAWeakDirectOne() {
        assertThat(graph.introductionPath(A, REGION)).contains(List.of(A, B, C, REGION));
        assertThat(graph.introductionPath(A, MUNICIPALITY)).isEmpty();
    }

    @Test
    void brokersAreTheNodesOnOtherNodesShortestPaths() {
        assertThat(graph.brokers(2)).containsExactlyInAnyOrder(A, B);
        assertThat(graph.betweenness().get(COMPANY)).isZero();
    }

    @Test
    void isolatedPublicActorsAreThoseNoOneInTheNetworkReaches() {
        // the agency has no relationship itself, but D, who works there, has one
        assertThat(graph.isolatedPublicActors()).extracting(NetworkNode::ref).containsExactly(MUNICIPALITY);
    }

    @Test
    void asOfADateShowsOnlyTheRelationshipsBegunByThen() {
        assertThat(graph.asOf(LocalDate.parse("2025-01-01")).edges()).extracting(NetworkEdge::relationshipId)
                .containsExactly(1L, 3L, 5L);
        assertThat(graph.asOf(LocalDate.parse("2026-12-31")).edges()).hasSize(5);
    }

    @Test
    void aRelationshipThatEndedIsGoneFromTheNetworkAfterItsEndDate() {
        NetworkEdge ended = new NetworkEdge(9, A, C, "WORKS_AT", 4, LocalDate.parse("2024-01-01"),
                LocalDate.parse("2025-06-30"), null, null);
        NetworkGraph withEnded = new NetworkGraph(graph.nodes(), java.util.stream.Stream.concat(
                graph.edges().stream(), java.util.stream.Stream.of(ended)).toList());

        assertThat(withEnded.asOf(LocalDate.parse("2025-06-29")).edges()).extracting(NetworkEdge::relationshipId)
                .contains(9L);
        assertThat(withEnded.asOf(LocalDate.parse("2025-06-30")).edges()).extracting(NetworkEdge::relationshipId)
                .doesNotContain(9L);
    }

    @Test
    void comparingTwoDatesShowsWhatGrewAndWhatWentCold() {
        NetworkChange change = graph.compare(LocalDate.parse("2025-01-01"), LocalDate.parse("2026-03-01"));
        assertThat(change.added()).extracting(NetworkEdge::relationshipId).containsExactly(2L, 4L);
        assertThat(change.cooled()).extracting(NetworkEdge::relationshipId).containsExactly(1L);
    }

    @Test
    void egoViewKeepsThePartyAndItsNeighboursWithinTheDepth() {
        NetworkGraph ego = graph.ego(A, 1);
        assertThat(ego.nodes()).extracting(NetworkNode::ref).containsExactlyInAnyOrder(A, B, REGION, D);
        assertThat(ego.edges()).extracting(NetworkEdge::relationshipId).containsExactly(1L, 4L, 5L);
        assertThat(graph.ego(A, 2).nodes()).extracting(NetworkNode::ref).contains(C);
    }
}
