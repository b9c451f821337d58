package se.samverkan.service.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.samverkan.domain.PartyContactFacts;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.RelationshipHealth;
import se.samverkan.domain.RelationshipHealthStatus;

class RelationshipHealthPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private final RelationshipHealthPolicy policy = new RelationshipHealthPolicy();

    private RelationshipHealth health(Integer influence, int strength, Integer daysAgo, int contactsInYear) {
        return policy.assess(new PartyContactFacts(PartyRef.person(1), "Ada Exempelsson", null, influence, strength,
                daysAgo == null ? null : TODAY.minusDays(daysAgo), contactsInYear), TODAY);
    }

    @Test
    void cadenceIsMonthlyForInfluentialStrongTiesAndHalfYearlyForWeakOnes() {
        assertThat(policy.cadenceDays(5, 4)).isEqualTo(30);
        assertThat(policy.cadenceDays(4, 3)).isEqualTo(60);
        assertThat(policy.cadenceDays(3, 3)).isEqualTo(90);
        assertThat(policy.cadenceDays(2, 2)).isEqualTo(180);
        assertThat(policy.cadenceDays(1, 1)).isEqualTo(180);
    }

    @Test
    void unassessedPartiesCountAsMediumInfluence() {
        RelationshipHealth h = health(null, 3, 10, 4);
        assertThat(h.influence()).isEqualTo(3);
        assertThat(h.cadenceDays()).isEqualTo(90);
    }

    @Test
    void healthTurnsColdWhenTheLastContactIsTwiceTheCadenceAgo() {
        assertThat(health(5, 5, 59, 12).status()).isEqualTo(RelationshipHealthStatus.WATCH);
        RelationshipHealth cold = health(5, 5, 60, 12);
        assertThat(cold.status()).isEqualTo(RelationshipHealthStatus.COLD);
        assertThat(cold.daysSinceContact()).isEqualTo(60);
        assertThat(cold.overdueDays()).isEqualTo(30);
    }

    @Test
    void healthIsWatchJustPastTheCadenceAndGoodWithinItWhenContactsAreFrequent() {
        assertThat(health(3, 3, 91, 4).status()).isEqualTo(RelationshipHealthStatus.WATCH);
        assertThat(health(3, 3, 90, 4).status()).isEqualTo(RelationshipHealthStatus.GOOD);
    }

    @Test
    void aRecentContactAfterALongSilenceIsOnlyWatch() {
        RelationshipHealth h = health(5, 5, 5, 2);
        assertThat(h.expectedInYear()).isEqualTo(12);
        assertThat(h.status()).isEqualTo(RelationshipHealthStatus.WATCH);
        assertThat(health(5, 5, 5, 6).status()).isEqualTo(RelationshipHealthStatus.GOOD);
    }

    @Test
    void neverContactedIsColdAndOverdueByOneCadence() {
        RelationshipHealth h = health(4, 2, null, 0);
        assertThat(h.status()).isEqualTo(RelationshipHealthStatus.COLD);
        assertThat(h.daysSinceContact()).isNull();
        assertThat(h.overdueDays()).isEqualTo(90);
    }

    @Test
    void goingColdKeepsImportantColdOrWatchRelationsContactedThisYearMostOverdueFirst() {
        RelationshipHealth influentialCold = health(5, 2, 200, 1);
        RelationshipHealth lapsed = health(5, 5, 400, 0);
        RelationshipHealth strongWatch = policy.assess(new PartyContactFacts(PartyRef.person(2), "Bo Testberg", null,
                2, 4, TODAY.minusDays(100), 3), TODAY);
        RelationshipHealth neverMet = policy.assess(new PartyContactFacts(PartyRef.organisation(3), "Region Testlän",
                null, 4, 1, null, 0), TODAY);
        RelationshipHealth unimportantCold = health(2, 2, 400, 0);
        RelationshipHealth importantGood = health(5, 5, 3, 12);

        var list = RelationshipHealthService.goingCold(
                java.util.List.of(strongWatch, unimportantCold, lapsed, influentialCold, importantGood, neverMet), 10);

        assertThat(list).containsExactly(influentialCold, strongWatch);
    }
}
