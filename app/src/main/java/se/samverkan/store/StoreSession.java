package se.samverkan.store;

import org.jooq.DSLContext;

/**
 * The repositories of one transaction. Services receive it from {@link Database#inTransaction} and never see jOOQ:
 * every repository method takes and returns domain types.
 */
public final class StoreSession {

    private final DSLContext dsl;

    StoreSession(DSLContext dsl) {
        this.dsl = dsl;
    }

    DSLContext dsl() {
        return dsl;
    }

    public CountRepository counts() {
        return new CountRepository(dsl);
    }

    public AuditLog audit() {
        return new AuditLog(dsl);
    }

    /** The home screen's read models; vocabulary names (types) in English when {@code locale} is English. */
    public HomeRepository home(java.util.Locale locale) {
        return new HomeRepository(dsl, isEnglish(locale));
    }

    /** The global search and the record details it opens. */
    public SearchRepository search(java.util.Locale locale) {
        return new SearchRepository(dsl, isEnglish(locale));
    }

    private static boolean isEnglish(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public ProjectCostRepository projectCosts() {
        return new ProjectCostRepository(dsl, audit());
    }

    /** The reports made, with their bytes and the follow-up figures they showed (decision 0022). */
    public ReportArchiveRepository reportArchive() {
        return new ReportArchiveRepository(dsl, audit());
    }

    public GoalRepository goals() {
        return new GoalRepository(dsl, audit());
    }

    public ReferenceRepository reference() {
        return new ReferenceRepository(dsl);
    }

    /** The bulk writer used to fill an empty database with the generated demo data set. */
    public DemoDataWriter demoWriter() {
        return new DemoDataWriter(dsl, audit());
    }

    public ExportRepository exports() {
        return new ExportRepository(dsl);
    }

    public NetworkRepository network() {
        return new NetworkRepository(dsl);
    }

    /** The network map's pins and its "Jag" (the coordinator's own person record). */
    public NetworkMapRepository networkMap() {
        return new NetworkMapRepository(dsl, audit());
    }

    public BranchRepository branches() {
        return new BranchRepository(dsl, audit());
    }

    public InteractionRepository interactions() {
        return new InteractionRepository(dsl, audit());
    }

    public RelationshipRepository relationships() {
        return new RelationshipRepository(dsl, audit());
    }

    public AssessmentRepository assessments() {
        return new AssessmentRepository(dsl, audit());
    }

    /** The inputs of relationship health, for every party with a relationship. */
    public ContactFactsRepository contactFacts() {
        return new ContactFactsRepository(dsl);
    }

    /** Samverkansforum with their seats and meetings; type names in English when {@code locale} is English. */
    public ForumRepository forums(java.util.Locale locale) {
        return new ForumRepository(dsl, audit(), isEnglish(locale));
    }

    /** Everything stored about one person, for a register extract; vocabulary names in English when {@code locale} is. */
    public PersonExtractRepository personExtracts(java.util.Locale locale) {
        return new PersonExtractRepository(dsl, isEnglish(locale));
    }

    public PersonRepository people() {
        return new PersonRepository(dsl, audit());
    }

    /** Organisations; type names in English when {@code locale} is English. */
    public OrganisationRepository organisations(java.util.Locale locale) {
        return new OrganisationRepository(dsl, audit(), isEnglish(locale));
    }

    /** The dated workshops and forum meetings for the calendar; workshop types in English when {@code locale} is. */
    public CalendarRepository calendar(java.util.Locale locale) {
        return new CalendarRepository(dsl, isEnglish(locale));
    }

    /** The derived goal indicators' figures, counted from the records per branch (read only). */
    public DerivedFigures derivedFigures() {
        return new DerivedFigures(dsl);
    }

    /** Workshops and trainings; type names in English when {@code locale} is English. */
    public WorkshopRepository workshops(java.util.Locale locale) {
        return new WorkshopRepository(dsl, audit(), isEnglish(locale));
    }

    /** Local political demands and the inspiration catalogue; policy-area names in English when {@code locale} is. */
    public DemandRepository demands(java.util.Locale locale) {
        return new DemandRepository(dsl, audit(), isEnglish(locale));
    }

    /** The counts behind the 1 % goal (read only). */
    public OnePercentFigures onePercent() {
        return new OnePercentFigures(dsl);
    }

    /** Remembered choices of the window, kept encrypted with the data. */
    public AppSettings settings() {
        return new AppSettings(dsl);
    }

    /** One branch's seats, workshops, relationships and interactions, for its board report (read only). */
    public BranchActivityRepository branchActivity(java.util.Locale locale) {
        return new BranchActivityRepository(dsl, isEnglish(locale));
    }

    /** Structural-fund projects with their budget, targets, partners, branches and workplaces. */
    public FundingRepository funding() {
        return new FundingRepository(dsl, audit());
    }
}
