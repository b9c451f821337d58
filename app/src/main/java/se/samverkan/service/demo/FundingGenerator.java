package se.samverkan.service.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.domain.Branch;
import se.samverkan.domain.BudgetLine;
import se.samverkan.domain.FundingPartner;
import se.samverkan.domain.FundingProject;
import se.samverkan.domain.FundingTarget;
import se.samverkan.domain.Organisation;

/**
 * Three to five fictional ESF+ projects in the pilot areas with partners, branches, a budget (balanced, except for
 * ideas) and targets: participants by gender and companies per county.
 */
final class FundingGenerator {

    private static final List<String> NAMES = List.of("Kompetenslyft småländsk industri", "Omställning Syd",
            "Digitala verkstäder", "Validering för framtidens industri", "Hållbar produktion i Sydost");
    private static final List<String> STATUSES = List.of("IDEA", "APPLIED", "GRANTED", "RUNNING", "RUNNING", "CLOSED", "REJECTED");
    private static final List<String> ROLES = List.of("PARTNER", "COOPERATION_PARTNER", "STEERING_GROUP", "PARTNER");
    private static final List<Integer> PERCENTS = List.of(40, 50, 54, 60);
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
        LocalDate from = periodStart(status);
        LocalDate to = from.plusMonths(random.between(18, 36)).minusDays(1);
        if ("CLOSED".equals(status) && !to.isBefore(ctx.today)) {
            to = ctx.today.withDayOfMonth(1).minusMonths(random.between(1, 6)).minusDays(1);
        }
        // An idea's call is open now (the timeline shows it); the others applied about half a year before starting.
        LocalDate applicationTo = "IDEA".equals(status) ? ctx.today.plusMonths(random.between(1, 3))
                : from.minusMonths(4);
        LocalDate applicationFrom = "IDEA".equals(status) ? ctx.today.minusMonths(1) : applicationTo.minusMonths(3);
        int participants = 50 * random.between(2, 30);
        int women = (int) Math.round(participants * (0.25 + 0.2 * random.fraction()));
        boolean started = "RUNNING".equals(status) || "CLOSED".equals(status);
        double reached = started ? 0.2 + 0.7 * random.fraction() : 0;
        List<FundingTarget> targets = new ArrayList<>();
        targets.add(new FundingTarget("PARTICIPANTS", null, women, participants - women, participants,
                started ? (int) Math.round(women * reached) : null,
                started ? (int) Math.round((participants - women) * reached) : null,
                started ? (int) Math.round(women * reached) + (int) Math.round((participants - women) * reached) : null));
        // Companies per county of the area, as the seeds' applications split them (e.g. 70 in Skåne, 30 in Blekinge).
        for (var county : ctx.countiesOf(nuts)) {
            int companies = 5 * random.between(2, 12);
            targets.add(new FundingTarget("COMPANIES", county.code(), null, null, companies, null, null,
                    started ? (int) Math.round(companies * reached) : null));
        }
        List<FundingPartner> partners = random.sample(pool.stream().filter(o -> o.id() != owner.id()).toList(),
                random.between(2, 5)).stream().map(o -> new FundingPartner(o.id(), random.pick(PARTNER_ROLES))).toList();
        List<Long> branches = random.sample(ctx.branchesIn(nuts), random.between(1, 4)).stream().map(Branch::id).toList();
        long total = 100_000L * random.between(40, 250);
        int percent = random.pick(PERCENTS);
        long esf = total * percent / 100;
        long region = (total - esf) * 4 / 10;
        long staff = total * 45 / 100;
        long external = total * 25 / 100;
        long participantCosts = total * 20 / 100;
        // An idea is still being costed: its budget need not balance yet, and the window says so.
        long indirect = total - staff - external - participantCosts - ("IDEA".equals(status) ? 50_000 : 0);
        List<BudgetLine> budget = List.of(
                line("INCOME", "ESF_SHARE", "ESF-stöd", esf),
                line("INCOME", "CO_FINANCING", "Medfinansiering " + owner.name(), region),
                line("INCOME", "STAFF_CO_FINANCING", "Deltagarnas lönekostnad (tid)", total - esf - region),
                line("COST", "STAFF", "Projektpersonal", staff),
                line("COST", "EXTERNAL_SERVICES", "Externa tjänster", external),
                line("COST", "PARTICIPANT_COSTS", "Deltagarkostnader", participantCosts),
                line("COST", "INDIRECT", "Indirekta kostnader", indirect));
        projects.add(new FundingProject(projects.size() + 1L, name, "ESF_PLUS", "Programområde 1",
                "Kompetensförsörjning i omställningens tid", applicationFrom, applicationTo, owner.id(),
                nuts, status, random.pick(ROLES), "Nå in i företagen och förankra insatserna hos klubbarna", from, to,
                random.fraction() < 0.3 ? to.plusMonths(6) : null, BigDecimal.valueOf(percent), null, partners,
                branches, List.of(), budget, targets));
    }

    /** When a project in {@code status} starts, relative to the demo's today, so status and dates agree. */
    private LocalDate periodStart(String status) {
        LocalDate month = ctx.today.withDayOfMonth(1);
        return switch (status) {
            case "IDEA" -> month.plusMonths(random.between(7, 10));
            case "APPLIED", "REJECTED" -> month.plusMonths(random.between(2, 5));
            case "GRANTED" -> month.plusMonths(1);
            case "CLOSED" -> month.minusMonths(random.between(30, 40));
            default -> month.minusMonths(random.between(4, 14));
        };
    }

    private BudgetLine line(String side, String kind, String label, long amount) {
        return new BudgetLine(++budgetLineId, side, kind, label, BigDecimal.valueOf(amount).setScale(2));
    }
}
