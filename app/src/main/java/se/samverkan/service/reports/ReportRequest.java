package se.samverkan.service.reports;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import se.samverkan.domain.Period;

/**
 * What the user asked the report dialog for.
 *
 * @param branchId  the branch of a board report, else null
 * @param sections  the parts of a board report to include
 * @param sensitive whether special-category data (political offices) may be included
 */
public record ReportRequest(ReportKind kind, Long branchId, Period period, Set<BoardReport.Section> sections,
                            boolean sensitive, String author, Path file) {

    public ReportRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(file, "file");
        sections = sections.isEmpty() ? EnumSet.noneOf(BoardReport.Section.class) : EnumSet.copyOf(sections);
        author = author == null ? "" : author.strip();
    }
}
