package se.samverkan.service.forums;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.samverkan.domain.BranchGap;
import se.samverkan.domain.CoverageMatrix;
import se.samverkan.domain.ForumFilter;
import se.samverkan.domain.ForumRow;
import se.samverkan.domain.Municipality;
import se.samverkan.domain.SeatRow;
import se.samverkan.service.Workspace;
import se.samverkan.store.StoreSession;

/**
 * The lists that keep goal 7 in view: terms ending soon, forums with no IF Metall seat, branches missing from their
 * county's key forums, and the coverage matrix (counties or branches × forum types).
 */
public final class ForumCoverageService {

    /** "Terms ending soon" looks this many days ahead, like the home screen. */
    public static final int TERM_ENDING_DAYS = 90;

    private final Workspace workspace;
    private final Locale locale;
    private final Clock clock;

    public ForumCoverageService(Workspace workspace, Locale locale, Clock clock) {
        this.workspace = workspace;
        this.locale = locale;
        this.clock = clock;
    }

    /** Seats whose term ends from today through the next {@value #TERM_ENDING_DAYS} days, soonest first. */
    public List<SeatRow> termsEnding() {
        LocalDate today = LocalDate.now(clock);
        return workspace.read(s -> s.forums(locale).seats().endingBetween(today, today.plusDays(TERM_ENDING_DAYS)));
    }

    /** Forums where no current seat represents a branch or the union (LO and others do not count). */
    public List<ForumRow> forumsWithoutUnionSeat() {
        LocalDate today = LocalDate.now(clock);
        return workspace.read(s -> s.forums(locale).list(ForumFilter.all(), today)).stream()
                .filter(f -> f.unionSeats() == 0).toList();
    }

    public List<BranchGap> branchGaps() {
        return workspace.read(s -> coverage(s).branchGaps(s.branches().all()));
    }

    /** Rows are counties when {@code byBranch} is false, else branches. */
    public CoverageMatrix matrix(boolean byBranch) {
        return workspace.read(s -> {
            var coverage = coverage(s);
            var branches = s.branches().all();
            return byBranch ? coverage.byBranch(branches) : coverage.byCounty(branches);
        });
    }

    private ForumCoverage coverage(StoreSession s) {
        var forums = s.forums(locale);
        var municipalities = s.reference().municipalities().stream()
                .collect(Collectors.toMap(Municipality::code, Municipality::countyCode));
        return new ForumCoverage(forums.types(), forums.all(), forums.seats().all(), s.reference().counties(),
                municipalities, LocalDate.now(clock));
    }
}
