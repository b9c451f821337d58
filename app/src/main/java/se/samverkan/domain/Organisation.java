package se.samverkan.domain;

import java.time.LocalDate;

/**
 * An actor of the network (Region, municipality, company, …) typed by an actor_type code; {@code verifyBy} is the
 * date by which its contact details should be checked again (null = no date set).
 */
public record Organisation(long id, String name, String actorType, String countyCode, String municipalityCode,
                           String email, String phone, String website, LocalDate verifyBy) {

    /** Without a verify-by date (the demo generator and older callers). */
    public Organisation(long id, String name, String actorType, String countyCode, String municipalityCode,
                        String email, String phone, String website) {
        this(id, name, actorType, countyCode, municipalityCode, email, phone, website, null);
    }
}
