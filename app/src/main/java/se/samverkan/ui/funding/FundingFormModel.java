package se.samverkan.ui.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samverkan.domain.BudgetLine;
import se.samverkan.domain.Choice;
import se.samverkan.domain.FieldError;
import se.samverkan.domain.FilterChoices;
import se.samverkan.domain.FundingPartner;
import se.samverkan.domain.FundingProject;
import se.samverkan.domain.FundingTarget;
import se.samverkan.service.funding.BudgetCheck;
import se.samverkan.service.funding.BudgetWarning;
import se.samverkan.service.funding.FundingService;
import se.samverkan.ui.common.NumberFields;
import se.samverkan.ui.common.RecordFormModel;

/**
 * The funding form's state: the project's fields, the budget lines (income and costs, amounts as typed) with their
 * sums and warnings recomputed as the user types, the target rows and the partners. No controls here.
 */
public final class FundingFormModel extends RecordFormModel<FundingProject> {

    /** One budget line being edited; the side is fixed by the list it was added to. */
    public static final class BudgetRow {
        final String side;
        final StringProperty kind = new SimpleStringProperty();
        final StringProperty label = new SimpleStringProperty("");
        final StringProperty amount = new SimpleStringProperty("");

        BudgetRow(String side, String kind, String label, String amount) {
            this.side = side;
            this.kind.set(kind);
            this.label.set(label);
            this.amount.set(amount);
        }

        BigDecimal amountValue() {
            BigDecimal value = NumberFields.parse(amount.get());
            return value == null ? BigDecimal.ZERO : value;
        }
    }

    /** One target row being edited: measure, county (null: whole project), figures as typed. */
    public static final class TargetRow {
        final StringProperty measure = new SimpleStringProperty("PARTICIPANTS");
        final StringProperty county = new SimpleStringProperty();
        final StringProperty targetWomen = new SimpleStringProperty("");
        final StringProperty targetMen = new SimpleStringProperty("");
        final StringProperty targetTotal = new SimpleStringProperty("");
        final StringProperty outcomeWomen = new SimpleStringProperty("");
        final StringProperty outcomeMen = new SimpleStringProperty("");
        final StringProperty outcomeTotal = new SimpleStringProperty("");

        List<StringProperty> figures() {
            return List.of(targetWomen, targetMen, targetTotal, outcomeWomen, outcomeMen, outcomeTotal);
        }

        FundingTarget toTarget() {
            return new FundingTarget(measure.get(), county.get(), whole(targetWomen), whole(targetMen),
                    whole(targetTotal), whole(outcomeWomen), whole(outcomeMen), whole(outcomeTotal));
        }
    }

    /** One partner being edited. */
    public static final class PartnerRow {
        final ObjectProperty<Long> organisation = new SimpleObjectProperty<>();
        final StringProperty role = new SimpleStringProperty("PARTNER");
    }

    private final long id;
    private final FilterChoices choices;
    private final List<Choice> workplaceChoices;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty fund = new SimpleStringProperty("ESF_PLUS");
    private final StringProperty programmeArea = new SimpleStringProperty("");
    private final StringProperty call = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> applicationFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> applicationTo = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("IDEA");
    private final ObjectProperty<LocalDate> periodFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> periodTo = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> extendedTo = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> owner = new SimpleObjectProperty<>();
    private final StringProperty unionRole = new SimpleStringProperty("PARTNER");
    private final StringProperty unionTasks = new SimpleStringProperty("");
    private final StringProperty esfPercent = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final String nutsCode;
    private final ObservableList<Long> branches = FXCollections.observableArrayList();
    private final ObservableList<Long> workplaces = FXCollections.observableArrayList();
    private final ObservableList<BudgetRow> budget = FXCollections.observableArrayList(
            r -> new Observable[] {r.kind, r.amount});
    private final ObservableList<TargetRow> targets = FXCollections.observableArrayList(r -> new Observable[] {
            r.measure, r.county, r.targetWomen, r.targetMen, r.targetTotal, r.outcomeWomen, r.outcomeMen,
            r.outcomeTotal});
    private final ObservableList<PartnerRow> partners = FXCollections.observableArrayList();
    private final ObjectBinding<List<BudgetWarning>> warnings;

    FundingFormModel(FundingViewModel list, FilterChoices choices, List<Choice> workplaceChoices,
                     FundingProject project) {
        super(project == null, list.tasks(), new Operations<>(list.service()::validate, p -> List.of(),
                list.service()::save, FundingProject::id), list.list()::fail, list::changed);
        this.choices = choices;
        this.workplaceChoices = List.copyOf(workplaceChoices);
        this.id = project == null ? 0 : project.id();
        this.nutsCode = project == null ? null : project.nutsCode();
        warnings = Bindings.createObjectBinding(() -> BudgetCheck.check(lines(), percentValue()), budget, esfPercent);
        if (project != null) {
            fill(project);
        }
    }

