package se.samverkan.service.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.Branch;
import se.samverkan.domain.BudgetLine;
import se.samverkan.domain.FieldError;
import se.samverkan.domain.FundingFilter;
import se.samverkan.domain.FundingPartner;
import se.samverkan.domain.FundingProject;
import se.samverkan.domain.FundingTarget;
import se.samverkan.domain.Organisation;
import se.samverkan.service.Workspace;
import se.samverkan.service.network.FieldProblem;
import se.samverkan.service.network.ValidationException;

class FundingServiceTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private FundingService service;
    private long branch;
    private long region;
    private long partner;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw-for-tests".toCharArray());
        service = new FundingService(workspace);
        branch = workspace.inTransaction(s -> s.branches().create(
                new Branch(0, 903, "Testavdelning Sydost", "SE22", List.of("12", "10"), null, null)).id());
        region = workspace.inTransaction(s -> s.organisations(java.util.Locale.ROOT).create(
                new Organisation(0, "Region Testlän", "REGION", "12", null, null, null, null)).id());
        partner = workspace.inTransaction(s -> s.organisations(java.util.Locale.ROOT).create(
                new Organisation(0, "Testföretagen", "OTHER", "12", null, null, null, null)).id());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    FundingProject project(long id, String status, List<BudgetLine> budget) {
        return new FundingProject(id, "  Kompetenslyft Testlän ", "ESF_PLUS", "Programområde 1", "Testutlysning",
                LocalDate.of(2023, 6, 1), LocalDate.of(2023, 9, 4), region, "SE22", status, "PARTNER",
                "Slussa in företag", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), null, new BigDecimal("54"),
                null, List.of(new FundingPartner(partner, "COOPERATION_PARTNER")), List.of(branch), List.of(), budget,
                List.of(new FundingTarget("COMPANIES", "12", null, null, 70, null, null, null),
                        new FundingTarget("COMPANIES", "10", null, null, 30, null, null, null),
                        new FundingTarget("PARTICIPANTS", null, null, null, 1500, null, null, null)));
    }

    static List<BudgetLine> budget() {
        return List.of(new BudgetLine(0, null, "ESF_SHARE", "ESF-stöd", new BigDecimal("11763314")),
                new BudgetLine(0, null, "CO_FINANCING", "Regional medfinansiering", new BigDecimal("10020600")),
                new BudgetLine(0, null, "STAFF", "Projektpersonal", new BigDecimal("21783914")));
    }

    @Test
    void savesTheWholeProjectInOneGoAndReadsItBack() {
        FundingProject saved = service.save(project(0, "IDEA", budget()));
        assertThat(saved.name()).isEqualTo("Kompetenslyft Testlän");
        assertThat(saved.budgetLines()).extracting(BudgetLine::side).containsExactly("INCOME", "INCOME", "COST");
        assertThat(saved.targets()).hasSize(3);
        assertThat(saved.partners()).containsExactly(new FundingPartner(partner, "COOPERATION_PARTNER"));
        assertThat(BudgetCheck.check(saved.budgetLines(), saved.esfPercent())).isEmpty();
        var rows = service.list(FundingFilter.all());
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.income()).isEqualByComparingTo("21783914");
            assertThat(r.costs()).isEqualByComparingTo("21783914");
            assertThat(r.owner()).isEqualTo("Region Testlän");
        });
        assertThat(service.list(new FundingFilter("testutlys", "IDEA", "ESF_PLUS", branch))).hasSize(1);
        assertThat(service.list(new FundingFilter(null, "RUNNING", null, null))).isEmpty();
    }

    @Test
    void anUnbalancedBudgetIsSavedAndOnlyWarnedAbout() {
        var unbalanced = List.of(new BudgetLine(0, null, "ESF_SHARE", "ESF-stöd", new BigDecimal("100")),
                new BudgetLine(0, null, "STAFF", "Personal", new BigDecimal("101")));
        FundingProject saved = service.save(project(0, "IDEA", unbalanced));
        assertThat(BudgetCheck.check(saved.budgetLines(), saved.esfPercent())).extracting(BudgetWarning::kind)
                .contains(BudgetWarning.Kind.UNBALANCED);
    }

    @Test
    void statusMovesFollowTheProjectsLifeAndEveryWriteIsAudited() {
        long id = service.save(project(0, "IDEA", budget())).id();
        assertThatThrownBy(() -> service.save(project(id, "RUNNING", budget())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.result().errors())
                        .contains(new FieldError(FundingService.STATUS, FieldProblem.FUNDING_STATUS_CHANGE.messageKey())));
        service.save(project(id, "APPLIED", budget()));
        service.save(project(id, "GRANTED", budget()));
        assertThat(service.find(id)).get().extracting(FundingProject::status).isEqualTo("GRANTED");
        service.delete(id);
        assertThat(service.find(id)).isEmpty();
        var audit = workspace.read(s -> s.audit().forRecord("funding_project", id));
        assertThat(audit).extracting(e -> e.action()).containsExactly(AuditAction.CREATE, AuditAction.UPDATE,
                AuditAction.UPDATE, AuditAction.DELETE);
    }

    @Test
    void fieldsAreCheckedAtTheirField() {
        var bad = new FundingProject(0, " ", "ESF_PLUS", null, null, LocalDate.of(2023, 9, 4),
                LocalDate.of(2023, 6, 1), null, null, "IDEA", "PARTNER", null, LocalDate.of(2024, 1, 1),
                LocalDate.of(2023, 1, 1), null, new BigDecimal("120"), null, List.of(), List.of(), List.of(),
                List.of(new BudgetLine(0, null, "STAFF", "", new BigDecimal("-1"))),
                List.of(new FundingTarget("PARTICIPANTS", null, 80, 30, 100, null, null, null)));
        assertThat(service.validate(bad).errors()).extracting(FieldError::field).contains(FundingService.NAME,
                FundingService.APPLICATION_TO, FundingService.PERIOD_TO, FundingService.ESF_PERCENT,
                FundingService.BUDGET, FundingService.TARGETS);
    }
}
