package se.samverkan.domain;

/** A kind of workshop or training (Arbetsliv i förändring, Hållbart arbete, …): its code and its name in the UI language. */
public record WorkshopType(String code, String name) {
}
