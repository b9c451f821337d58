package se.samverkan.service.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.domain.AgendaItem;
import se.samverkan.domain.Branch;
import se.samverkan.domain.Municipality;
import se.samverkan.domain.Participation;
import se.samverkan.domain.Workshop;

/** Workshops and trainings of the previous and current year: held, cancelled, planned in the coming weeks, ideas. */
final class WorkshopGenerator {

    /** Type code → title, agenda and the operational goals it serves. */
    private record Kind(String type, String title, List<String> agenda, List<Integer> goals) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("ALIF_BRANCH", "Arbetsliv i förändring – avdelningsstyrelsen",
                    List.of("Inledning", "Hållbart arbete – strategierna", "Gruppdiskussion", "Nästa steg"), List.of(1, 5)),
            new Kind("ALIF_CLUB", "Arbetsliv i förändring – klubbarna",
                    List.of("Inledning", "Förändringsarbete på arbetsplatsen", "Erfarenhetsutbyte", "Avslutning"), List.of(2, 5)),
            new Kind("SUSTAINABLE_WORK", "Hållbart arbete – fördjupning",
                    List.of("Läget på arbetsplatserna", "Kompetensutveckling och validering", "Handlingsplan"), List.of(2, 5)),
            new Kind("GOAL_SETTING", "Målsättningsworkshop",
                    List.of("Förra årets utfall", "Verksamhetsmålen", "Mål per indikator", "Ansvar och uppföljning"), List.of(1, 3)),
            new Kind("ANALYSIS_MEETING", "Analysmöte arbetsmarknad",
                    List.of("Varsel och permitteringar", "Regionens kompetensbehov", "Prioriteringar"), List.of(3, 8)),
            new Kind("CLUB_DEVELOPMENT_TALK", "Utvecklingssamtal med klubb",
                    List.of("Klubbens läge", "Utvecklingsområden", "Stöd från avdelningen"), List.of(5)),
            new Kind("LABOUR_MARKET_TRAINING", "Kunskapslyft i arbetsmarknadsfrågor",
                    List.of("Strukturfonderna", "Regional utveckling och RUS", "Lokala politiska krav", "Forum och platser"),
                    List.of(4, 6, 7)));
    private static final List<String> FACILITATORS = List.of("Regional samordnare", "Förbundets arbetslivsenhet",
            "Regional samordnare och ombudsman", "Extern processledare");

    private final DemoContext ctx;
    private final DemoRandom random;
    final List<Workshop> workshops = new ArrayList<>();
    final List<AgendaItem> agendaItems = new ArrayList<>();
    final List<Participation> participations = new ArrayList<>();

    WorkshopGenerator(DemoContext ctx) {
        this.ctx = ctx;
        this.random = ctx.random;
    }

    void generate() {
        for (Branch branch : ctx.branches) {
            int count = random.between(5, 9);
            for (int i = 0; i < count; i++) {
                workshop(branch, ctx.branchesIn(branch.nutsCode()));
            }
        }
    }

    private void workshop(Branch host, List<Branch> neighbours) {
        long id = workshops.size() + 1L;
        Kind kind = random.pick(KINDS);
        List<Branch> branches = new ArrayList<>(List.of(host));
        if (random.chance(0.3)) {
            random.sample(neighbours, random.between(1, 2)).stream().filter(b -> b.id() != host.id()).forEach(branches::add);
        }
        double roll = random.fraction();
        String status;
        LocalDate heldOn;
        if (roll < 0.08) {
            status = "IDEA";
            heldOn = null;
        } else if (roll < 0.25) {
            status = "PLANNED";
            heldOn = weekday(ctx.today.plusDays(random.between(3, 70)), true);
        } else {
            heldOn = weekday(random.dateBetween(ctx.start().plusDays(2), ctx.today.minusDays(1)), false);
            status = random.chance(0.12) ? "CANCELLED" : "HELD";
        }
        boolean online = random.chance(0.25);
        List<Municipality> area = ctx.branchMunicipalities.getOrDefault(host.id(), List.of());
        String municipality = online || area.isEmpty() ? null : random.pick(area).code();
        LocalTime start = heldOn == null ? null : LocalTime.of(random.chance(0.7) ? 9 : 13, 0);
        LocalTime end = start == null ? null : start.plusHours(random.between(2, 4));
        String title = kind.title() + " – " + host.name().replace("IF Metall Avdelning ", "")
                + (heldOn != null ? " " + heldOn.getYear() : "");
        String evaluation = "HELD".equals(status) && random.chance(0.7)
                ? "Deltagarna uppskattade gruppdiskussionerna; önskar uppföljning om " + random.between(3, 6) + " månader." : null;
        workshops.add(new Workshop(id, title, kind.type(), status, heldOn, start, end, municipality,
                municipality == null ? null : "Folkets hus, Storgatan " + random.between(1, 40),
                online ? "https://meet.example.se/ws-" + id : null, random.pick(FACILITATORS), evaluation,
                branches.stream().map(Branch::id).toList(), kind.goals()));
        for (int p = 0; p < kind.agenda().size(); p++) {
            agendaItems.add(new AgendaItem(agendaItems.size() + 1L, id, p, kind.agenda().get(p), 15 * random.between(1, 6)));
        }
        if ("HELD".equals(status)) {
            for (Branch b : branches) {
                int people = random.between(6, 30);
                int women = (int) Math.round(people * (0.15 + 0.3 * random.fraction()));
                participations.add(new Participation(id, b.id(), women, people - women, random.chance(0.05) ? 1 : 0));
            }
        }
    }

    /** Workshops are held on weekdays: a weekend day moves to Monday (future) or back to Friday (past). */
    private static LocalDate weekday(LocalDate day, boolean forward) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> forward ? day.plusDays(2) : day.minusDays(1);
            case SUNDAY -> forward ? day.plusDays(1) : day.minusDays(2);
            default -> day;
        };
    }
}
