package se.samverkan.domain;

/** A local political demand a branch drives in a municipality or region, with linked politicians. */
public record PoliticalDemand(long id, String title, String body, String policyArea, String level,
                              String municipalityCode, String countyCode, long branchId, String status,
                              java.time.LocalDate raisedOn, java.time.LocalDate decidedOn, java.util.List<Long> personIds) {

    public PoliticalDemand {
        personIds = java.util.List.copyOf(personIds);
    }
}
