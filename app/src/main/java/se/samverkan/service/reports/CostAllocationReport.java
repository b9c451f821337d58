package se.samverkan.service.reports;

import com.lowagie.text.DocumentException;
import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.samverkan.domain.ArchivedReport;
import se.samverkan.domain.BranchCostShare;
import se.samverkan.domain.CostAllocation;
import se.samverkan.domain.FigureSnapshot;
import se.samverkan.domain.Period;
import se.samverkan.io.ReportPdf;
import se.samverkan.io.TableWriter;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.costs.CostAllocationService;

/**
 * The cost-allocation report (issue #7's type {@code cost-allocation}): the year's project cost split 50/50 and the
 * branches' half by their active members on 1 January, as a PDF (table and bar chart) or an Excel sheet (numbers as
 * numbers), by the file's ending. The figures are {@link CostAllocationService}'s, so the window and the report agree.
 * Each report written is archived ({@link ReportArchive}) with its bytes; it shows no goal figures.
 */
public final class CostAllocationReport {

    private static final Color BAR = new Color(0x00, 0x72, 0xB2);
    private final CostAllocationService service;
    private final Messages messages;
    private final Clock clock;
    private final ReportArchive archive;

    public CostAllocationReport(Workspace workspace, Messages messages, Clock clock) {
        this.service = new CostAllocationService(workspace, clock);
        this.archive = new ReportArchive(workspace, clock);
        this.messages = messages;
        this.clock = clock;
    }

    /** Whether the report can be written to a file with this ending (.pdf or .xlsx). */
    public static boolean supports(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".pdf") || name.endsWith(".xlsx");
    }

    /** Writes the year's allocation to {@code file} and archives the file; returns what it showed. */
    public CostAllocation write(int year, Path file) throws IOException {
        CostAllocation a = service.allocation(year);
        String title = messages.get("report.cost.title", Integer.toString(a.year()));
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            pdf(a, title, file);
        } else {
            xlsx(a, file);
        }
        archive.record(ArchivedReport.Kind.COST_ALLOCATION, null, Period.year(year), title, file,
                FigureSnapshot.EMPTY);
        return a;
    }

    private void pdf(CostAllocation a, String title, Path file) throws IOException {
        var meta = new ReportPdf.Meta(title, messages.get("report.cost.subject"), "Samverkan",
                messages.get("report.marking"), messages.get("report.page"));
        ReportPdf.write(file, meta, pdf -> {
            pdf.title(title, messages.get("report.cost.subtitle", LocalDate.now(clock)));
            pdf.paragraph(messages.get("report.cost.rule"));
            figures(pdf, a, messages);
        });
    }

    /** The split as tables (the two halves, then per branch) and a bar chart; the steering report shows it too. */
    static void figures(ReportPdf pdf, CostAllocation a, Messages messages) throws DocumentException {
        NumberFormat whole = NumberFormat.getIntegerInstance(messages.locale());
        pdf.heading(messages.get("report.cost.summary"));
        pdf.table(List.of(messages.get("report.cost.part"), messages.get("report.cost.amount")), List.of(
                ReportPdf.Row.of(messages.get("report.cost.union"), kronor(whole, a.unionAmount())),
                ReportPdf.Row.of(messages.get("report.cost.branches"), kronor(whole, a.branchesAmount())),
                ReportPdf.Row.sum(messages.get("report.cost.total"), a.totalCost() == null
                        ? messages.get("report.cost.noCost") : kronor(whole, a.totalCost()))),
                new float[] {3, 1.4f}, new boolean[] {false, true});
        pdf.heading(messages.get("report.cost.byBranch"));
        List<ReportPdf.Row> rows = new ArrayList<>();
        for (BranchCostShare s : a.branches()) {
            rows.add(ReportPdf.Row.of(Integer.toString(s.number()), s.name(),
                    s.activeMembers() == null ? "–" : whole.format(s.activeMembers()),
                    s.activeMembers() == null ? "–" : String.format(messages.locale(), "%.1f %%", s.share() * 100),
                    kronor(whole, s.amount())));
        }
        rows.add(ReportPdf.Row.sum("", messages.get("report.cost.sum"), whole.format(a.totalMembers()),
                a.totalMembers() == 0 ? "" : "100,0 %".replace(',', decimalSeparator(messages)),
                kronor(whole, a.branchesAmount())));
        pdf.table(List.of(messages.get("report.cost.col.number"), messages.get("report.cost.col.branch"),
                        messages.get("report.cost.col.members"), messages.get("report.cost.col.share"),
                        messages.get("report.cost.col.amount")), rows, new float[] {0.6f, 3.2f, 1.4f, 0.9f, 1.3f},
                new boolean[] {false, false, true, true, true});
        if (!a.missing().isEmpty()) {
            pdf.paragraph(messages.get("report.cost.missing", Integer.toString(a.year()), String.join(", ", a.missing())));
        }
        if (a.branchesAmount().signum() > 0) {
            pdf.barChart(messages.get("report.cost.chart"), a.branches().stream().map(BranchCostShare::name).toList(),
                    a.branches().stream().map(s -> s.amount().doubleValue()).toList(),
                    v -> whole.format(v) + " kr", BAR);
        }
        pdf.note(messages.get("report.cost.rounding"));
    }

    private static char decimalSeparator(Messages messages) {
        return java.text.DecimalFormatSymbols.getInstance(messages.locale()).getDecimalSeparator();
    }

    private static String kronor(NumberFormat whole, BigDecimal amount) {
        return whole.format(amount) + " kr";
    }

    private void xlsx(CostAllocation a, Path file) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (BranchCostShare s : a.branches()) {
            rows.add(List.of(s.number(), s.name(), s.activeMembers() == null ? "" : s.activeMembers(),
                    BigDecimal.valueOf(s.share() * 100).setScale(2, java.math.RoundingMode.HALF_UP), s.amount()));
        }
        rows.add(java.util.Arrays.asList(null, messages.get("report.cost.sum"), a.totalMembers(), null,
                a.branchesAmount()));
        rows.add(java.util.Arrays.asList(null, messages.get("report.cost.union"), null, null, a.unionAmount()));
        rows.add(java.util.Arrays.asList(null, messages.get("report.cost.total"), null, null,
                a.totalCost() == null ? BigDecimal.ZERO : a.totalCost()));
        TableWriter.forFile(file, ';').write(file, messages.get("report.cost.sheet", Integer.toString(a.year())), List.of(
                messages.get("report.cost.col.number"), messages.get("report.cost.col.branch"),
                messages.get("report.cost.col.members"), messages.get("report.cost.col.sharePercent"),
                messages.get("report.cost.col.amountSek")), rows);
    }
}
