package se.samverkan.service.demo;

import java.util.List;
import se.samverkan.domain.County;
import se.samverkan.domain.Indicator;
import se.samverkan.domain.Municipality;
import se.samverkan.domain.PolicyArea;

/**
 * Builds the fictional demo data set in memory from a seeded random source only, so the same options and reference
 * data always give an identical data set. The areas run in a fixed order because each draws from the same source.
 */
public final class DemoGenerator {

    private DemoGenerator() {
    }

    public static DemoDataSet generate(DemoOptions options, List<County> counties, List<Municipality> municipalities,
                                       List<Indicator> indicators, List<PolicyArea> policyAreas) {
        DemoContext ctx = new DemoContext(options, counties, municipalities, indicators, policyAreas);
        StructureGenerator structure = new StructureGenerator(ctx);
        structure.generate();
        PeopleGenerator people = new PeopleGenerator(ctx);
        people.generate();
        NetworkGenerator network = new NetworkGenerator(ctx);
        network.generate();
        ForumGenerator forums = new ForumGenerator(ctx, network.followUps);
        forums.generate();
        WorkshopGenerator workshops = new WorkshopGenerator(ctx);
        workshops.generate();
        GoalGenerator goals = new GoalGenerator(ctx, structure.activeMembers);
        goals.generate();
        PoliticsGenerator politics = new PoliticsGenerator(ctx);
        politics.generate();
        FundingGenerator funding = new FundingGenerator(ctx);
        funding.generate();
        return new DemoDataSet(List.copyOf(ctx.branches), List.copyOf(structure.activeMembers),
                List.copyOf(ctx.organisations), List.copyOf(ctx.people), List.copyOf(people.offices),
                List.copyOf(network.relationships), List.copyOf(network.assessments), List.copyOf(network.interactions),
                List.copyOf(network.participants), List.copyOf(forums.forums), List.copyOf(forums.seats),
                List.copyOf(forums.meetings), List.copyOf(network.followUps), List.copyOf(workshops.workshops),
                List.copyOf(workshops.agendaItems), List.copyOf(workshops.participations), List.copyOf(goals.targets),
                List.copyOf(goals.outcomes), List.copyOf(politics.demands), List.copyOf(funding.projects));
    }
}
