package se.samverkan.service.politics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.domain.Branch;
import se.samverkan.domain.CatalogueDemand;
import se.samverkan.domain.DemandFilter;
import se.samverkan.domain.FieldError;
import se.samverkan.domain.PolicyArea;
import se.samverkan.domain.PoliticalDemand;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.export.ExportService;
import se.samverkan.service.export.ListKind;
import se.samverkan.service.network.FieldProblem;
import se.samverkan.service.network.ValidationException;

class DemandServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    @TempDir
    Path dir;
    private Workspace workspace;
    private DemandService service;
    private long branch;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir.resolve("data"), "pw-for-tests".toCharArray());
        service = new DemandService(workspace, Locale.ROOT,
                Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
        branch = workspace.inTransaction(s -> s.branches().create(
                new Branch(0, 931, "Testavdelning Politik", "SE21", List.of("06"), null, null)).id());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private PoliticalDemand demand(String status, LocalDate decided) {
        return new PoliticalDemand(0, "Barnomsorg på obekväma arbetstider", "Förskola kvällar och nätter.",
                "EDUCATION_MUNICIPAL", "MUNICIPALITY", "0680", "06", branch, status, TODAY.minusMonths(2), decided,
                List.of(), null, List.of());
    }

    private static PoliticalDemand withStatus(PoliticalDemand d, String status, LocalDate decided) {
        return new PoliticalDemand(d.id(), d.title(), d.body(), d.policyArea(), d.level(), d.municipalityCode(),
                d.countyCode(), d.branchId(), status, d.raisedOn(), decided, d.personIds(), d.notes(), d.followUps());
    }

    @ParameterizedTest(name = "{0} at {1}: warning {2}")
    @CsvSource(textBlock = """
            MUNICIPALITY, MUNICIPALITY, false
            MUNICIPALITY, REGION,       true
            MUNICIPALITY, BOTH,         true
            REGION,       REGION,       false
            REGION,       MUNICIPALITY, true
            BOTH,         MUNICIPALITY, false
            BOTH,         REGION,       false
            BOTH,         BOTH,         false
            """)
    void aLevelThatDoesNotHoldThePolicyAreaIsWarnedAbout(String holder, String level, boolean warned) {
        assertThat(DemandService.levelWarning(new PolicyArea("X", "X", holder, true), level)).isEqualTo(warned);
    }

    @Test
    void aDemandAtALevelThatDoesNotHoldItsAreaIsStillSaved() {
        var regional = new PoliticalDemand(0, "Skolfråga till regionen", null, "EDUCATION_MUNICIPAL", "REGION", null,
                "06", branch, "IDEA", TODAY, null, List.of(), null, List.of());
        assertThat(service.validate(regional).valid()).isTrue();
        assertThat(service.save(regional).id()).isPositive();
    }

    @Test
    void everyPolicyAreaOfSeed002IsThereWithItsHolder() {
        assertThat(service.policyAreas()).hasSize(22);
        assertThat(service.policyAreas()).filteredOn(a -> "BOTH".equals(a.holder())).extracting(PolicyArea::code)
                .containsExactly("PUBLIC_TRANSPORT");
        assertThat(service.policyAreas()).filteredOn(a -> "REGION".equals(a.holder()) && !a.mandatory())
                .extracting(PolicyArea::code).containsExactlyInAnyOrder("REGIONAL_CULTURE", "REGIONAL_EDUCATION", "TOURISM");
    }

    @Test
    void theCatalogueAdoptsAsAnIdeaRaisedTodayWithoutBranchOrPlace() {
        List<CatalogueDemand> catalogue = service.catalogue();
        assertThat(catalogue).hasSizeGreaterThan(40);
        CatalogueDemand childCare = catalogue.stream().filter(c -> c.title().equals("Barnomsorg på obekväma arbetstider"))
                .findFirst().orElseThrow();
        assertThat(childCare.policyArea()).isEqualTo("EDUCATION_MUNICIPAL");
        // every example is put at a level that holds its area
        var areas = service.policyAreas();
        assertThat(catalogue).allSatisfy(c -> assertThat(DemandService.levelWarning(areas.stream()
                .filter(a -> a.code().equals(c.policyArea())).findFirst().orElseThrow(), c.level())).isFalse());
        PoliticalDemand draft = service.adopt(childCare);
        assertThat(draft.id()).isZero();
        assertThat(draft.status()).isEqualTo("IDEA");
        assertThat(draft.raisedOn()).isEqualTo(TODAY);
        assertThat(draft.branchId()).isZero();
        assertThatThrownBy(() -> service.save(draft)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).result().errors()).extracting(FieldError::field)
                        .contains(DemandService.BRANCH, DemandService.COUNTY, DemandService.MUNICIPALITY));
    }

    @Test
    void aDemandMovesForwardAndOneStepBackButNotFromImplementedToIdea() {
        PoliticalDemand saved = service.save(demand("IDEA", null));
        saved = service.save(withStatus(saved, "ANCHORED", null));
        assertThat(service.list(DemandFilter.all())).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("ANCHORED"));
        saved = service.save(withStatus(saved, "IDEA", null));
        saved = service.save(withStatus(saved, "IMPLEMENTED", TODAY));
        PoliticalDemand implemented = saved;
        assertThatThrownBy(() -> service.save(withStatus(implemented, "IDEA", null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).result().errors()).contains(
                        new FieldError(DemandService.STATUS, FieldProblem.DEMAND_STATUS_CHANGE.messageKey())));
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(textBlock = """
            IDEA,        DECIDED,     true
            DECIDED,     IDEA,        false
            DECIDED,     DRIVEN,      true
            REJECTED,    IDEA,        true
            REJECTED,    DRIVEN,      false
            IMPLEMENTED, REJECTED,    false
            DRIVEN,      REJECTED,    true
            """)
    void statusMoves(DemandStatus from, DemandStatus to, boolean allowed) {
        assertThat(from.canBecome(to)).isEqualTo(allowed);
    }

    @Test
    void aDecisionNeedsItsDayNotInTheFutureNorBeforeTheDemandWasRaised() {
        assertThat(service.validate(demand("DECIDED", null)).errors()).containsExactly(
                new FieldError(DemandService.DECIDED_ON, FieldProblem.REQUIRED.messageKey()));
        assertThat(service.validate(demand("DECIDED", TODAY.plusDays(1))).errors()).containsExactly(
                new FieldError(DemandService.DECIDED_ON, FieldProblem.IN_THE_FUTURE.messageKey()));
        assertThat(service.validate(demand("REJECTED", TODAY.minusYears(1))).errors()).containsExactly(
                new FieldError(DemandService.DECIDED_ON, FieldProblem.BEFORE_START.messageKey()));
        assertThat(service.validate(demand("DECIDED", TODAY)).valid()).isTrue();
    }

    @Test
    void aDemandsFollowUpsAreKeptChangedAndListedOnTheHomeScreenUnderItsTitle() {
        var first = new se.samverkan.domain.FollowUp(0, null, null, "  Boka möte med gruppledaren ", TODAY.plusDays(3),
                null, "");
        PoliticalDemand saved = service.save(new PoliticalDemand(0, "Prao i grundskolan", null, "EDUCATION_MUNICIPAL",
                "MUNICIPALITY", "0680", "06", branch, "IDEA", TODAY, null, List.of(), null, List.of(first)));
        assertThat(saved.followUps()).singleElement().satisfies(f -> {
            assertThat(f.description()).isEqualTo("Boka möte med gruppledaren");
            assertThat(f.responsible()).isNull();
        });
        var due = workspace.read(s -> s.home(Locale.ROOT).followUpsDue(TODAY.plusDays(14)));
        assertThat(due).singleElement().satisfies(d -> assertThat(d.topic()).isEqualTo("Prao i grundskolan"));
        var changed = new se.samverkan.domain.FollowUp(saved.followUps().get(0).id(), null, null, "Boka möte",
                TODAY.plusDays(5), null, null);
        var blank = new se.samverkan.domain.FollowUp(0, null, null, " ", null, null, null);
        assertThatThrownBy(() -> service.save(new PoliticalDemand(saved.id(), saved.title(), null,
                saved.policyArea(), saved.level(), saved.municipalityCode(), saved.countyCode(), branch, "IDEA", TODAY,
                null, List.of(), null, List.of(changed, blank)))).isInstanceOf(ValidationException.class);
        PoliticalDemand again = service.save(new PoliticalDemand(saved.id(), saved.title(), null, saved.policyArea(),
                saved.level(), saved.municipalityCode(), saved.countyCode(), branch, "IDEA", TODAY, null, List.of(),
                null, List.of(changed)));
        assertThat(again.followUps()).extracting(f -> f.description()).containsExactly("Boka möte");
    }

    @Test
    void theExportStartsWithTheIdAndSpellsOutLevelAndStatus() throws Exception {
        long id = service.save(demand("ANCHORED", null)).id();
        var export = new ExportService(workspace, Messages.of(Messages.SWEDISH));
        Path file = dir.resolve("krav.csv");
        assertThat(export.write(ListKind.DEMANDS, file, false, ';')).isEqualTo(1);
        List<String> lines = Files.readString(file, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).startsWith("Id;Titel;Politikområde;Nivå");
        assertThat(lines.get(1)).startsWith(id + ";Barnomsorg på obekväma arbetstider;För-, grund- och gymnasieskola"
                + " samt komvux;Kommun;").contains(";Förankrat i partigruppen;");
    }
}
