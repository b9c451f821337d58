package se.samverkan.domain;

/** Participants (women, men) and companies of a funding project's target or outcome; null fields are not known. */
public record GenderSplitCount(Integer participants, Integer women, Integer men, Integer companies) {
}
