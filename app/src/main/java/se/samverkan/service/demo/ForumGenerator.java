package se.samverkan.service.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.samverkan.domain.Branch;
import se.samverkan.domain.County;
import se.samverkan.domain.FollowUp;
import se.samverkan.domain.Forum;
import se.samverkan.domain.ForumMeeting;
import se.samverkan.domain.Municipality;
import se.samverkan.domain.Organisation;
import se.samverkan.domain.Person;
import se.samverkan.domain.Seat;

/** Forums per county and NUTS area with their seats (several terms ending soon) and a few meetings. */
final class ForumGenerator {

    private static final List<String> RHYTHMS = List.of("4 gånger per år", "Varannan månad", "2 gånger per termin",
            "Vid behov", "Månadsvis");

    private final DemoContext ctx;
    private final DemoRandom random;
    private final List<FollowUp> followUps;
    final List<Forum> forums = new ArrayList<>();
    final List<Seat> seats = new ArrayList<>();
    final List<ForumMeeting> meetings = new ArrayList<>();

    /** Follow-ups of forum meetings are appended to the network's list so they share one id sequence. */
    ForumGenerator(DemoContext ctx, List<FollowUp> followUps) {
        this.ctx = ctx;
        this.random = ctx.random;
        this.followUps = followUps;
    }

    void generate() {
        for (County county : ctx.counties) {
            String c = county.code();
            Long region = ctx.regionByCounty.get(c).id();
            forum("Industrirådet i " + county.nameSv(), "INDUSTRY_COUNCIL", "REGION", null, c, null, region, random.chance(0.4));
            forum("Kompetensplattform " + county.regionName(), "SKILLS_PLATFORM", "REGION", null, c, null, region, false);
            forum("Teknikcollege " + county.nameSv() + " – regional styrgrupp", "TEKNIKCOLLEGE", "REGION", null, c, null,
                    byType(c, "TECH_COLLEGE"), false);
            forum("RUS-arbetet " + county.regionName(), "RUS_PROCESS", "REGION", null, c, null, region, false);
            List<Municipality> municipalities = random.sample(ctx.municipalities(c), 2);
            Municipality first = municipalities.get(0);
            forum("Programråd industritekniska programmet " + first.nameSv(), "PROGRAMME_COUNCIL", "MUNICIPALITY", null,
                    c, first.code(), byType(c, "MUNICIPALITY"), false);
            Municipality last = municipalities.get(municipalities.size() - 1);
            forum("Omställningsråd " + last.nameSv(), "TRANSITION_COUNCIL", "MUNICIPALITY", null, c, last.code(),
                    byType(c, "MUNICIPALITY"), random.chance(0.5));
        }
        for (String nuts : DemoContext.PILOT_NUTS) {
            List<County> counties = ctx.countiesOf(nuts);
            if (!counties.isEmpty()) {
                String area = nuts.equals("SE21") ? "Småland och öarna" : "Sydsverige";
                forum("Strukturfondspartnerskapet " + area, "STRUCTURAL_FUND_PARTNERSHIP", "NUTS", nuts, null, null,
                        byType(counties.get(0).code(), "COUNTY_BOARD"), false);
                forum("Regionalt industrinätverk " + area, "OTHER", "NUTS", nuts, null, null, null, true);
            }
        }
    }

    private Long byType(String county, String actorType) {
        return ctx.organisationsByCounty.getOrDefault(county, List.of()).stream()
                .filter(o -> actorType.equals(o.actorType())).map(Organisation::id).findFirst().orElse(null);
    }

    private void forum(String name, String type, String level, String nuts, String county, String municipality,
                       Long convenor, boolean unionInitiated) {
        Forum forum = new Forum(forums.size() + 1L, name, type, level, nuts, county, municipality, convenor,
                random.pick(RHYTHMS), unionInitiated);
        forums.add(forum);
        List<String> counties = county != null ? List.of(county) : ctx.countiesOf(nuts).stream().map(County::code).toList();
        List<Long> members = seats(forum, counties);
        meetings(forum, members);
    }

