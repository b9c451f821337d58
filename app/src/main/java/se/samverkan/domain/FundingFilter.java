package se.samverkan.domain;

/** What the funding list is narrowed to: search text (name, call, programme area), status, fund, branch; null: any. */
public record FundingFilter(String text, String status, String fund, Long branchId) {

    public static FundingFilter all() {
        return new FundingFilter(null, null, null, null);
    }
}
