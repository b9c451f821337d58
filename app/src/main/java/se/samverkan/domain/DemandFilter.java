package se.samverkan.domain;

/** What the demand list is narrowed to; a null or blank part does not narrow. */
public record DemandFilter(String text, String status, String policyArea, Long branchId, String countyCode) {

    public static DemandFilter all() {
        return new DemandFilter(null, null, null, null, null);
    }
}
