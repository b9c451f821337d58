package se.samverkan.domain;

/** A municipality (kommun) and the county it lies in, as shipped in the reference data. */
public record Municipality(String code, String nameSv, String countyCode) {
}
