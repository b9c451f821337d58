package se.samverkan.service.goals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import se.samverkan.domain.Branch;
import se.samverkan.domain.GoalDashboard;
import se.samverkan.domain.GoalFigure;
import se.samverkan.domain.OperationalGoal;
import se.samverkan.domain.ProjectGoal;
import se.samverkan.domain.StatusLevel;

/**
 * The dashboard's roll-ups (decision 0015): branch × goal, branch × project goal, the NUTS area per goal and per
 * project goal, each branch and the whole area, each the mean weight of the judged figures under it, as a level.
 */
final class GoalRollUps {

    private GoalRollUps() {
    }

    /** The roll-ups by {@link GoalDashboard}'s keys; a key with nothing judged under it is left out (no data). */
    static Map<String, StatusLevel> of(StatusRule rule, List<Branch> branches, List<ProjectGoal> projectGoals,
                                       List<OperationalGoal> goals, List<GoalFigure> figures) {
        Map<Integer, Integer> projectOf = new HashMap<>();
        goals.forEach(g -> projectOf.put(g.id(), g.projectGoalId()));
        Map<String, StatusLevel> rollUps = new HashMap<>();
        for (OperationalGoal goal : goals) {
            put(rollUps, GoalDashboard.areaKey(goal.id()), rule, figures, f -> f.indicator().operationalGoalId() == goal.id());
            for (Branch b : branches) {
                put(rollUps, GoalDashboard.cellKey(b.id(), goal.id()), rule, figures,
                        f -> f.branchId() == b.id() && f.indicator().operationalGoalId() == goal.id());
            }
        }
        for (ProjectGoal project : projectGoals) {
            Predicate<GoalFigure> under = f -> projectOf.get(f.indicator().operationalGoalId()) == project.id();
            put(rollUps, GoalDashboard.areaProjectKey(project.id()), rule, figures, under);
            for (Branch b : branches) {
                put(rollUps, GoalDashboard.projectKey(b.id(), project.id()), rule, figures,
                        under.and(f -> f.branchId() == b.id()));
            }
        }
        for (Branch b : branches) {
            put(rollUps, GoalDashboard.branchKey(b.id()), rule, figures, f -> f.branchId() == b.id());
        }
        put(rollUps, GoalDashboard.AREA_TOTAL_KEY, rule, figures, f -> true);
        return rollUps;
    }

    /** The mean weight of the judged figures, as a level; nothing judged leaves the key out (no data). */
    private static void put(Map<String, StatusLevel> rollUps, String key, StatusRule rule, List<GoalFigure> figures,
                            Predicate<GoalFigure> which) {
        double sum = 0;
        int n = 0;
        for (GoalFigure f : figures) {
            if (which.test(f) && f.status().level() != StatusLevel.NO_DATA) {
                sum += rule.weight(f.status());
                n++;
            }
        }
        if (n > 0) {
            rollUps.put(key, rule.level(sum / n));
        }
    }
}
