package se.samverkan.domain;

/** A branch without a current seat in a key forum of a county it covers. */
public record BranchGap(long branchId, String branchName, String countyCode, String countyName, long forumId,
                        String forumName, String forumTypeName) {
}