    private void fill(FundingProject p) {
        name.set(p.name());
        fund.set(p.fund());
        programmeArea.set(nz(p.programmeArea()));
        call.set(nz(p.callName()));
        applicationFrom.set(p.applicationFrom());
        applicationTo.set(p.applicationTo());
        status.set(p.status());
        periodFrom.set(p.periodFrom());
        periodTo.set(p.periodTo());
        extendedTo.set(p.extendedTo());
        owner.set(p.ownerOrgId());
        unionRole.set(p.unionRole());
        unionTasks.set(nz(p.unionTasks()));
        esfPercent.set(NumberFields.format(p.esfPercent()));
        notes.set(nz(p.notes()));
        branches.setAll(p.branchIds());
        workplaces.setAll(p.workplaceIds());
        p.budgetLines().forEach(l -> budget.add(new BudgetRow(l.side(), l.kind(), l.label(),
                NumberFields.format(l.amountSek()))));
        for (FundingTarget t : p.targets()) {
            var row = new TargetRow();
            row.measure.set(t.measure());
            row.county.set(t.countyCode());
            row.targetWomen.set(text(t.targetWomen()));
            row.targetMen.set(text(t.targetMen()));
            row.targetTotal.set(text(t.targetTotal()));
            row.outcomeWomen.set(text(t.outcomeWomen()));
            row.outcomeMen.set(text(t.outcomeMen()));
            row.outcomeTotal.set(text(t.outcomeTotal()));
            targets.add(row);
        }
        for (FundingPartner f : p.partners()) {
            var row = new PartnerRow();
            row.organisation.set(f.organisationId());
            row.role.set(f.role());
            partners.add(row);
        }
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    /** A whole number as typed; null when empty, -1 (refused by the service) when not a whole number. */
    private static Integer whole(StringProperty text) {
        BigDecimal value = NumberFields.parse(text.get());
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    private List<BudgetLine> lines() {
        return budget.stream().map(r -> new BudgetLine(0, r.side, r.kind.get(), r.label.get(), r.amountValue()))
                .toList();
    }

    private BigDecimal percentValue() {
        return NumberFields.parse(esfPercent.get());
    }

    /** What the budget should be looked at for, as the user types; a warning never stops the save. */
    public ObjectBinding<List<BudgetWarning>> warnings() {
        return warnings;
    }

    public void addBudgetLine(String side) {
        String kind = BudgetCheck.INCOME.equals(side) ? BudgetCheck.INCOME_KINDS.get(0) : BudgetCheck.COST_KINDS.get(0);
        budget.add(new BudgetRow(side, kind, "", ""));
    }

    public void addTarget() {
        targets.add(new TargetRow());
    }

    public void addPartner() {
        partners.add(new PartnerRow());
    }

    @Override
    protected List<FieldError> unreadableInput() {
        List<FieldError> errors = new ArrayList<>(NumberFields.unreadable(FundingService.ESF_PERCENT, esfPercent.get()));
        budget.forEach(r -> errors.addAll(NumberFields.unreadable(FundingService.BUDGET, r.amount.get())));
        targets.forEach(r -> r.figures().forEach(f -> errors.addAll(NumberFields.unreadable(FundingService.TARGETS,
                f.get()))));
        return errors;
    }

    @Override
    protected FundingProject toRecord() {
        List<FundingPartner> chosen = partners.stream().filter(p -> p.organisation.get() != null)
                .map(p -> new FundingPartner(p.organisation.get(), p.role.get())).toList();
        return new FundingProject(id, name.get(), fund.get(), programmeArea.get(), call.get(), applicationFrom.get(),
                applicationTo.get(), owner.get(), nutsCode, status.get(), unionRole.get(), unionTasks.get(),
                periodFrom.get(), periodTo.get(), extendedTo.get(), percentValue(), notes.get(), chosen,
                List.copyOf(branches), List.copyOf(workplaces), lines(),
                targets.stream().map(TargetRow::toTarget).toList());
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty fund() {
        return fund;
    }

    public StringProperty programmeArea() {
        return programmeArea;
    }

    public StringProperty call() {
        return call;
    }

    public ObjectProperty<LocalDate> applicationFrom() {
        return applicationFrom;
    }

    public ObjectProperty<LocalDate> applicationTo() {
        return applicationTo;
    }

    public StringProperty status() {
        return status;
    }

    public ObjectProperty<LocalDate> periodFrom() {
        return periodFrom;
    }

    public ObjectProperty<LocalDate> periodTo() {
        return periodTo;
    }

    public ObjectProperty<LocalDate> extendedTo() {
        return extendedTo;
    }

    public ObjectProperty<Long> owner() {
        return owner;
    }

    public StringProperty unionRole() {
        return unionRole;
    }

    public StringProperty unionTasks() {
        return unionTasks;
    }

    public StringProperty esfPercent() {
        return esfPercent;
    }

    public StringProperty notes() {
        return notes;
    }

    public ObservableList<Long> branches() {
        return branches;
    }

    public ObservableList<Long> workplaces() {
        return workplaces;
    }

    public ObservableList<BudgetRow> budget() {
        return budget;
    }

    public ObservableList<TargetRow> targets() {
        return targets;
    }

    public ObservableList<PartnerRow> partners() {
        return partners;
    }

    public FilterChoices choices() {
        return choices;
    }

    List<Choice> workplaceChoices() {
        return workplaceChoices;
    }
}
