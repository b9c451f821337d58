package se.samverkan.domain;

import java.util.Objects;

/** A reference to one party of the network: a person or an organisation, exactly one of the two ids set. */
public record PartyRef(Long personId, Long organisationId) {

    public PartyRef {
        if ((personId == null) == (organisationId == null)) {
            throw new IllegalArgumentException("a party is a person or an organisation, exactly one");
        }
    }

    public static PartyRef person(long id) {
        return new PartyRef(id, null);
    }

    public static PartyRef organisation(long id) {
        return new PartyRef(null, id);
    }

    public boolean isPerson() {
        return personId != null;
    }

    /** The id of whichever side is set; unique only together with {@link #isPerson()}. */
    public long id() {
        return Objects.requireNonNullElse(personId, organisationId);
    }
}
