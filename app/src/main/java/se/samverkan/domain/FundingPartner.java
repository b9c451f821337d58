package se.samverkan.domain;

/** An organisation taking part in a funding project as PARTNER, COOPERATION_PARTNER or CO_FINANCIER. */
public record FundingPartner(long organisationId, String role) {
}
