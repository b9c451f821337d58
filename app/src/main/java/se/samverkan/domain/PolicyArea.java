package se.samverkan.domain;

/** A policy area and who holds it: MUNICIPALITY, REGION or BOTH (seed 002). */
public record PolicyArea(String code, String nameSv, String holder) {
}
