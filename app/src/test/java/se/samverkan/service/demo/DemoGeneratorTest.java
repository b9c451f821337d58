package se.samverkan.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.County;
import se.samverkan.domain.Indicator;
import se.samverkan.domain.Municipality;
import se.samverkan.domain.PolicyArea;
import se.samverkan.domain.Relationship;
import se.samverkan.service.Workspace;

class DemoGeneratorTest {

    /** The real people named in shared/domain/seeds (001: Carina Åberg; 003: Maria Nilsson, Marina Lundmark). */
    private static final List<String> SEED_PEOPLE = List.of("Carina Åberg", "Maria Nilsson", "Marina Lundmark");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @TempDir
    static Path dir;
    static List<County> counties;
    static List<Municipality> municipalities;
    static List<Indicator> indicators;
    static List<PolicyArea> policyAreas;
    static DemoDataSet standard;

    @BeforeAll
    static void readReferenceData() {
        try (Workspace ws = Workspace.create(dir.resolve("ref"), "pw".toCharArray())) {
            counties = ws.read(s -> s.reference().counties());
            municipalities = ws.read(s -> s.reference().municipalities());
            indicators = ws.read(s -> s.reference().indicators());
            policyAreas = ws.read(s -> s.reference().policyAreas());
        }
        standard = generate(DemoOptions.standard(TODAY));
    }

    static DemoDataSet generate(DemoOptions options) {
        return DemoGenerator.generate(options, counties, municipalities, indicators, policyAreas);
    }

    @Test
    void sameSeedGivesIdenticalData() {
        assertThat(generate(DemoOptions.standard(TODAY))).isEqualTo(standard);
    }

    @Test
    void anotherSeedGivesOtherPeople() {
        DemoDataSet other = generate(new DemoOptions(600, 7L, TODAY));
        assertThat(other.people()).isNotEqualTo(standard.people());
    }

    @Test
    void standardSetHasTheAskedNumberOfPeopleAndTwelveBranchesInThePilotAreas() {
        assertThat(standard.people()).hasSize(DemoDataService.DEFAULT_PEOPLE);
        assertThat(standard.branches()).hasSize(12);
        assertThat(standard.branches()).allSatisfy(b -> {
            assertThat(b.nutsCode()).isIn("SE21", "SE22");
            assertThat(b.name()).startsWith("IF Metall Avdelning ");
        });
        assertThat(standard.activeMembers()).hasSize(24)
                .allSatisfy(m -> assertThat(m.members()).isBetween(1_400, 9_300));
    }

    @Test
    void demoNamesNoRealPersonFromTheSeeds() {
        Set<String> fullNames = standard.people().stream().map(p -> p.firstName() + " " + p.lastName()).collect(Collectors.toSet());
        Set<String> surnames = standard.people().stream().map(p -> p.lastName()).collect(Collectors.toSet());
        for (String real : SEED_PEOPLE) {
            assertThat(fullNames).doesNotContain(real);
            assertThat(surnames).doesNotContain(real.substring(real.indexOf(' ') + 1));
        }
        String everything = standard.toString();
        SEED_PEOPLE.forEach(real -> assertThat(everything).doesNotContain(real));
    }

    @Test
    void emailsAndWebsitesUseExampleDomainsOnly() {
        Stream.concat(standard.people().stream().map(p -> p.email()), standard.organisations().stream().map(o -> o.email()))
                .forEach(email -> assertThat(email).matches("[a-z0-9.-]+@example\\.(se|com)"));
        standard.organisations().forEach(o -> assertThat(o.website()).matches("https://www\\.example\\.(se|com)/[a-z0-9-]+"));
    }

    @Test
    void phoneNumbersComeFromTheSeriesReservedForFiction() {
        standard.people().forEach(p -> assertThat(p.phone()).matches("070-174 06 (0[5-9]|[1-9][0-9])"));
        standard.organisations().forEach(o -> assertThat(o.phone()).matches("040-628 04 [0-9]{2}"));
    }

    @Test
    void aboutThirtyPercentAreUnionMembersAndAFewHoldPoliticalOffice() {
        long members = standard.people().stream().filter(p -> Boolean.TRUE.equals(p.unionMember())).count();
        assertThat(members).isBetween(120L, 240L);
        assertThat(standard.politicalOffices()).hasSizeBetween(8, 45).allSatisfy(o -> {
            assertThat(o.party()).isEqualTo("Socialdemokraterna");
            assertThat(o.level()).isIn("MUNICIPALITY", "REGION");
            assertThat(o.termTo()).isAfter(o.termFrom());
        });
    }

    @Test
    void everyRelationshipHasExactlyOnePartyOnEachSideAndAStrengthOfOneToFive() {
        assertThat(standard.relationships()).hasSize(900);
        for (Relationship r : standard.relationships()) {
            assertThat(r.fromPersonId() == null).isNotEqualTo(r.fromOrgId() == null);
            assertThat(r.toPersonId() == null).isNotEqualTo(r.toOrgId() == null);
            assertThat(r.strength()).isBetween(1, 5);
        }
    }

