package se.samverkan.domain;

/** A cooperation forum (industriråd, kompetensplattform, …) at a level with its geography and convenor. */
public record Forum(long id, String name, String forumType, String level, String nutsCode, String countyCode,
                    String municipalityCode, Long convenorOrgId, String meetingRhythm, boolean unionInitiated) {
}
