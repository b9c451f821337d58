package se.samverkan.service.politics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.samverkan.domain.Branch;
import se.samverkan.domain.OnePercentRow;
import se.samverkan.domain.OnePercentRow.Verdict;
import se.samverkan.domain.OnePercentYear;

/**
 * The 1 % goal's arithmetic: 1 % of a branch's active members should hold a municipal or regional elected office.
 * The goal is rounded UP ({@code ceil(members / 100)}): "1 % should hold office" is met only when the share is at
 * least 1 %, so 450 members need 5, not 4 or 4.5; rounding to nearest would call 449 members with 4 in office (0.89 %)
 * reached. A branch without membership figures (or with none active) has no goal and shows as having no data.
 */
public final class OnePercentGoal {

    private OnePercentGoal() {
    }

    /** Members needed in office for {@code activeMembers}: ceil(1 %). */
    public static int goal(int activeMembers) {
        return (activeMembers + 99) / 100;
    }

    /** The branch's row on {@code day}, from its members per year (the latest year up to the day's) and those elected. */
    public static OnePercentRow row(Branch branch, Map<Integer, Integer> membersByYear, int elected, LocalDate day) {
        Integer year = latestYear(membersByYear, day.getYear());
        Integer members = year == null ? null : membersByYear.get(year);
        if (members == null || members == 0) {
            return new OnePercentRow(branch.id(), branch.name(), year, members, null, elected, null, Verdict.NO_DATA);
        }
        int goal = goal(members);
        return new OnePercentRow(branch.id(), branch.name(), year, members, goal, elected, 100.0 * elected / members,
                elected >= goal ? Verdict.REACHED : Verdict.NOT_REACHED);
    }

    static Integer latestYear(Map<Integer, Integer> membersByYear, int upTo) {
        return membersByYear.keySet().stream().filter(y -> y <= upTo).max(Integer::compare).orElse(null);
    }

    /**
     * The area's trend: per year, the rows of the branches with data summed (each branch's goal rounded up on its
     * own, as in the list).
     */
    public static OnePercentYear year(int year, List<OnePercentRow> rows) {
        int members = 0;
        int goal = 0;
        int elected = 0;
        for (OnePercentRow r : rows) {
            if (r.verdict() != Verdict.NO_DATA) {
                members += r.activeMembers();
                goal += r.goal();
                elected += r.elected();
            }
        }
        return new OnePercentYear(year, members, goal, elected);
    }

    /** The days the trend counts on: each year's last day from the first year with figures, this year up to today. */
    public static List<LocalDate> trendDays(Iterable<Map<Integer, Integer>> membersByBranch, LocalDate today) {
        int first = today.getYear();
        for (Map<Integer, Integer> years : membersByBranch) {
            for (int y : years.keySet()) {
                first = Math.min(first, y);
            }
        }
        List<LocalDate> days = new ArrayList<>();
        for (int y = first; y <= today.getYear(); y++) {
            days.add(y == today.getYear() ? today : LocalDate.of(y, 12, 31));
        }
        return days;
    }
}
