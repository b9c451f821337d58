package se.samverkan.domain;

/**
 * A local political demand a branch drives in a municipality or region (seed 002), with the politicians and contacts
 * involved ({@code personIds}), the coordinator's notes and follow-ups.
 */
public record PoliticalDemand(long id, String title, String body, String policyArea, String level,
                              String municipalityCode, String countyCode, long branchId, String status,
                              java.time.LocalDate raisedOn, java.time.LocalDate decidedOn, java.util.List<Long> personIds,
                              String notes, java.util.List<FollowUp> followUps) {

    public PoliticalDemand {
        personIds = java.util.List.copyOf(personIds);
        followUps = java.util.List.copyOf(followUps);
    }
}
