package se.samverkan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.samverkan.domain.RecordKind;
import se.samverkan.domain.SearchKind;
import se.samverkan.service.Messages;
import se.samverkan.service.WorkspaceException;
import se.samverkan.ui.unlock.PasswordStrength;

/** Keeps the two bundles and the code in step: no key missing in a language, none used but absent, none left unused. */
class LocalizationConsistencyTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("\"((?:ui|cli|error|app|report)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    /** Keys the code builds from a prefix and a value; each family is checked for every value it can take. */
    private static final List<String> DYNAMIC_PREFIXES = List.of("ui.count.", "error.", "ui.search.kind.", "ui.record.kind.",
            "ui.password.strength.", "ui.seat.role.", "ui.level.", "ui.forums.represents.", "ui.workshop.status.", "ui.detail.", "export.column.", "export.sheet.",
            // Relationer och kontakter
            "ui.relations.kind.", "ui.contacts.kind.", "ui.relations.health.", "ui.relations.strength.",
            "ui.stakeholders.quadrant.", "ui.assessment.influence.", "ui.assessment.interest.",
            // Nätverkskarta
            "ui.map.group.",
            // Verksamhetsmål
            "ui.goals.status.", "ui.goals.source.", "ui.goals.trend.", "ui.goals.change.", "ui.goals.unit.",
            "ui.goals.periodKind.", "ui.goals.direction.",
            // Politik (issue #6)
            "ui.demand.status.", "ui.demands.holder.", "ui.onePercent.verdict.",
            // Strukturfonder
            "ui.funding.status.", "ui.funding.fund.", "ui.funding.role.", "ui.funding.partnerRole.",
            "ui.funding.measure.", "ui.funding.kind.", "ui.funding.warning.",
            // Rapportarkiv
            "ui.archive.kind.",
            // issue #7: the report dialog's kinds, file names, parts and problems (from enums and the service)
            "ui.reports.kind.", "ui.reports.fileKind.", "ui.reports.section.", "ui.reports.needs",
            "ui.reports.yearOnly", "ui.reports.pdf", "report.since.trend.");

    private static Set<String> keys(Locale locale) {
        return new TreeSet<>(Messages.of(locale).bundle().keySet());
    }

    private static Set<String> literalKeysInCode() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    @Test
    void swedishAndEnglishHaveTheSameKeys() {
        assertThat(keys(Locale.ENGLISH)).containsExactlyElementsOf(keys(Messages.SWEDISH));
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> bundle = keys(Messages.SWEDISH);
        Set<String> missing = new TreeSet<>(literalKeysInCode());
        missing.removeIf(key -> bundle.contains(key) || DYNAMIC_PREFIXES.contains(key + "."));
        assertThat(missing).isEmpty();
    }

    @Test
    void everyValueOfAKeyFamilyHasItsText() {
        ResourceBundle sv = Messages.of(Messages.SWEDISH).bundle();
        Set<String> expected = new HashSet<>();
        Arrays.stream(RecordKind.values()).forEach(k -> expected.add("ui.count." + k.cliName()));
        Arrays.stream(WorkspaceException.Reason.values()).forEach(r -> expected.add("error." + r.name().toLowerCase(Locale.ROOT)));
        Arrays.stream(SearchKind.values()).forEach(k -> expected.add("ui.search.kind." + k.name()));
        Arrays.stream(SearchKind.values()).forEach(k -> expected.add("ui.record.kind." + k.name()));
        Arrays.stream(PasswordStrength.values()).forEach(s -> expected.add(s.messageKey()));
        List.of("ORDINARY", "DEPUTY", "CHAIR", "COOPTED").forEach(r -> expected.add("ui.seat.role." + r));
        List.of("MUNICIPALITY", "REGION", "NUTS", "NATIONAL").forEach(l -> expected.add("ui.level." + l));
        se.samverkan.service.forums.ForumService.REPRESENTING.forEach(r -> expected.add("ui.forums.represents." + r));
        List.of("IDEA", "PLANNED", "HELD", "CANCELLED").forEach(s -> expected.add("ui.workshop.status." + s));
        se.samverkan.service.network.RelationshipService.KINDS.forEach(k -> expected.add("ui.relations.kind." + k));
        se.samverkan.service.network.InteractionService.KINDS.forEach(k -> expected.add("ui.contacts.kind." + k));
        Arrays.stream(se.samverkan.domain.RelationshipHealthStatus.values())
                .forEach(s -> expected.add("ui.relations.health." + s.name()));
        Arrays.stream(se.samverkan.domain.StakeholderQuadrant.values())
                .forEach(q -> expected.add("ui.stakeholders.quadrant." + q.name()));
        for (int level = 1; level <= 5; level++) {
            expected.add("ui.relations.strength." + level);
            expected.add("ui.assessment.influence." + level);
            expected.add("ui.assessment.interest." + level);
        }
        List.of("PUBLIC", "EDUCATION", "LABOUR", "BUSINESS", "POLITICS", "OTHER").forEach(g -> expected.add("ui.map.group." + g));
        Arrays.stream(se.samverkan.domain.StatusLevel.values()).forEach(l -> expected.add("ui.goals.status." + l.name()));
        List.of("MANUAL", "IMPORTED", "DERIVED").forEach(k -> expected.add("ui.goals.source." + k));
        List.of("up", "down", "flat").forEach(k -> expected.add("ui.goals.trend." + k));
        List.of("TARGET", "OUTCOME").forEach(k -> expected.add("ui.goals.change." + k));
        List.of("COUNT", "PERCENT", "SEK", "YES_NO").forEach(k -> expected.add("ui.goals.unit." + k));
        Arrays.stream(se.samverkan.domain.PeriodKind.values()).forEach(k -> expected.add("ui.goals.periodKind." + k.name()));
        se.samverkan.service.goals.GoalService.DIRECTIONS.forEach(d -> expected.add("ui.goals.direction." + d));
        Arrays.stream(se.samverkan.service.politics.DemandStatus.values()).forEach(st -> expected.add("ui.demand.status." + st.name()));
        se.samverkan.service.politics.DemandService.LEVELS.forEach(l -> expected.add("ui.level." + l));
        se.samverkan.service.politics.DemandService.LEVELS.forEach(l -> expected.add("ui.demands.holder." + l));
        Arrays.stream(se.samverkan.domain.OnePercentRow.Verdict.values()).forEach(v -> expected.add("ui.onePercent.verdict." + v.name()));
        Arrays.stream(se.samverkan.service.funding.FundingStatus.values())
                .forEach(st -> expected.add("ui.funding.status." + st.name()));
        se.samverkan.service.funding.FundingService.FUNDS.forEach(f -> expected.add("ui.funding.fund." + f));
        se.samverkan.service.funding.FundingService.UNION_ROLES.forEach(r -> expected.add("ui.funding.role." + r));
        se.samverkan.service.funding.FundingService.PARTNER_ROLES.forEach(r -> expected.add("ui.funding.partnerRole." + r));
        se.samverkan.service.funding.FundingService.MEASURES.forEach(m -> expected.add("ui.funding.measure." + m));
        se.samverkan.service.funding.BudgetCheck.INCOME_KINDS.forEach(k -> expected.add("ui.funding.kind." + k));
        se.samverkan.service.funding.BudgetCheck.COST_KINDS.forEach(k -> expected.add("ui.funding.kind." + k));
        Arrays.stream(se.samverkan.service.funding.BudgetWarning.Kind.values())
                .forEach(k -> expected.add("ui.funding.warning." + k.name()));
        Arrays.stream(se.samverkan.domain.ArchivedReport.Kind.values()).forEach(k -> expected.add("ui.archive.kind." + k.name()));
        expected.removeIf(sv::containsKey);
        assertThat(expected).as("keys without text").isEmpty();
    }

    @Test
    void noKeyIsLeftUnused() throws IOException {
        Set<String> used = literalKeysInCode();
        Set<String> unused = new TreeSet<>(keys(Messages.SWEDISH));
        unused.removeIf(key -> used.contains(key) || DYNAMIC_PREFIXES.stream().anyMatch(key::startsWith));
        assertThat(unused).isEmpty();
    }
}
