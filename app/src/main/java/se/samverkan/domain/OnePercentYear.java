package se.samverkan.domain;

/** The 1 % goal over all branches with members data in one year, counted on the year's last day (or today). */
public record OnePercentYear(int year, int activeMembers, int goal, int elected) {

    public double sharePercent() {
        return activeMembers == 0 ? 0 : 100.0 * elected / activeMembers;
    }
}