    private List<Long> seats(Forum forum, List<String> counties) {
        Set<Long> taken = new HashSet<>();
        List<Long> members = new ArrayList<>();
        boolean partnership = "STRUCTURAL_FUND_PARTNERSHIP".equals(forum.forumType());
        for (String county : counties) {
            for (Branch branch : ctx.branchesByCounty.getOrDefault(county, List.of())) {
                List<Person> officers = ctx.officersByBranch.getOrDefault(branch.id(), List.of());
                if (!officers.isEmpty() && (partnership || random.chance(0.75))) {
                    Person p = random.pick(officers);
                    if (taken.add(p.id())) {
                        seat(forum, p, partnership ? "LO" : "BRANCH", partnership ? null : branch.id(),
                                partnership && !members.isEmpty() ? "DEPUTY" : "ORDINARY");
                        members.add(p.id());
                    }
                }
            }
        }
        List<Person> pool = counties.stream().flatMap(c -> ctx.peopleIn(c).stream()).filter(p -> p.branchId() == null).toList();
        int others = random.between(4, 10);
        boolean chaired = false;
        for (Person p : random.sample(pool, others)) {
            if (taken.add(p.id())) {
                // The convenor's side usually chairs; the union's seats are ordinary or deputy.
                String role = !chaired ? "CHAIR" : random.chance(0.1) ? "COOPTED" : random.chance(0.25) ? "DEPUTY" : "ORDINARY";
                chaired = true;
                seat(forum, p, "OTHER", null, role);
                members.add(p.id());
            }
        }
        return members;
    }

    /** Terms run two to four years; about one seat in sixteen ends within the next 90 days, when renewal is due. */
    private void seat(Forum forum, Person person, String represents, Long branchId, String role) {
        LocalDate from = ctx.today.minusDays(random.between(30, 1_100));
        LocalDate to;
        double roll = random.fraction();
        if (roll < 0.06) {
            to = ctx.today.plusDays(random.between(1, 90));
        } else if (roll < 0.16) {
            to = null;
        } else {
            to = from.plusYears(random.between(2, 4));
            // Outside the share chosen above, no term is up for renewal soon: keep the home screen's list realistic.
            if (!to.isAfter(ctx.today.plusDays(90))) {
                to = ctx.today.plusDays(random.between(91, 700));
            }
        }
        seats.add(new Seat(seats.size() + 1L, forum.id(), person.id(), represents, branchId, role, from, to));
    }

    private void meetings(Forum forum, List<Long> members) {
        if (members.isEmpty() || random.chance(0.4)) {
            return;
        }
        int count = random.between(1, 4);
        for (int i = 0; i < count; i++) {
            LocalDate on = random.dateBetween(ctx.start(), ctx.today.plusDays(45));
            LocalTime start = LocalTime.of(random.between(8, 13), random.chance(0.5) ? 0 : 30);
            boolean past = on.isBefore(ctx.today);
            List<Long> attendees = past ? random.sample(members, Math.max(1, members.size() * 3 / 4)) : List.of();
            ForumMeeting meeting = new ForumMeeting(meetings.size() + 1L, forum.id(), on, start,
                    start.plusHours(random.between(1, 3)), past ? "Lägesrapporter från medlemmarna." : null,
                    past && random.chance(0.5) ? "Arbetsgrupp tillsätts för kompetensfrågor." : null, attendees);
            meetings.add(meeting);
            if (past && random.chance(0.5)) {
                LocalDate due = on.plusDays(random.between(14, 60));
                boolean longOverdue = due.isBefore(ctx.today.minusDays(30));
                LocalDate done = due.isBefore(ctx.today) && (longOverdue || random.chance(0.6)) ? due.minusDays(random.between(0, 7)) : null;
                followUps.add(new FollowUp(followUps.size() + 1L, null, meeting.id(), "Återrapportera från arbetsgruppen",
                        due, done != null && done.isBefore(on) ? on : done, "Regional samordnare"));
            }
        }
    }
}
