package se.samverkan.service.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.domain.Branch;
import se.samverkan.domain.BudgetLine;
import se.samverkan.domain.FundingPartner;
import se.samverkan.domain.FundingProject;
import se.samverkan.domain.GenderSplitCount;
import se.samverkan.domain.Organisation;

/** Three to five fictional ESF+ projects in the pilot areas with partners, branches, budget and gender-split targets. */
final class FundingGenerator {

    private static final List<String> NAMES = List.of("Kompetenslyft småländsk industri", "Omställning Syd",
            "Digitala verkstäder", "Validering för framtidens industri", "Hållbar produktion i Sydost");
    private static final List<String> STATUSES = List.of("IDEA", "APPLIED", "GRANTED", "RUNNING", "RUNNING", "CLOSED", "REJECTED");
    private static final List<String> ROLES = List.of("PARTNER", "COOPERATION_PARTNER", "STEERING_GROUP", "PARTNER");
    private static final List<String> PARTNER_ROLES = List.of("PARTNER", "COOPERATION_PARTNER", "CO_FINANCIER");

    private final DemoContext ctx;
    private final DemoRandom random;
    final List<FundingProject> projects = new ArrayList<>();
    private long budgetLineId;

    FundingGenerator(DemoContext ctx) {
        this.ctx = ctx;
        this.random = ctx.random;
    }

    void generate() {
        int count = random.between(3, 5);
        for (int i = 0; i < count; i++) {
            String nuts = DemoContext.PILOT_NUTS.get(i % DemoContext.PILOT_NUTS.size());
            if (!ctx.countiesOf(nuts).isEmpty()) {
                project(NAMES.get(i), nuts);
            }
        }
    }

    private void project(String name, String nuts) {
        List<Organisation> pool = ctx.organisations.stream()
                .filter(o -> o.countyCode() != null && ctx.countyByCode.get(o.countyCode()).nutsCode().equals(nuts))
                .filter(o -> !"COMPANY".equals(o.actorType()))
                .toList();
        Organisation owner = pool.stream().filter(o -> "REGION".equals(o.actorType()) || "IUC".equals(o.actorType()))
                .skip(random.between(0, 2)).findFirst().orElse(pool.get(0));
        String status = random.pick(STATUSES);
        LocalDate from = LocalDate.of(ctx.previousYear, random.between(1, 12), 1);
        LocalDate to = from.plusMonths(random.between(18, 36)).minusDays(1);
        int participants = 50 * random.between(2, 30);
        int women = (int) Math.round(participants * (0.25 + 0.2 * random.fraction()));
        GenderSplitCount target = new GenderSplitCount(participants, women, participants - women, random.between(20, 100));
        GenderSplitCount outcome = new GenderSplitCount(null, null, null, null);
        if ("RUNNING".equals(status) || "CLOSED".equals(status)) {
            int reached = (int) Math.round(participants * (0.2 + 0.7 * random.fraction()));
            int reachedWomen = (int) Math.round(reached * (0.2 + 0.2 * random.fraction()));
            outcome = new GenderSplitCount(reached, reachedWomen, reached - reachedWomen,
                    (int) Math.round(target.companies() * random.fraction()));
        }
        List<FundingPartner> partners = random.sample(pool.stream().filter(o -> o.id() != owner.id()).toList(),
                random.between(2, 5)).stream().map(o -> new FundingPartner(o.id(), random.pick(PARTNER_ROLES))).toList();
        List<Long> branches = random.sample(ctx.branchesIn(nuts), random.between(1, 4)).stream().map(Branch::id).toList();
        long esf = 100_000L * random.between(20, 150);
        List<BudgetLine> budget = List.of(
                line("ESF-stöd", "ESF_SHARE", esf),
                line("Medfinansiering " + owner.name(), "CO_FINANCING", esf * random.between(40, 60) / 100),
                line("Medfinansiering deltagarnas lönekostnad", "CO_FINANCING", esf * random.between(20, 40) / 100),
                line("Egen personal", "OWN_COST", 100_000L * random.between(5, 30)),
                line("Externa tjänster", "OTHER", 10_000L * random.between(10, 80)));
        projects.add(new FundingProject(projects.size() + 1L, name, "ESF_PLUS", "Kompetensförsörjning i omställningens tid",
                owner.id(), nuts, status, random.pick(ROLES), from, to, target, outcome, partners, branches, budget));
    }

    private BudgetLine line(String label, String kind, long amount) {
        return new BudgetLine(++budgetLineId, label, kind, BigDecimal.valueOf(amount).setScale(2));
    }
}
