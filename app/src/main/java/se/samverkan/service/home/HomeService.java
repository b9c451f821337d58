package se.samverkan.service.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import se.samverkan.domain.HomeOverview;
import se.samverkan.service.Workspace;
import se.samverkan.service.calendar.DoubleBooking;
import se.samverkan.service.network.RelationshipHealthPolicy;
import se.samverkan.service.network.RelationshipHealthService;

/** The home screen's use case: counts and what needs attention soon, read in one transaction. */
public final class HomeService {

    /** Follow-ups are shown two weeks ahead: enough to plan, short enough to stay a to-do list. */
    public static final int FOLLOW_UP_DAYS = 14;
    /** Forum terms ending within a quarter leave time for a nomination through the branch or LO. */
    public static final int SEAT_TERM_DAYS = 90;
    public static final int WORKSHOP_LIMIT = 8;
    /** Double bookings are shown a month ahead: time to move one of the two. */
    public static final int CLASH_DAYS = 30;
    /** A card, not a report: the most overdue important relations; the network view has the rest. */
    public static final int COLD_RELATIONS_LIMIT = 12;
    private static final RelationshipHealthPolicy HEALTH = new RelationshipHealthPolicy();

    private final Workspace workspace;
    private final Clock clock;
    private final Locale locale;

    public HomeService(Workspace workspace, Clock clock, Locale locale) {
        this.workspace = workspace;
        this.clock = clock;
        this.locale = locale;
    }

    public HomeOverview overview() {
        LocalDate today = LocalDate.now(clock);
        return workspace.read(session -> {
            var home = session.home(locale);
            return new HomeOverview(today, session.counts().all(),
                    home.followUpsDue(today.plusDays(FOLLOW_UP_DAYS)),
                    home.seatTermsEnding(today, today.plusDays(SEAT_TERM_DAYS)),
                    home.upcomingWorkshops(today, WORKSHOP_LIMIT),
                    RelationshipHealthService.goingCold(session.contactFacts().partiesWithRelationships(today).stream()
                            .map(facts -> HEALTH.assess(facts, today)).toList(), COLD_RELATIONS_LIMIT),
                    DoubleBooking.find(session.calendar(locale).events(today, today.plusDays(CLASH_DAYS))));
        });
    }
}
