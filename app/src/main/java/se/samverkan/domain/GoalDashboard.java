package se.samverkan.domain;

import java.util.List;
import java.util.Map;

/**
 * The follow-up of one period: every branch's figures and their status, rolled up per operational goal, per project
 * goal and for the whole NUTS area (decision 0015).
 *
 * @param asOf    the day the statuses were computed for
 * @param rollUps statuses by {@link #cellKey}, {@link #projectKey}, {@link #areaKey}, {@link #areaProjectKey},
 *                {@link #branchKey} and {@link #AREA_TOTAL_KEY}; a missing key is {@link StatusLevel#NO_DATA}
 */
public record GoalDashboard(Period period, java.time.LocalDate asOf, List<Branch> branches,
                            List<ProjectGoal> projectGoals, List<OperationalGoal> goals, List<GoalFigure> figures,
                            Map<String, StatusLevel> rollUps) {

    public GoalDashboard {
        branches = List.copyOf(branches);
        projectGoals = List.copyOf(projectGoals);
        goals = List.copyOf(goals);
        figures = List.copyOf(figures);
        rollUps = Map.copyOf(rollUps);
    }

    public static String cellKey(long branchId, int goalId) {
        return "b" + branchId + "g" + goalId;
    }

    public static String projectKey(long branchId, int projectGoalId) {
        return "b" + branchId + "p" + projectGoalId;
    }

    public static String areaKey(int goalId) {
        return "g" + goalId;
    }

    public static String areaProjectKey(int projectGoalId) {
        return "p" + projectGoalId;
    }

    /** The whole NUTS area over every goal. */
    public static final String AREA_TOTAL_KEY = "area";

    public static String branchKey(long branchId) {
        return "b" + branchId;
    }

    public StatusLevel status(String key) {
        return rollUps.getOrDefault(key, StatusLevel.NO_DATA);
    }

    /** The figures of one branch under one operational goal, in indicator order. */
    public List<GoalFigure> figures(long branchId, int goalId) {
        return figures.stream().filter(f -> f.branchId() == branchId && f.indicator().operationalGoalId() == goalId)
                .toList();
    }
}
