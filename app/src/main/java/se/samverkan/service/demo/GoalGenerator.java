package se.samverkan.service.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.domain.ActiveMembers;
import se.samverkan.domain.Branch;
import se.samverkan.domain.Indicator;
import se.samverkan.domain.Outcome;
import se.samverkan.domain.Target;

/**
 * Targets and outcomes for every branch and active indicator: the previous year as a whole, the current year as a
 * whole and by half-year. Outcomes of typed indicators exist for finished periods and, so far, for the current year
 * and half-year; derived indicators get none (they are counted from the records, and their targets are set from
 * those counts once the records are written: {@link DerivedTargets}).
 */
final class GoalGenerator {

    private final DemoContext ctx;
    private final DemoRandom random;
    private final List<ActiveMembers> members;
    final List<Target> targets = new ArrayList<>();
    final List<Outcome> outcomes = new ArrayList<>();

    GoalGenerator(DemoContext ctx, List<ActiveMembers> members) {
        this.ctx = ctx;
        this.random = ctx.random;
        this.members = members;
    }

    void generate() {
        String previous = String.valueOf(ctx.previousYear);
        String current = String.valueOf(ctx.year);
        double elapsed = (ctx.today.getDayOfYear() - 1) / (double) ctx.today.lengthOfYear();
        boolean firstHalfDone = !ctx.today.isBefore(LocalDate.of(ctx.year, 7, 1));
        for (Branch branch : ctx.branches) {
            double size = sizeFactor(branch.id());
            for (Indicator indicator : ctx.indicators) {
                double yearTarget = baseTarget(indicator, size);
                target(indicator, branch, previous, yearTarget);
                outcome(indicator, branch, previous, yearTarget * (0.6 + 0.6 * random.fraction()));
                double thisYear = "YES_NO".equals(indicator.unit()) || "PERCENT".equals(indicator.unit())
                        ? yearTarget : Math.ceil(yearTarget * (1.0 + 0.2 * random.fraction()));
                target(indicator, branch, current, thisYear);
                if (half(indicator)) {
                    target(indicator, branch, current + "H1", Math.ceil(thisYear / 2));
                    target(indicator, branch, current + "H2", thisYear - Math.ceil(thisYear / 2));
                    if (firstHalfDone) {
                        outcome(indicator, branch, current + "H1", Math.ceil(thisYear / 2) * (0.5 + 0.7 * random.fraction()));
                    }
                }
                double soFar = half(indicator) ? thisYear * elapsed * (0.5 + 0.8 * random.fraction()) : thisYear * random.fraction();
                outcome(indicator, branch, current, soFar);
                if (half(indicator) && firstHalfDone) {
                    double secondHalf = thisYear - Math.ceil(thisYear / 2);
                    double share = (elapsed - 0.5) * 2;
                    outcome(indicator, branch, current + "H2", secondHalf * share * (0.5 + 0.8 * random.fraction()));
                }
            }
        }
    }

    /** Half-year targets only make sense for counts and money, not for shares or yes/no. */
    private static boolean half(Indicator indicator) {
        return "COUNT".equals(indicator.unit()) || "SEK".equals(indicator.unit());
    }

    private double sizeFactor(long branchId) {
        return members.stream().filter(m -> m.branchId() == branchId && m.year() == ctx.previousYear)
                .mapToInt(ActiveMembers::members).findFirst().orElse(4_000) / 4_000.0;
    }

    private double baseTarget(Indicator indicator, double size) {
        return switch (indicator.unit()) {
            case "SEK" -> Math.round(size * random.between(2, 20)) * 100_000.0;
            case "PERCENT" -> random.between(20, 80);
            case "YES_NO" -> 1;
            default -> Math.max(1, Math.round(size * random.between(2, 25)));
        };
    }

    private void target(Indicator indicator, Branch branch, String period, double value) {
        BigDecimal v = amount(indicator, value);
        BigDecimal women = indicator.genderSplit() ? share(v, 0.4) : null;
        targets.add(new Target(targets.size() + 1L, indicator.id(), branch.id(), period, v, women,
                women == null ? null : v.subtract(women), null));
    }

    /** A derived indicator's outcome is counted from the records, never stored by the demo. */
    private void outcome(Indicator indicator, Branch branch, String period, double value) {
        if (indicator.derived()) {
            return;
        }
        BigDecimal v = "YES_NO".equals(indicator.unit()) ? BigDecimal.valueOf(random.chance(0.7) ? 1 : 0) : amount(indicator, value);
        BigDecimal women = indicator.genderSplit() ? share(v, 0.25 + 0.2 * random.fraction()) : null;
        String source = "MANUAL";
        String comment = "MANUAL".equals(source) && random.chance(0.3) ? "Uppgift från avdelningens rapport" : null;
        outcomes.add(new Outcome(outcomes.size() + 1L, indicator.id(), branch.id(), period, v, women,
                women == null ? null : v.subtract(women), source, comment, null, null));
    }

    private static BigDecimal amount(Indicator indicator, double value) {
        double rounded = switch (indicator.unit()) {
            case "SEK" -> Math.round(value / 1_000.0) * 1_000.0;
            case "PERCENT" -> Math.min(100, Math.round(value));
            default -> Math.round(value);
        };
        return BigDecimal.valueOf(rounded).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(BigDecimal total, double fraction) {
        return total.multiply(BigDecimal.valueOf(fraction)).setScale(0, RoundingMode.HALF_UP).setScale(2, RoundingMode.HALF_UP);
    }
}
