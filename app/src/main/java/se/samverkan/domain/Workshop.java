package se.samverkan.domain;

/** A workshop or training with its branches and linked operational goals; status IDEA/PLANNED/HELD/CANCELLED. */
public record Workshop(long id, String title, String workshopType, String status, java.time.LocalDate heldOn,
                       java.time.LocalTime startTime, java.time.LocalTime endTime, String municipalityCode,
                       String address, String onlineLink, String facilitator, String evaluationNotes,
                       java.util.List<Long> branchIds, java.util.List<Integer> operationalGoalIds) {

    public Workshop {
        branchIds = java.util.List.copyOf(branchIds);
        operationalGoalIds = java.util.List.copyOf(operationalGoalIds);
    }
}
