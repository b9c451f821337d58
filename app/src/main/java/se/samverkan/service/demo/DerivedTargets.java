package se.samverkan.service.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.domain.FigureValue;
import se.samverkan.domain.Indicator;
import se.samverkan.domain.Period;
import se.samverkan.domain.Target;
import se.samverkan.store.StoreSession;

/**
 * Sets the demo's targets of derived indicators from what the demo records count, once they are written: a target
 * drawn at random would be far from the records and paint the whole follow-up red. Each target becomes the count
 * over its period (so far, for the current one, scaled up to the whole period) times a factor between 0.8 and 1.6,
 * so the dashboard shows a believable mix of on track, at risk and off track.
 */
final class DerivedTargets {

    private DerivedTargets() {
    }

    static void calibrate(StoreSession session, List<Indicator> indicators, List<Target> targets, LocalDate today,
                          long seed) {
        var random = new DemoRandom(seed ^ 0x5eed_7a26L);
        Map<Long, Indicator> derived = new HashMap<>();
        indicators.stream().filter(Indicator::derived).forEach(i -> derived.put(i.id(), i));
        Map<String, Map<Long, FigureValue>> counted = new HashMap<>();
        Map<Long, BigDecimal> values = new HashMap<>();
        for (Target t : targets) {
            Indicator indicator = derived.get(t.indicatorId());
            if (indicator == null) {
                continue;
            }
            Period period = Period.parse(t.period());
            if (period.start().isAfter(today)) {
                continue;
            }
            FigureValue value = counted.computeIfAbsent(indicator.derivedRule() + "/" + period, k -> session
                            .derivedFigures().byBranch(indicator.derivedRule(), period.start(), period.end()))
                    .getOrDefault(t.branchId(), FigureValue.ZERO);
            double elapsed = period.elapsed(today);
            double whole = value.total().doubleValue() / Math.max(elapsed, 0.05);
            double factor = 0.8 + 0.8 * random.fraction();
            values.put(t.id(), BigDecimal.valueOf(Math.max(1, Math.round(whole * factor))).setScale(2));
        }
        session.demoWriter().activities().targetValues(values);
    }
}
