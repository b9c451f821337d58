package se.samverkan.service.network;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import se.samverkan.domain.PartyContactFacts;
import se.samverkan.domain.RelationshipHealth;
import se.samverkan.domain.RelationshipHealthStatus;

/**
 * How often a party should be contacted and how to judge whether that happens.
 *
 * <p>Cadence, from the sum of influence (latest assessment, {@value #DEFAULT_INFLUENCE} when never assessed) and the
 * strongest relationship's strength, each 1–5:
 * <ul>
 *   <li>9–10 (e.g. influence 5 and strength 4): every {@value #CADENCE_KEY} days — key people, monthly</li>
 *   <li>7–8: every {@value #CADENCE_HIGH} days</li>
 *   <li>5–6: every {@value #CADENCE_MEDIUM} days — once a quarter</li>
 *   <li>2–4: every {@value #CADENCE_LOW} days — twice a year keeps a weak tie alive</li>
 * </ul>
 *
 * <p>Health, from days since the last contact against the cadence and contacts in the last twelve months:
 * <ul>
 *   <li>COLD: never contacted, or the last contact is at least {@value #COLD_FACTOR} cadences ago</li>
 *   <li>WATCH: the last contact is more than one cadence ago, or there were fewer than half the contacts the cadence
 *       asks for in twelve months (a recent contact after a long silence is not yet a warm relationship)</li>
 *   <li>GOOD: otherwise</li>
 * </ul>
 */
public final class RelationshipHealthPolicy {

    public static final int DEFAULT_INFLUENCE = 3;
    public static final int CADENCE_KEY = 30;
    public static final int CADENCE_HIGH = 60;
    public static final int CADENCE_MEDIUM = 90;
    public static final int CADENCE_LOW = 180;
    public static final int COLD_FACTOR = 2;

    /** Days between contacts the relationship needs. */
    public int cadenceDays(int influence, int strength) {
        int weight = influence + strength;
        if (weight >= 9) {
            return CADENCE_KEY;
        }
        if (weight >= 7) {
            return CADENCE_HIGH;
        }
        return weight >= 5 ? CADENCE_MEDIUM : CADENCE_LOW;
    }

    /** Contacts twelve months of the cadence amount to, rounded down, at least one. */
    public int expectedInYear(int cadenceDays) {
        return Math.max(1, 365 / cadenceDays);
    }

    public RelationshipHealth assess(PartyContactFacts facts, LocalDate today) {
        int influence = facts.influence() == null ? DEFAULT_INFLUENCE : facts.influence();
        int cadence = cadenceDays(influence, facts.strongestRelation());
        int expected = expectedInYear(cadence);
        Integer days = facts.lastContact() == null ? null
                : (int) ChronoUnit.DAYS.between(facts.lastContact(), today);
        RelationshipHealthStatus status;
        if (days == null || days >= COLD_FACTOR * cadence) {
            status = RelationshipHealthStatus.COLD;
        } else if (days > cadence || 2 * facts.contactsInYear() < expected) {
            status = RelationshipHealthStatus.WATCH;
        } else {
            status = RelationshipHealthStatus.GOOD;
        }
        long overdue = days == null ? cadence : days - cadence;
        return new RelationshipHealth(facts.party(), facts.name(), facts.organisationName(), influence,
                facts.strongestRelation(), cadence, facts.lastContact(), days, facts.contactsInYear(), expected,
                overdue, status);
    }
}
