package se.samverkan.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One change of a target or an outcome: who, when, from what to what.
 *
 * @param kind     TARGET or OUTCOME
 * @param oldValue null when the value was first set
 * @param newValue null when it was removed
 */
public record ValueChange(String kind, String period, BigDecimal oldValue, BigDecimal newValue, String source,
                          String note, LocalDateTime changedAt, String changedBy) {
}
