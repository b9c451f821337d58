package se.samverkan.service.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.samverkan.domain.DuplicateCandidate;
import se.samverkan.domain.Person;

/**
 * Finds the person an imported row is, in memory: the same e-mail (ignoring case), else the same first and last name
 * (ignoring case) at the same organisation (both without one counts as the same, unless their e-mail addresses
 * differ). The oldest record wins. People
 * the import creates are added as it goes, so two rows of one file for the same person match each other.
 */
final class PeopleMatcher {

    /** A person found, and why. */
    record Match(Person person, DuplicateCandidate.Reason reason) {
    }

    private final Map<String, List<Person>> byEmail = new HashMap<>();
    private final Map<String, List<Person>> byName = new HashMap<>();

    PeopleMatcher(List<Person> everyone) {
        everyone.forEach(this::add);
    }

    /**
     * The person {@code candidate} is, if any; {@code organisations} are all the organisations that carry the name of
     * the candidate's (names are not unique), and a person at any of them counts as at the same organisation.
     */
    Match find(Person candidate, List<Long> organisations) {
        if (PersonValidator.present(candidate.email())) {
            List<Person> same = byEmail.get(emailKey(candidate.email()));
            if (same != null && !same.isEmpty()) {
                return new Match(same.get(0), DuplicateCandidate.Reason.SAME_EMAIL);
            }
        }
        if (candidate.organisationId() == null) {
            return byName.getOrDefault(nameKey(candidate, null), List.of()).stream()
                    .filter(p -> !differentEmails(p, candidate)).findFirst()
                    .map(p -> new Match(p, DuplicateCandidate.Reason.SAME_NAME_SAME_ORG)).orElse(null);
        }
        for (Long organisation : organisations) {
            List<Person> same = byName.getOrDefault(nameKey(candidate, organisation), List.of());
            if (!same.isEmpty()) {
                return new Match(same.get(0), DuplicateCandidate.Reason.SAME_NAME_SAME_ORG);
            }
        }
        return null;
    }

    /**
     * Without an organisation a name says little: two "Ebba Kvarnbacke" with different e-mail addresses are two
     * people. At one organisation the same name is the same person even with a new address.
     */
    private static boolean differentEmails(Person a, Person b) {
        return PersonValidator.present(a.email()) && PersonValidator.present(b.email())
                && !emailKey(a.email()).equals(emailKey(b.email()));
    }

    void add(Person p) {
        if (PersonValidator.present(p.email())) {
            byEmail.computeIfAbsent(emailKey(p.email()), k -> new ArrayList<>(1)).add(p);
        }
        byName.computeIfAbsent(nameKey(p, p.organisationId()), k -> new ArrayList<>(1)).add(p);
    }

    /** {@code after} takes the place of {@code before} (same id), under its new keys. */
    void replace(Person before, Person after) {
        if (PersonValidator.present(before.email())) {
            byEmail.getOrDefault(emailKey(before.email()), new ArrayList<>()).removeIf(p -> p.id() == before.id());
        }
        byName.getOrDefault(nameKey(before, before.organisationId()), new ArrayList<>()).removeIf(p -> p.id() == before.id());
        add(after);
    }

    private static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String nameKey(Person p, Long organisationId) {
        return lower(p.firstName()) + '\u0000' + lower(p.lastName()) + '\u0000' + organisationId;
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
