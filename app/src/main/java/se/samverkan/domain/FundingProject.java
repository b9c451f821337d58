package se.samverkan.domain;

import java.time.LocalDate;
import java.util.List;

/** A structural-fund project with its partners, branches, budget and gender-split targets and outcomes. */
public record FundingProject(long id, String name, String fund, String callName, Long ownerOrgId, String nutsCode,
                             String status, String unionRole, LocalDate periodFrom, LocalDate periodTo,
                             GenderSplitCount target, GenderSplitCount outcome, List<FundingPartner> partners,
                             List<Long> branchIds, List<BudgetLine> budgetLines) {

    public FundingProject {
        partners = List.copyOf(partners);
        branchIds = List.copyOf(branchIds);
        budgetLines = List.copyOf(budgetLines);
    }
}
