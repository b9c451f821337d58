package se.samverkan.domain;

/** A policy area and who holds it: MUNICIPALITY, REGION or BOTH, by law ({@code mandatory}) or by choice (seed 002). */
public record PolicyArea(String code, String nameSv, String holder, boolean mandatory) {

    /** Whether a demand at {@code level} (MUNICIPALITY, REGION or BOTH) is put to a body that holds this area. */
    public boolean heldAt(String level) {
        if ("BOTH".equals(holder)) {
            return true;
        }
        return holder.equals(level);
    }
}
