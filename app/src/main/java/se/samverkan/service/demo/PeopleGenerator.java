package se.samverkan.service.demo;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.domain.Branch;
import se.samverkan.domain.County;
import se.samverkan.domain.Municipality;
import se.samverkan.domain.Organisation;
import se.samverkan.domain.Person;
import se.samverkan.domain.PoliticalOffice;

/** Fictional contacts: the branches' own officers first, then people of the organisations; a few hold elected office. */
final class PeopleGenerator {

    static final String PARTY = "Socialdemokraterna";
    private static final List<String> OFFICER_TITLES = List.of("Ombudsman", "Arbetsmarknadsansvarig ombudsman",
            "Förändringsledare", "Avdelningsordförande", "Studieorganisatör", "Förändringsledare");
    private static final List<String> COMPANY_TITLES = List.of("VD", "HR-chef", "Produktionschef", "Fabrikschef",
            "Kompetensutvecklare", "Operatör", "Svetsare", "CNC-operatör", "Montör", "Underhållstekniker", "Truckförare");
    private static final List<String> PUBLIC_TITLES = List.of("Näringslivschef", "Arbetsmarknadschef",
            "Utvecklingsstrateg", "Kompetensförsörjningsstrateg", "Handläggare", "Enhetschef", "Verksamhetsutvecklare",
            "Rektor", "Samordnare", "Analytiker");
    private static final List<String> CLUB_ROLES = List.of("Klubbordförande", "Skyddsombud", "Styrelseledamot i klubben",
            "Förändringsledare", "Studieansvarig i klubben");

    private final DemoContext ctx;
    private final DemoRandom random;
    private final Map<String, Integer> emailUse = new HashMap<>();
    final List<PoliticalOffice> offices = new ArrayList<>();

    PeopleGenerator(DemoContext ctx) {
        this.ctx = ctx;
        this.random = ctx.random;
    }

    void generate() {
        int total = ctx.options.people();
        int perBranch = Math.max(1, Math.min(6, total / 150));
        for (int round = 0; round < perBranch; round++) {
            for (Branch branch : ctx.branches) {
                if (ctx.people.size() < total) {
                    officer(branch, round);
                }
            }
        }
        List<Organisation> companies = ctx.organisations.stream().filter(o -> "COMPANY".equals(o.actorType())).toList();
        List<Organisation> others = ctx.organisations.stream().filter(o -> !"COMPANY".equals(o.actorType())).toList();
        while (ctx.people.size() < total) {
            boolean atCompany = random.chance(0.55);
            contact(atCompany ? random.pick(companies) : random.pick(others), atCompany);
        }
        // Some of the branches' own officers sit in a council too, as in life: the 1 % goal has something to count.
        // A random line of its own, so the rest of the demo stays as it was.
        var officersRandom = new DemoRandom(ctx.options.seed() ^ 0x0FF1CEL);
        for (Person person : List.copyOf(ctx.people)) {
            if (person.branchId() != null && Boolean.TRUE.equals(person.unionMember()) && officersRandom.chance(0.3)) {
                office(person, officersRandom);
            }
        }
    }

    private void officer(Branch branch, int round) {
        List<Municipality> area = ctx.branchMunicipalities.getOrDefault(branch.id(),
                ctx.municipalities(branch.countyCodes().get(0)));
        String title = OFFICER_TITLES.get(round % OFFICER_TITLES.size());
        add(null, branch.id(), title, branch.countyCodes().get(0), random.pick(area).code(), true, title, "example.se");
    }

    private void contact(Organisation org, boolean atCompany) {
        String county = org.countyCode() != null ? org.countyCode() : random.pick(ctx.counties).code();
        String municipality = org.municipalityCode() != null ? org.municipalityCode() : random.pick(ctx.municipalities(county)).code();
        Boolean member;
        String role = null;
        if (atCompany) {
            member = random.chance(0.46) ? Boolean.TRUE : random.chance(0.4) ? Boolean.FALSE : null;
            if (Boolean.TRUE.equals(member) && random.chance(0.3)) {
                role = random.pick(CLUB_ROLES);
            }
        } else {
            member = random.chance(0.1) ? Boolean.TRUE : random.chance(0.3) ? Boolean.FALSE : null;
        }
        String title = random.pick(atCompany ? COMPANY_TITLES : PUBLIC_TITLES);
        Person person = add(org.id(), null, title, county, municipality, member, role, atCompany ? "example.com" : "example.se");
        if (random.chance(0.04)) {
            office(person, random);
        }
    }

    private Person add(Long orgId, Long branchId, String title, String county, String municipality, Boolean member,
                       String role, String domain) {
        long id = ctx.people.size() + 1L;
        String first = random.pick(DemoNames.FIRST_NAMES);
        String last = DemoNames.surname(random);
        String local = DemoNames.slug(first) + "." + DemoNames.slug(last);
        int use = emailUse.merge(local + "@" + domain, 1, Integer::sum);
        String email = (use == 1 ? local : local + use) + "@" + domain;
        LocalDate verifyBy = random.chance(0.2) ? ctx.today.plusDays(random.between(-30, 365)) : null;
        Person person = new Person(id, first, last, title, orgId, branchId, email, DemoNames.fictionalMobile(random),
                county, municipality, member, role, verifyBy);
        ctx.add(person);
        return person;
    }

    /** A seat in kommunfullmäktige or regionfullmäktige for the current four-year term. */
    private void office(Person person, DemoRandom random) {
        LocalDate termFrom = currentTermStart();
        LocalDate termTo = termFrom.plusYears(4).minusDays(1);
        boolean municipal = random.chance(0.75) || "09".equals(person.countyCode());
        String role = random.chance(0.6) ? "Ledamot" : "Ersättare";
        PoliticalOffice office;
        long id = offices.size() + 1L;
        if (municipal) {
            Municipality m = ctx.municipalities(person.countyCode()).stream()
                    .filter(x -> x.code().equals(person.municipalityCode())).findFirst()
                    .orElse(ctx.municipalities(person.countyCode()).get(0));
            office = new PoliticalOffice(id, person.id(), "Kommunfullmäktige i " + m.nameSv(), "MUNICIPALITY", PARTY,
                    m.code(), person.countyCode(), role, termFrom, termTo);
        } else {
            County c = ctx.countyByCode.get(person.countyCode());
            office = new PoliticalOffice(id, person.id(), "Regionfullmäktige i " + c.regionName(), "REGION", PARTY,
                    null, c.code(), role, termFrom, termTo);
        }
        offices.add(office);
        ctx.politiciansByCounty.computeIfAbsent(person.countyCode(), k -> new ArrayList<>()).add(person);
    }

    /** Swedish councils start their term on 15 October of an election year (2022, 2026, …). */
    private LocalDate currentTermStart() {
        int election = ctx.year - Math.floorMod(ctx.year - 2022, 4);
        LocalDate start = LocalDate.of(election, Month.OCTOBER, 15);
        return ctx.today.isBefore(start) ? start.minusYears(4) : start;
    }
}
