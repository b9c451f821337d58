package se.samverkan.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.domain.Branch;
import se.samverkan.domain.County;
import se.samverkan.domain.Indicator;
import se.samverkan.domain.Municipality;
import se.samverkan.domain.Organisation;
import se.samverkan.domain.Person;
import se.samverkan.domain.PolicyArea;

/**
 * What the area generators share while building one data set: the options, the one random source, the pilot
 * geography and the records generated so far with the look-ups the later areas need (by county, by branch).
 */
final class DemoContext {

    static final List<String> PILOT_NUTS = List.of("SE21", "SE22");

    final DemoOptions options;
    final DemoRandom random;
    final LocalDate today;
    final int year;
    final int previousYear;
    final List<County> counties;
    final Map<String, County> countyByCode = new LinkedHashMap<>();
    final Map<String, List<Municipality>> municipalitiesByCounty = new LinkedHashMap<>();
    final List<Indicator> indicators;
    final List<PolicyArea> policyAreas;

    final List<Branch> branches = new ArrayList<>();
    final Map<Long, List<Municipality>> branchMunicipalities = new HashMap<>();
    final Map<String, List<Branch>> branchesByCounty = new LinkedHashMap<>();
    final List<Organisation> organisations = new ArrayList<>();
    final Map<String, List<Organisation>> organisationsByCounty = new LinkedHashMap<>();
    final Map<String, Organisation> regionByCounty = new HashMap<>();
    final List<Person> people = new ArrayList<>();
    final Map<String, List<Person>> peopleByCounty = new LinkedHashMap<>();
    /** The branches' own officers (ombudsmän, förändringsledare): the people who take the union's seats. */
    final Map<Long, List<Person>> officersByBranch = new HashMap<>();
    final Map<String, List<Person>> politiciansByCounty = new HashMap<>();

    DemoContext(DemoOptions options, List<County> allCounties, List<Municipality> allMunicipalities,
                List<Indicator> indicators, List<PolicyArea> policyAreas) {
        this.options = options;
        this.random = new DemoRandom(options.seed());
        this.today = options.today();
        this.year = today.getYear();
        this.previousYear = year - 1;
        this.counties = allCounties.stream().filter(c -> PILOT_NUTS.contains(c.nutsCode())).toList();
        if (counties.isEmpty()) {
            throw new IllegalStateException("reference data lacks the counties of " + PILOT_NUTS);
        }
        counties.forEach(c -> countyByCode.put(c.code(), c));
        counties.forEach(c -> municipalitiesByCounty.put(c.code(), new ArrayList<>()));
        for (Municipality m : allMunicipalities) {
            List<Municipality> list = municipalitiesByCounty.get(m.countyCode());
            if (list != null) {
                list.add(m);
            }
        }
        this.indicators = List.copyOf(indicators);
        this.policyAreas = List.copyOf(policyAreas);
    }

    /** The first day of the previous year: the demo covers the previous and the current year. */
    LocalDate start() {
        return LocalDate.of(previousYear, 1, 1);
    }

    List<Municipality> municipalities(String countyCode) {
        return municipalitiesByCounty.getOrDefault(countyCode, List.of());
    }

    List<Person> peopleIn(String countyCode) {
        return peopleByCounty.getOrDefault(countyCode, List.of());
    }

    List<County> countiesOf(String nutsCode) {
        return counties.stream().filter(c -> c.nutsCode().equals(nutsCode)).toList();
    }

    List<Branch> branchesIn(String nutsCode) {
        return branches.stream().filter(b -> b.nutsCode().equals(nutsCode)).toList();
    }

    void add(Organisation organisation) {
        organisations.add(organisation);
        if (organisation.countyCode() != null) {
            organisationsByCounty.computeIfAbsent(organisation.countyCode(), k -> new ArrayList<>()).add(organisation);
        }
    }

    void add(Person person) {
        people.add(person);
        peopleByCounty.computeIfAbsent(person.countyCode(), k -> new ArrayList<>()).add(person);
        if (person.branchId() != null) {
            officersByBranch.computeIfAbsent(person.branchId(), k -> new ArrayList<>()).add(person);
        }
    }

    long nextOrganisationId() {
        return organisations.size() + 1L;
    }
}
