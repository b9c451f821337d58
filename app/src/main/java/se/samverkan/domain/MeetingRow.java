package se.samverkan.domain;

import java.util.List;

/** A forum meeting with the names of those who attended and its follow-ups (the follow_up table of #3). */
public record MeetingRow(ForumMeeting meeting, List<String> attendeeNames, List<FollowUp> followUps) {

    public MeetingRow {
        attendeeNames = List.copyOf(attendeeNames);
        followUps = List.copyOf(followUps);
    }
}
