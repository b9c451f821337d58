package se.samverkan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A funding project as the list and the timeline show it, with its budget sums. */
public record FundingProjectRow(long id, String name, String fund, String status, String owner, String branches,
                                LocalDate applicationFrom, LocalDate applicationTo, LocalDate periodFrom,
                                LocalDate periodTo, LocalDate extendedTo, BigDecimal income, BigDecimal costs) {
}
