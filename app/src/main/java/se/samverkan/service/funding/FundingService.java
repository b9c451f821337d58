package se.samverkan.service.funding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import se.samverkan.domain.BudgetLine;
import se.samverkan.domain.Choice;
import se.samverkan.domain.FundingFilter;
import se.samverkan.domain.FundingPartner;
import se.samverkan.domain.FundingProject;
import se.samverkan.domain.FundingProjectRow;
import se.samverkan.domain.FundingTarget;
import se.samverkan.domain.ValidationResult;
import se.samverkan.service.Workspace;
import se.samverkan.service.network.FieldChecks;
import se.samverkan.service.network.FieldProblem;
import se.samverkan.service.network.ValidationException;
import se.samverkan.store.StoreSession;

/**
 * Structural-fund projects: list, validate (texts, dates, status moves, budget lines, targets), save the whole project
 * in one transaction and delete. The budget's balance and ESF share are warnings ({@link BudgetCheck}), never a
 * reason to refuse a save.
 */
public final class FundingService {

    public static final String NAME = "name";
    public static final String FUND = "fund";
    public static final String PROGRAMME_AREA = "programmeArea";
    public static final String CALL = "callName";
    public static final String APPLICATION_TO = "applicationTo";
    public static final String STATUS = "status";
    public static final String UNION_ROLE = "unionRole";
    public static final String UNION_TASKS = "unionTasks";
    public static final String PERIOD_TO = "periodTo";
    public static final String EXTENDED_TO = "extendedTo";
    public static final String ESF_PERCENT = "esfPercent";
    public static final String NOTES = "notes";
    public static final String BUDGET = "budget";
    public static final String TARGETS = "targets";
    public static final String PARTNERS = "partners";
    public static final List<String> FUNDS = List.of("ESF_PLUS", "ERUF", "EGF", "NATIONAL", "REGIONAL", "OTHER");
    public static final List<String> UNION_ROLES = List.of("OWNER", "PARTNER", "COOPERATION_PARTNER", "STEERING_GROUP",
            "NONE");
    public static final List<String> PARTNER_ROLES = List.of("PARTNER", "COOPERATION_PARTNER", "CO_FINANCIER");
    public static final List<String> MEASURES = List.of("PARTICIPANTS", "COMPANIES", "SMES");
    public static final int LIST_LIMIT = 2000;

    private final Workspace workspace;

