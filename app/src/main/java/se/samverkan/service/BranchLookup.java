package se.samverkan.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.samverkan.domain.Branch;

/**
 * Finds a branch as a user writes it on the command line (shared/CLI.md): its id as exported, its number, or its
 * name, case-insensitive. A number is tried as an id first, then as a branch number.
 */
public final class BranchLookup {

    private BranchLookup() {
    }

    public static Optional<Branch> find(Workspace workspace, String text) {
        List<Branch> all = workspace.read(s -> s.branches().all());
        return find(all, text);
    }

    static Optional<Branch> find(List<Branch> all, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip();
        if (wanted.chars().allMatch(Character::isDigit) && wanted.length() < 18) {
            long n = Long.parseLong(wanted);
            Optional<Branch> byId = all.stream().filter(b -> b.id() == n).findFirst();
            if (byId.isPresent()) {
                return byId;
            }
            return all.stream().filter(b -> b.number() == n).findFirst();
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        return all.stream().filter(b -> b.name().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }
}