    @Test
    void followUpsAreOverdueDueSoonAndDone() {
        assertThat(standard.followUps()).anyMatch(f -> f.doneOn() == null && f.dueDate().isBefore(TODAY));
        assertThat(standard.followUps()).anyMatch(f -> f.doneOn() == null && !f.dueDate().isBefore(TODAY)
                && !f.dueDate().isAfter(TODAY.plusDays(30)));
        assertThat(standard.followUps()).anyMatch(f -> f.doneOn() != null);
        assertThat(standard.interactions()).allSatisfy(i ->
                assertThat(i.occurredOn()).isBetween(LocalDate.of(2025, 1, 1), TODAY));
    }

    @Test
    void everySeatReferencesAGeneratedPersonAndForumAndSeveralTermsEndWithin90Days() {
        Map<Long, Object> people = standard.people().stream().collect(Collectors.toMap(p -> p.id(), Function.identity()));
        Set<Long> forums = standard.forums().stream().map(f -> f.id()).collect(Collectors.toSet());
        assertThat(standard.seats()).allSatisfy(s -> {
            assertThat(people).containsKey(s.personId());
            assertThat(forums).contains(s.forumId());
            assertThat(s.termTo() == null || !s.termTo().isBefore(s.termFrom())).isTrue();
            assertThat(!"BRANCH".equals(s.represents()) || s.representsBranchId() != null).isTrue();
        });
        assertThat(standard.seats().stream().filter(s -> s.termTo() != null
                && !s.termTo().isBefore(TODAY) && !s.termTo().isAfter(TODAY.plusDays(90)))).hasSizeGreaterThan(5);
        assertThat(standard.forums()).anyMatch(f -> f.unionInitiated());
    }

    @Test
    void workshopsAreHeldCancelledPlannedAndIdeasWithParticipationOnlyWhenHeld() {
        assertThat(standard.workshops()).extracting(w -> w.status()).contains("HELD", "CANCELLED", "PLANNED", "IDEA");
        assertThat(standard.workshops()).allSatisfy(w -> assertThat(
                "IDEA".equals(w.status()) || "CANCELLED".equals(w.status()) || w.heldOn() != null).isTrue());
        assertThat(standard.workshops()).anyMatch(w -> "PLANNED".equals(w.status())
                && w.heldOn().isAfter(TODAY) && w.heldOn().isBefore(TODAY.plusWeeks(11)));
        Set<Long> held = standard.workshops().stream().filter(w -> "HELD".equals(w.status())).map(w -> w.id())
                .collect(Collectors.toSet());
        assertThat(standard.participations()).isNotEmpty().allSatisfy(p -> assertThat(held).contains(p.workshopId()));
    }

    @Test
    void targetsCoverEveryBranchAndIndicatorAndOutcomesEveryTypedOneForBothYears() {
        int pairs = standard.branches().size() * indicators.size();
        int typed = standard.branches().size() * (int) indicators.stream().filter(i -> !i.derived()).count();
        assertThat(standard.targets().stream().filter(t -> t.period().equals("2025"))).hasSize(pairs);
        assertThat(standard.targets().stream().filter(t -> t.period().equals("2026"))).hasSize(pairs);
        assertThat(standard.outcomes().stream().filter(o -> o.period().equals("2025"))).hasSize(typed);
        assertThat(standard.targets()).anyMatch(t -> t.period().equals("2026H1"));
        assertThat(standard.outcomes()).as("derived outcomes are counted from the records, never stored")
                .extracting(o -> o.source()).containsOnly("MANUAL");
        long distinct = standard.targets().stream().map(t -> t.indicatorId() + "/" + t.branchId() + "/" + t.period()).distinct().count();
        assertThat(distinct).isEqualTo(standard.targets().size());
    }

    @Test
    void demandLevelsMatchThePolicyAreaHolder() {
        Map<String, String> holder = policyAreas.stream().collect(Collectors.toMap(PolicyArea::code, PolicyArea::holder));
        assertThat(standard.demands()).hasSizeBetween(36, 72).allSatisfy(d -> {
            String h = holder.get(d.policyArea());
            assertThat(h).isNotNull();
            if (!"BOTH".equals(h)) {
                assertThat(d.level()).isEqualTo(h);
            }
        });
    }

    @Test
    void threeToFiveEsfProjectsWithGenderSplitTargetsAndBudget() {
        assertThat(standard.fundingProjects()).hasSizeBetween(3, 5).allSatisfy(p -> {
            assertThat(p.fund()).isEqualTo("ESF_PLUS");
            assertThat(p.targets()).anySatisfy(t -> assertThat(t.targetWomen() + t.targetMen()).isEqualTo(t.targetTotal()));
            assertThat(p.partners()).isNotEmpty();
            assertThat(p.branchIds()).isNotEmpty();
            assertThat(p.budgetLines()).extracting(l -> l.kind()).contains("ESF_SHARE", "CO_FINANCING");
        });
    }
}
