package se.samverkan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the home screen shows, read in one transaction so the numbers agree with each other.
 *
 * @param clashes the coordinator's double bookings in the coming weeks
 */
public record HomeOverview(LocalDate today, RecordCounts counts, List<FollowUpDue> followUps,
                           List<SeatTermEnding> endingSeats, List<UpcomingWorkshop> workshops,
                           List<RelationshipHealth> coldRelations, List<Clash> clashes) {

    public HomeOverview {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(counts, "counts");
        followUps = List.copyOf(followUps);
        endingSeats = List.copyOf(endingSeats);
        workshops = List.copyOf(workshops);
        coldRelations = List.copyOf(coldRelations);
        clashes = List.copyOf(clashes);
    }

    /** An overview without double bookings, for callers that do not read the calendar. */
    public HomeOverview(LocalDate today, RecordCounts counts, List<FollowUpDue> followUps,
                        List<SeatTermEnding> endingSeats, List<UpcomingWorkshop> workshops,
                        List<RelationshipHealth> coldRelations) {
        this(today, counts, followUps, endingSeats, workshops, coldRelations, List.of());
    }

    /** An overview without relationship health, for callers that do not read the network. */
    public HomeOverview(LocalDate today, RecordCounts counts, List<FollowUpDue> followUps,
                        List<SeatTermEnding> endingSeats, List<UpcomingWorkshop> workshops) {
        this(today, counts, followUps, endingSeats, workshops, List.of(), List.of());
    }
}
