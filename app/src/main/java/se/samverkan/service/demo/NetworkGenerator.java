package se.samverkan.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.samverkan.domain.Branch;
import se.samverkan.domain.FollowUp;
import se.samverkan.domain.Interaction;
import se.samverkan.domain.Organisation;
import se.samverkan.domain.Participant;
import se.samverkan.domain.Person;
import se.samverkan.domain.Relationship;
import se.samverkan.domain.StakeholderAssessment;

/** The network map: relationships, stakeholder assessments, and dated interactions with their follow-ups. */
final class NetworkGenerator {

    private static final List<String> TOPICS = List.of("Kompetensförsörjning i industrin", "Varsel och omställning",
            "Validering av industriarbetare", "ESF-ansökan om kompetenslyft", "Teknikcollege – ny certifiering",
            "Regional utvecklingsstrategi (RUS)", "Yrkesutbildning för vuxna", "Korttidspermittering och utbildning",
            "Industrins elektrifiering", "Kvinnors yrkesutveckling i industrin", "Lokala politiska krav",
            "Samverkan om praktikplatser", "Hållbart arbete på arbetsplatsen");
    private static final List<String> KINDS = List.of("MEETING", "MEETING", "DIGITAL_MEETING", "CALL", "CALL", "EMAIL", "OTHER");
    private static final List<String> ACTIONS = List.of("Skicka underlag om kompetensbehov", "Boka uppföljningsmöte",
            "Ta upp frågan i avdelningsstyrelsen", "Återkoppla till klubben", "Ta fram förslag till projektidé",
            "Bjuda in till workshop", "Sammanställa medlemmarnas synpunkter");
    private static final List<String> RESPONSIBLE = List.of("Regional samordnare", "Avdelningens ombudsman",
            "Arbetsmarknadsansvarig", "Förändringsledare");

    private final DemoContext ctx;
    private final DemoRandom random;
    final List<Relationship> relationships = new ArrayList<>();
    final List<StakeholderAssessment> assessments = new ArrayList<>();
    final List<Interaction> interactions = new ArrayList<>();
    final List<Participant> participants = new ArrayList<>();
    final List<FollowUp> followUps = new ArrayList<>();

    NetworkGenerator(DemoContext ctx) {
        this.ctx = ctx;
        this.random = ctx.random;
    }

    void generate() {
        relationships();
        assessments();
        interactions();
    }

    private void relationships() {
        int target = (int) Math.round(ctx.people.size() * 1.5);
        List<Organisation> orgs = ctx.organisations;
        while (relationships.size() < target) {
            Person from = random.pick(ctx.people);
            double roll = random.fraction();
            if (roll < 0.35 && from.organisationId() != null) {
                add(from.id(), null, null, from.organisationId(), "WORKS_AT", from.countyCode());
            } else if (roll < 0.7) {
                Person to = random.pick(ctx.peopleIn(from.countyCode()));
                if (to.id() != from.id()) {
                    add(from.id(), null, to.id(), null, "KNOWS", from.countyCode());
                }
            } else if (roll < 0.8) {
                Organisation to = random.pick(orgs);
                add(from.id(), null, null, to.id(), random.chance(0.5) ? "SITS_IN" : "MEMBER_OF", from.countyCode());
            } else {
                Organisation a = random.pick(orgs);
                List<Organisation> near = ctx.organisationsByCounty.getOrDefault(a.countyCode(), orgs);
                Organisation b = random.pick(near);
                if (a.id() != b.id()) {
                    String kind = "REGION".equals(a.actorType()) ? "FUNDS" : random.chance(0.9) ? "COOPERATES_WITH" : "OTHER";
                    add(null, a.id(), null, b.id(), kind, a.countyCode());
                }
            }
        }
    }

