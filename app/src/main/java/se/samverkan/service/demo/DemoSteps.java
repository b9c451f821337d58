package se.samverkan.service.demo;

/** The message keys {@link DemoProgress} receives, one per step; the bundles hold their texts. */
public final class DemoSteps {

    public static final String GENERATE = "cli.demo.step.generate";
    public static final String ORGANISATIONS = "cli.demo.step.organisations";
    public static final String PEOPLE = "cli.demo.step.people";
    public static final String NETWORK = "cli.demo.step.network";
    public static final String FORUMS = "cli.demo.step.forums";
    public static final String WORKSHOPS = "cli.demo.step.workshops";
    public static final String GOALS = "cli.demo.step.goals";
    public static final String POLITICS = "cli.demo.step.politics";
    public static final String FUNDING = "cli.demo.step.funding";
    public static final String FINISH = "cli.demo.step.finish";

    private DemoSteps() {
    }
}
