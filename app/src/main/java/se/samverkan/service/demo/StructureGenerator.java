package se.samverkan.service.demo;

import java.util.ArrayList;
import java.util.List;
import se.samverkan.domain.ActiveMembers;
import se.samverkan.domain.Branch;
import se.samverkan.domain.County;
import se.samverkan.domain.Municipality;
import se.samverkan.domain.Organisation;

/** The fictional branches of the two pilot areas and the organisations of the network (public bodies and companies). */
final class StructureGenerator {

    /** Fictional branch names and numbers per county; the 800 series is not used by the union's real branches. */
    private record BranchSpec(String name, int number, String countyCode) {
    }

    private static final List<BranchSpec> BRANCHES = List.of(
            new BranchSpec("Vätterbygden", 801, "06"), new BranchSpec("Höglandet", 802, "06"),
            new BranchSpec("Finnveden", 803, "06"), new BranchSpec("Värend", 804, "07"),
            new BranchSpec("Sunnerbo", 805, "07"), new BranchSpec("Smålandskusten", 806, "08"),
            new BranchSpec("Kalmarsund", 807, "08"), new BranchSpec("Gutebygden", 808, "09"),
            new BranchSpec("Blekingekusten", 809, "10"), new BranchSpec("Nordöstra Skåne", 810, "12"),
            new BranchSpec("Öresundsbygden", 811, "12"), new BranchSpec("Söderslätt", 812, "12"));

    private final DemoContext ctx;
    private final DemoRandom random;
    final List<ActiveMembers> activeMembers = new ArrayList<>();

    StructureGenerator(DemoContext ctx) {
        this.ctx = ctx;
        this.random = ctx.random;
    }

    void generate() {
        branches();
        publicBodies();
        companies();
    }

    private void branches() {
        for (BranchSpec spec : BRANCHES) {
            County county = ctx.countyByCode.get(spec.countyCode());
            if (county == null) {
                continue;
            }
            long id = ctx.branches.size() + 1L;
            Integer joined = random.chance(0.7) ? 2022 : random.between(2023, Math.max(2023, ctx.year));
            Branch branch = new Branch(id, spec.number(), "IF Metall Avdelning " + spec.name(), county.nutsCode(),
                    List.of(county.code()), joined, null);
            ctx.branches.add(branch);
            ctx.branchesByCounty.computeIfAbsent(county.code(), k -> new ArrayList<>()).add(branch);
            int previous = random.between(1_500, 9_000);
            activeMembers.add(new ActiveMembers(id, ctx.previousYear, previous));
            activeMembers.add(new ActiveMembers(id, ctx.year, (int) Math.round(previous * (0.95 + 0.08 * random.fraction()))));
        }
        // Each branch covers a contiguous share of its county's municipalities, as real branches follow borders.
        ctx.branchesByCounty.forEach((county, branches) -> {
            List<Municipality> all = ctx.municipalities(county);
            for (int i = 0; i < branches.size(); i++) {
                int from = all.size() * i / branches.size();
                int to = Math.max(from + 1, all.size() * (i + 1) / branches.size());
                ctx.branchMunicipalities.put(branches.get(i).id(), List.copyOf(all.subList(from, Math.min(to, all.size()))));
            }
        });
    }

    private void publicBodies() {
        for (String nuts : DemoContext.PILOT_NUTS) {
            List<County> counties = ctx.countiesOf(nuts);
            if (counties.isEmpty()) {
                continue;
            }
            String seat = counties.get(0).code();
            String area = nuts.equals("SE21") ? "Småland och öarna" : "Sydsverige";
            organisation("LO-distriktet " + area, "LO", seat, null);
            organisation("Teknikföretagen " + area, "EMPLOYER_ORG", seat, null);
            organisation("Industriarbetsgivarna " + area, "EMPLOYER_ORG", seat, null);
            organisation("Svenska ESF-rådet, " + area, "ESF_COUNCIL", seat, null);
        }
        for (County county : ctx.counties) {
            String countyName = county.nameSv();
            ctx.regionByCounty.put(county.code(), organisation(county.regionName(), "REGION", county.code(), null));
            organisation("Länsstyrelsen i " + countyName, "COUNTY_BOARD", county.code(), null);
            organisation("Arbetsförmedlingen, " + countyName, "PES", county.code(), null);
            organisation("IUC " + countyName, "IUC", county.code(), null);
            organisation("Teknikcollege " + countyName, "TECH_COLLEGE", county.code(), null);
            List<Municipality> municipalities = ctx.municipalities(county.code());
            boolean regionIsMunicipality = "kommun_med_regionansvar".equals(county.regionType());
            for (Municipality m : municipalities) {
                if (!regionIsMunicipality) {
                    organisation(DemoNames.municipalityName(m.nameSv()), "MUNICIPALITY", county.code(), m.code());
                }
            }
            for (Municipality m : random.sample(municipalities, 3)) {
                organisation("Komvux " + m.nameSv(), "ADULT_EDUCATION", county.code(), m.code());
            }
        }
    }

    private void companies() {
        List<Municipality> all = ctx.municipalitiesByCounty.values().stream().flatMap(List::stream).toList();
        int count = Math.max(40, ctx.options.people() / 8);
        for (int i = 0; i < count; i++) {
            Municipality m = random.pick(all);
            organisation(DemoNames.company(random), "COMPANY", m.countyCode(), m.code());
        }
    }

    private Organisation organisation(String name, String actorType, String countyCode, String municipalityCode) {
        long id = ctx.nextOrganisationId();
        String slug = DemoNames.slug(name);
        String domain = "COMPANY".equals(actorType) ? "example.com" : "example.se";
        Organisation o = new Organisation(id, name, actorType, countyCode, municipalityCode,
                "kontakt." + id + "@" + domain, DemoNames.fictionalOffice(random), "https://www." + domain + "/" + slug);
        ctx.add(o);
        return o;
    }
}
