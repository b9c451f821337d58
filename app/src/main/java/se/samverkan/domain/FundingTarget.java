package se.samverkan.domain;

/**
 * One target of a funding project and its outcome so far: a measure (PARTICIPANTS, COMPANIES, SMES), the county it
 * concerns (null: the whole project) and women, men and total; any of the figures may be unknown (null), e.g. "250
 * participants of whom 75 women".
 */
public record FundingTarget(String measure, String countyCode, Integer targetWomen, Integer targetMen,
                            Integer targetTotal, Integer outcomeWomen, Integer outcomeMen, Integer outcomeTotal) {
}
