package se.samverkan.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.samverkan.domain.Branch;
import se.samverkan.domain.Municipality;
import se.samverkan.domain.Person;
import se.samverkan.domain.PolicyArea;
import se.samverkan.domain.PoliticalDemand;

/** A handful of local political demands per branch, in a policy area and at a level that its holder allows. */
final class PoliticsGenerator {

    /** Demand titles for the policy areas branches most often act in (seed 002); others get a generic title. */
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("EMPLOYMENT", "Kommunal arbetsmarknadsplan som utgår från industrins kompetensbehov"),
            Map.entry("EDUCATION_MUNICIPAL", "Fler platser på industritekniska utbildningar inom komvux"),
            Map.entry("BUSINESS_DEVELOPMENT", "Näringslivsstrategi med plan för omställning i industrin"),
            Map.entry("REGIONAL_DEVELOPMENT", "Industrins kompetensförsörjning i den regionala utvecklingsstrategin"),
            Map.entry("REGIONAL_EDUCATION", "Regionalt stöd till validering av industriarbetare"),
            Map.entry("PUBLIC_TRANSPORT", "Kollektivtrafik anpassad till skiftarbete"),
            Map.entry("HOUSING", "Bostäder för nyanställda i industrin"),
            Map.entry("ENERGY", "Trygg elförsörjning för industrins elektrifiering"),
            Map.entry("PLANNING_BUILDING", "Mark för industrietableringar i översiktsplanen"),
            Map.entry("SOCIAL_CARE", "Arbetsmarknadsinsatser för unga utan gymnasieexamen"));
    private static final List<String> STATUSES = List.of("IDEA", "ANCHORED", "DRIVEN", "DRIVEN", "DECIDED", "IMPLEMENTED",
            "REJECTED");

    private final DemoContext ctx;
    private final DemoRandom random;
    final List<PoliticalDemand> demands = new ArrayList<>();

    PoliticsGenerator(DemoContext ctx) {
        this.ctx = ctx;
        this.random = ctx.random;
    }

    void generate() {
        List<PolicyArea> favoured = ctx.policyAreas.stream().filter(a -> TITLES.containsKey(a.code())).toList();
        List<PolicyArea> areas = favoured.isEmpty() ? ctx.policyAreas : favoured;
        if (areas.isEmpty()) {
            return;
        }
        for (Branch branch : ctx.branches) {
            int count = random.between(3, 6);
            for (int i = 0; i < count; i++) {
                demand(branch, random.chance(0.85) ? random.pick(areas) : random.pick(ctx.policyAreas));
            }
        }
    }

    private void demand(Branch branch, PolicyArea area) {
        String county = branch.countyCodes().get(0);
        String level = "BOTH".equals(area.holder()) ? random.pick(List.of("MUNICIPALITY", "REGION", "BOTH")) : area.holder();
        List<Municipality> places = ctx.branchMunicipalities.getOrDefault(branch.id(), ctx.municipalities(county));
        String municipality = "REGION".equals(level) || places.isEmpty() ? null : random.pick(places).code();
        String status = random.pick(STATUSES);
        LocalDate raised = random.dateBetween(ctx.start(), ctx.today);
        LocalDate decided = switch (status) {
            case "DECIDED", "IMPLEMENTED", "REJECTED" -> random.dateBetween(raised, ctx.today);
            default -> null;
        };
        String title = TITLES.getOrDefault(area.code(), "Lokalt krav: " + area.nameSv().toLowerCase(Locale.forLanguageTag("sv")));
        List<Person> politicians = ctx.politiciansByCounty.getOrDefault(county, List.of());
        List<Long> linked = "IDEA".equals(status) ? List.of()
                : random.sample(politicians, random.between(0, 2)).stream().map(Person::id).toList();
        demands.add(new PoliticalDemand(demands.size() + 1L, title,
                "Avdelningen driver kravet tillsammans med klubbarna i området.", area.code(), level, municipality,
                county, branch.id(), status, raised, decided, linked, null, List.of()));
    }
}
