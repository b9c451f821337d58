package se.samverkan.service.politics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.samverkan.domain.Branch;
import se.samverkan.domain.OnePercentRow;
import se.samverkan.domain.OnePercentYear;
import se.samverkan.service.Workspace;
import se.samverkan.store.StoreSession;

/** The 1 % goal per branch today and the area's trend per year, counted from the people records' offices. */
public final class OnePercentService {

    /** The list and the trend read in one go (one transaction, one picture). */
    public record Overview(List<OnePercentRow> rows, List<OnePercentYear> trend) {
    }

    private final Workspace workspace;
    private final Clock clock;

    public OnePercentService(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    /** Every branch on {@code day}, in branch-number order. */
    public List<OnePercentRow> rows(LocalDate day) {
        return workspace.read(s -> rows(s, day));
    }

    public Overview overview() {
        LocalDate today = LocalDate.now(clock);
        return workspace.read(s -> {
            var members = s.onePercent().activeMembers();
            List<OnePercentYear> trend = OnePercentGoal.trendDays(members.values(), today).stream()
                    .map(day -> OnePercentGoal.year(day.getYear(), rows(s, day))).toList();
            return new Overview(rows(s, today), trend);
        });
    }

    private static List<OnePercentRow> rows(StoreSession s, LocalDate day) {
        Map<Long, Map<Integer, Integer>> members = s.onePercent().activeMembers();
        Map<Long, Integer> elected = s.onePercent().electedMembersOn(day);
        return s.branches().all().stream().map((Branch b) -> OnePercentGoal.row(b,
                members.getOrDefault(b.id(), Map.of()), elected.getOrDefault(b.id(), 0), day)).toList();
    }
}
