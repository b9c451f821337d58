package se.samverkan.service.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.samverkan.domain.Branch;
import se.samverkan.domain.InteractionLog;
import se.samverkan.domain.PartyContactFacts;
import se.samverkan.domain.PartyOverview;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.Relationship;
import se.samverkan.domain.SearchHit;
import se.samverkan.domain.StakeholderAssessment;
import se.samverkan.service.Workspace;
import se.samverkan.store.StoreSession;

/**
 * What the detail pane shows of one person or organisation: relationships with the other side named, interactions
 * with their participants, assessments and relationship health, read in one transaction. Health is judged by the
 * same policy and from the same facts as {@link RelationshipHealthService}, for this party only.
 */
public final class PartyOverviewService {

    private final Workspace workspace;
    private final Clock clock;
    private final Locale locale;
    private final RelationshipHealthPolicy policy;

    public PartyOverviewService(Workspace workspace, Clock clock, Locale locale) {
        this.workspace = workspace;
        this.clock = clock;
        this.locale = locale;
        this.policy = new RelationshipHealthPolicy();
    }

    public PartyOverview of(PartyRef party) {
        LocalDate today = LocalDate.now(clock);
        return workspace.read(s -> {
            List<Relationship> relationships = s.relationships().of(party);
            List<InteractionLog> logs = s.interactions().of(party);
            List<StakeholderAssessment> assessments = s.assessments().history(party);
            Set<PartyRef> mentioned = new LinkedHashSet<>();
            mentioned.add(party);
            relationships.forEach(r -> mentioned.add(otherSide(r, party)));
            logs.forEach(l -> mentioned.addAll(l.participants()));
            Map<PartyRef, SearchHit> names = names(s, mentioned);
            Map<Long, String> branches = new HashMap<>();
            s.branches().all().forEach(b -> branches.put(b.id(), b.name()));

            List<PartyOverview.RelationEntry> relations = relationships.stream().map(r -> {
                PartyRef other = otherSide(r, party);
                SearchHit hit = names.get(other);
                return new PartyOverview.RelationEntry(r, other, hit == null ? "" : hit.title(),
                        hit == null ? "" : hit.subtitle(),
                        r.ownerBranchId() == null ? null : branches.get(r.ownerBranchId()));
            }).toList();
            List<PartyOverview.ContactEntry> contacts = logs.stream().map(l -> new PartyOverview.ContactEntry(l,
                    l.participants().stream().map(p -> new PartyOverview.Named(p,
                            names.containsKey(p) ? names.get(p).title() : "")).toList())).toList();
            SearchHit self = names.get(party);
            String name = self == null ? "" : self.title();
            return new PartyOverview(party, name, relations, contacts, assessments,
                    health(party, name, relationships, logs, assessments, today));
        });
    }

    /** The branches that can own a relationship, by name. */
    public List<Branch> branches() {
        return workspace.read(s -> s.branches().all());
    }

    /** The side of {@code r} that is not {@code party}. */
    public static PartyRef otherSide(Relationship r, PartyRef party) {
        PartyRef from = new PartyRef(r.fromPersonId(), r.fromOrgId());
        PartyRef to = new PartyRef(r.toPersonId(), r.toOrgId());
        return from.equals(party) ? to : from;
    }

    private Map<PartyRef, SearchHit> names(StoreSession s, Set<PartyRef> parties) {
        var search = s.search(locale);
        List<Long> people = parties.stream().filter(PartyRef::isPerson).map(PartyRef::id).toList();
        List<Long> organisations = parties.stream().filter(p -> !p.isPerson()).map(PartyRef::id).toList();
        Map<PartyRef, SearchHit> names = new HashMap<>();
        search.peopleByIds(new ArrayList<>(people)).forEach(h -> names.put(PartyRef.person(h.id()), h));
        search.organisationsByIds(new ArrayList<>(organisations)).forEach(h -> names.put(PartyRef.organisation(h.id()), h));
        return names;
    }

    /** The facts {@link se.samverkan.store.ContactFactsRepository} reads for every party, here for one. */
    private se.samverkan.domain.RelationshipHealth health(PartyRef party, String name, List<Relationship> relationships,
                                                         List<InteractionLog> logs,
                                                         List<StakeholderAssessment> assessments, LocalDate today) {
        if (relationships.isEmpty()) {
            return null;
        }
        int strongest = relationships.stream().mapToInt(Relationship::strength).max().orElse(1);
        Integer influence = assessments.isEmpty() ? null : assessments.get(0).influence();
        LocalDate yearAgo = today.minusYears(1);
        LocalDate last = null;
        int inYear = 0;
        for (InteractionLog l : logs) {
            LocalDate on = l.interaction().occurredOn();
            if (on.isAfter(today)) {
                continue;
            }
            if (last == null || on.isAfter(last)) {
                last = on;
            }
            if (on.isAfter(yearAgo)) {
                inYear++;
            }
        }
        return policy.assess(new PartyContactFacts(party, name, null, influence, strongest, last, inYear), today);
    }
}