    private void add(Long fromPerson, Long fromOrg, Long toPerson, Long toOrg, String kind, String county) {
        List<Branch> owners = county == null ? List.of() : ctx.branchesByCounty.getOrDefault(county, List.of());
        Long owner = owners.isEmpty() || random.chance(0.3) ? null : random.pick(owners).id();
        LocalDate since = random.chance(0.8) ? ctx.today.minusDays(random.between(30, 3_650)) : null;
        // some ties have ended (a job change, a finished project) so the map's date slider has something to show
        LocalDate ended = since != null && random.chance(0.08)
                ? since.plusDays(random.between(1, (int) java.time.temporal.ChronoUnit.DAYS.between(since, ctx.today)))
                : null;
        relationships.add(new Relationship(relationships.size() + 1L, fromPerson, fromOrg, toPerson, toOrg, kind,
                random.between(1, 5), since, owner, ended));
    }

    private void assessments() {
        for (Person p : ctx.people) {
            if (random.chance(0.2)) {
                assess(p.id(), null);
            }
        }
        for (Organisation o : ctx.organisations) {
            if (!"COMPANY".equals(o.actorType()) ? random.chance(0.5) : random.chance(0.1)) {
                assess(null, o.id());
            }
        }
    }

    private void assess(Long personId, Long orgId) {
        int influence = random.between(1, 5);
        int interest = random.between(1, 5);
        String note = influence >= 4 && interest >= 4 ? "Nyckelaktör – håll nära" : influence >= 4 ? "Håll nöjd" : null;
        assessments.add(new StakeholderAssessment(assessments.size() + 1L, personId, orgId, influence, interest,
                ctx.today.minusDays(random.between(0, 400)), note));
    }

    private void interactions() {
        int count = Math.max(150, (int) Math.round(ctx.people.size() * 0.6));
        for (int i = 0; i < count; i++) {
            long id = interactions.size() + 1L;
            LocalDate on = random.dateBetween(ctx.start(), ctx.today);
            Branch branch = random.chance(0.85) ? random.pick(ctx.branches) : null;
            String county = branch != null ? branch.countyCodes().get(0) : random.pick(ctx.counties).code();
            String topic = random.pick(TOPICS);
            interactions.add(new Interaction(id, on, random.pick(KINDS), topic,
                    random.chance(0.6) ? "Anteckningar: " + topic.toLowerCase(java.util.Locale.ROOT) + " diskuterades." : null,
                    branch == null ? null : branch.id()));
            participants(id, county);
            if (random.chance(0.45)) {
                followUp(id, on);
            }
        }
    }

    private void participants(long interactionId, String county) {
        List<Person> local = ctx.peopleIn(county);
        Set<Person> people = new LinkedHashSet<>(random.sample(local.isEmpty() ? ctx.people : local, random.between(1, 4)));
        people.forEach(p -> participants.add(new Participant(interactionId, p.id(), null)));
        if (random.chance(0.4)) {
            List<Organisation> orgs = ctx.organisationsByCounty.getOrDefault(county, ctx.organisations);
            participants.add(new Participant(interactionId, null, random.pick(orgs).id()));
        }
    }

    /** Due 1–8 weeks after the contact: older ones done, some of the last month's overdue; recent ones fall due in the coming weeks. */
    private void followUp(long interactionId, LocalDate on) {
        LocalDate due = on.plusDays(random.between(7, 56));
        LocalDate done = null;
        // A coordinator closes what falls behind: only follow-ups due in the last month are still open when overdue.
        boolean longOverdue = due.isBefore(ctx.today.minusDays(30));
        if (due.isBefore(ctx.today) && (longOverdue || random.chance(0.7))) {
            LocalDate latest = due.plusDays(10).isBefore(ctx.today) ? due.plusDays(10) : ctx.today;
            done = random.dateBetween(on, latest);
        }
        followUps.add(new FollowUp(followUps.size() + 1L, interactionId, null, random.pick(ACTIONS), due, done,
                random.pick(RESPONSIBLE)));
    }
}