    public FundingService(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<FundingProjectRow> list(FundingFilter filter) {
        return workspace.read(s -> s.funding().list(filter, LIST_LIMIT));
    }

    public Optional<FundingProject> find(long id) {
        return workspace.read(s -> s.funding().find(id));
    }

    /** The workplaces a project can be linked to. */
    public List<Choice> workplaces() {
        return workspace.read(s -> s.funding().workplaces());
    }

    public ValidationResult validate(FundingProject project) {
        return workspace.read(s -> check(project, s).result());
    }

    /** Validates, tidies (trimmed texts, blank rows dropped, sides from kinds) and stores; id 0 creates. */
    public FundingProject save(FundingProject project) {
        return workspace.inTransaction(s -> {
            check(project, s).throwIfAny();
            FundingProject clean = tidy(project);
            var repository = s.funding();
            return clean.id() == 0 ? repository.create(clean) : repository.update(clean);
        });
    }

    public void delete(long id) {
        workspace.inTransaction(s -> {
            s.funding().delete(id);
            return null;
        });
    }

    private FieldChecks check(FundingProject p, StoreSession s) {
        var checks = new FieldChecks();
        checks.text(p.name(), NAME, 300, true);
        checks.require(FUNDS.contains(p.fund()), FUND, FieldProblem.REQUIRED);
        checks.require(UNION_ROLES.contains(p.unionRole()), UNION_ROLE, FieldProblem.REQUIRED);
        checks.text(p.programmeArea(), PROGRAMME_AREA, 300, false);
        checks.text(p.callName(), CALL, 300, false);
        checks.text(p.unionTasks(), UNION_TASKS, 4000, false);
        checks.text(p.notes(), NOTES, 8000, false);
        FundingStatus status = FundingStatus.of(p.status());
        if (p.id() != 0) {
            s.funding().find(p.id()).ifPresent(saved -> checks.require(
                    FundingStatus.of(saved.status()).canBecome(status), STATUS, FieldProblem.FUNDING_STATUS_CHANGE));
        }
        checks.require(before(p.applicationFrom(), p.applicationTo()), APPLICATION_TO, FieldProblem.END_BEFORE_START);
        checks.require(before(p.periodFrom(), p.periodTo()), PERIOD_TO, FieldProblem.END_BEFORE_START);
        // an extension prolongs a planned end, so the end must be there
        checks.require(p.extendedTo() == null || p.periodTo() != null, PERIOD_TO, FieldProblem.REQUIRED);
        checks.require(before(p.periodTo(), p.extendedTo()), EXTENDED_TO, FieldProblem.END_BEFORE_START);
        checks.require(p.esfPercent() == null || (p.esfPercent().signum() >= 0
                && p.esfPercent().compareTo(BigDecimal.valueOf(100)) <= 0), ESF_PERCENT, FieldProblem.OUT_OF_RANGE);
        for (BudgetLine line : p.budgetLines()) {
            checks.text(line.label(), BUDGET, 300, true);
            checks.require(BudgetCheck.INCOME_KINDS.contains(line.kind()) || BudgetCheck.COST_KINDS.contains(line.kind()),
                    BUDGET, FieldProblem.REQUIRED);
            checks.require(line.amountSek() != null && line.amountSek().signum() >= 0, BUDGET, FieldProblem.OUT_OF_RANGE);
        }
        for (FundingTarget t : p.targets()) {
            checks.require(MEASURES.contains(t.measure()), TARGETS, FieldProblem.REQUIRED);
            checks.require(allNonNegative(t.targetWomen(), t.targetMen(), t.targetTotal(), t.outcomeWomen(),
                    t.outcomeMen(), t.outcomeTotal()), TARGETS, FieldProblem.OUT_OF_RANGE);
            checks.require(splitFits(t.targetWomen(), t.targetMen(), t.targetTotal())
                    && splitFits(t.outcomeWomen(), t.outcomeMen(), t.outcomeTotal()), TARGETS, FieldProblem.SPLIT_OVER_TOTAL);
        }
        for (FundingPartner partner : p.partners()) {
            checks.require(PARTNER_ROLES.contains(partner.role()), PARTNERS, FieldProblem.REQUIRED);
        }
        return checks;
    }

    private static boolean before(java.time.LocalDate from, java.time.LocalDate to) {
        return from == null || to == null || !to.isBefore(from);
    }

    private static boolean allNonNegative(Integer... values) {
        for (Integer v : values) {
            if (v != null && v < 0) {
                return false;
            }
        }
        return true;
    }

    /** Women and men together may not exceed a stated total (other genders and unknown make up the rest). */
    private static boolean splitFits(Integer women, Integer men, Integer total) {
        int parts = (women == null ? 0 : women) + (men == null ? 0 : men);
        return total == null || parts <= total;
    }

    /**
     * Trimmed texts, blank ones as null; each budget line's side follows its kind; the same partner or target row
     * once; target rows without any figure dropped.
     */
    static FundingProject tidy(FundingProject p) {
        List<BudgetLine> budget = p.budgetLines().stream().map(l -> new BudgetLine(l.id(),
                BudgetCheck.sideOf(l.kind()), l.kind(), l.label().strip(), l.amountSek())).toList();
        List<FundingTarget> targets = p.targets().stream().filter(t -> t.targetWomen() != null || t.targetMen() != null
                || t.targetTotal() != null || t.outcomeWomen() != null || t.outcomeMen() != null
                || t.outcomeTotal() != null).distinct().toList();
        List<FundingPartner> partners = p.partners().stream().filter(f -> p.ownerOrgId() == null || f.organisationId() != p.ownerOrgId())
                .collect(java.util.stream.Collectors.toMap(FundingPartner::organisationId, f -> f, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values().stream().toList();
        return new FundingProject(p.id(), p.name().strip(), p.fund(), blankToNull(p.programmeArea()),
                blankToNull(p.callName()), p.applicationFrom(), p.applicationTo(), p.ownerOrgId(), p.nutsCode(),
                FundingStatus.of(p.status()).name(), p.unionRole(), blankToNull(p.unionTasks()), p.periodFrom(),
                p.periodTo(), p.extendedTo(), p.esfPercent(), blankToNull(p.notes()), partners,
                p.branchIds().stream().distinct().toList(), p.workplaceIds().stream().distinct().toList(), budget,
                targets);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
