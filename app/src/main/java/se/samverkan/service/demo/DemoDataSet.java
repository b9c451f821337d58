package se.samverkan.service.demo;

import java.util.List;
import se.samverkan.domain.ActiveMembers;
import se.samverkan.domain.AgendaItem;
import se.samverkan.domain.Branch;
import se.samverkan.domain.FollowUp;
import se.samverkan.domain.Forum;
import se.samverkan.domain.ForumMeeting;
import se.samverkan.domain.FundingProject;
import se.samverkan.domain.Interaction;
import se.samverkan.domain.Organisation;
import se.samverkan.domain.Outcome;
import se.samverkan.domain.Participant;
import se.samverkan.domain.Participation;
import se.samverkan.domain.Person;
import se.samverkan.domain.PoliticalDemand;
import se.samverkan.domain.PoliticalOffice;
import se.samverkan.domain.Relationship;
import se.samverkan.domain.Seat;
import se.samverkan.domain.StakeholderAssessment;
import se.samverkan.domain.Target;
import se.samverkan.domain.Workshop;

/** The whole generated demo data set, in memory, with ids assigned; records are equal when the data set is. */
public record DemoDataSet(List<Branch> branches, List<ActiveMembers> activeMembers, List<Organisation> organisations,
                          List<Person> people, List<PoliticalOffice> politicalOffices, List<Relationship> relationships,
                          List<StakeholderAssessment> assessments, List<Interaction> interactions,
                          List<Participant> participants, List<Forum> forums, List<Seat> seats,
                          List<ForumMeeting> forumMeetings, List<FollowUp> followUps, List<Workshop> workshops,
                          List<AgendaItem> agendaItems, List<Participation> participations, List<Target> targets,
                          List<Outcome> outcomes, List<PoliticalDemand> demands, List<FundingProject> fundingProjects) {

    /** How many rows the writer will insert into the main tables: the unit of progress. */
    long mainRows() {
        return (long) branches.size() + activeMembers.size() + organisations.size() + people.size()
                + politicalOffices.size() + relationships.size() + assessments.size() + interactions.size()
                + participants.size() + forums.size() + seats.size() + forumMeetings.size() + followUps.size()
                + workshops.size() + agendaItems.size() + participations.size() + targets.size() + outcomes.size()
                + demands.size() + fundingProjects.size();
    }
}
