package se.samverkan.domain;

/** How much influence and interest (1–5) a person or an organisation has, as judged on a day. */
public record StakeholderAssessment(long id, Long personId, Long organisationId, int influence, int interest,
                                    java.time.LocalDate assessedOn, String note) {
}
