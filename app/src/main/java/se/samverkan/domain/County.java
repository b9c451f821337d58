package se.samverkan.domain;

/** A county (län) with its Region and NUTS 2 area, as shipped in the reference data. */
public record County(String code, String nameSv, String regionName, String regionType, String nutsCode) {
}
