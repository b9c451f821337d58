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
 * (ignoring case) at the same organisation (both without one counts as the same). The oldest record wins. People
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

    Match find(Person candidate) {
        if (PersonValidator.present(candidate.email())) {
            List<Person> same = byEmail.get(emailKey(candidate.email()));
            if (same != null && !same.isEmpty()) {
                return new Match(same.get(0), DuplicateCandidate.Reason.SAME_EMAIL);
            }
        }
        List<Person> same = byName.get(nameKey(candidate));
        return same == null || same.isEmpty() ? null : new Match(same.get(0), DuplicateCandidate.Reason.SAME_NAME_SAME_ORG);
    }

    void add(Person p) {
        if (PersonValidator.present(p.email())) {
            byEmail.computeIfAbsent(emailKey(p.email()), k -> new ArrayList<>(1)).add(p);
        }
        byName.computeIfAbsent(nameKey(p), k -> new ArrayList<>(1)).add(p);
    }

    /** {@code after} takes the place of {@code before} (same id), under its new keys. */
    void replace(Person before, Person after) {
        if (PersonValidator.present(before.email())) {
            byEmail.getOrDefault(emailKey(before.email()), new ArrayList<>()).removeIf(p -> p.id() == before.id());
        }
        byName.getOrDefault(nameKey(before), new ArrayList<>()).removeIf(p -> p.id() == before.id());
        add(after);
    }

    private static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String nameKey(Person p) {
        return lower(p.firstName()) + '\u0000' + lower(p.lastName()) + '\u0000' + p.organisationId();
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
