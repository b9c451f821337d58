package se.samverkan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Everything the home screen shows, read in one transaction so the numbers agree with each other. */
public record HomeOverview(LocalDate today, RecordCounts counts, List<FollowUpDue> followUps,
                           List<SeatTermEnding> endingSeats, List<UpcomingWorkshop> workshops) {

    public HomeOverview {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(counts, "counts");
        followUps = List.copyOf(followUps);
        endingSeats = List.copyOf(endingSeats);
        workshops = List.copyOf(workshops);
    }
}
