package se.samverkan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A structural-fund project: what it is (fund, programme area, call, application window), its period with a possible
 * extension, owner, partners, the union's role and tasks, status, linked branches and workplaces, budget lines
 * (income and costs, with the ESF percentage the application states) and targets with outcomes.
 */
public record FundingProject(long id, String name, String fund, String programmeArea, String callName,
                             LocalDate applicationFrom, LocalDate applicationTo, Long ownerOrgId, String nutsCode,
                             String status, String unionRole, String unionTasks, LocalDate periodFrom,
                             LocalDate periodTo, LocalDate extendedTo, BigDecimal esfPercent, String notes,
                             List<FundingPartner> partners, List<Long> branchIds, List<Long> workplaceIds,
                             List<BudgetLine> budgetLines, List<FundingTarget> targets) {

    public FundingProject {
        partners = List.copyOf(partners);
        branchIds = List.copyOf(branchIds);
        workplaceIds = List.copyOf(workplaceIds);
        budgetLines = List.copyOf(budgetLines);
        targets = List.copyOf(targets);
    }

    /** The last day of the project: the extension when there is one, else the planned end. */
    public LocalDate endsOn() {
        return extendedTo != null ? extendedTo : periodTo;
    }
}
