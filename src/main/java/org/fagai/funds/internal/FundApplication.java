package org.fagai.funds.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.fagai.funds.FundState;
import org.fagai.project.WarningColour;
import org.fagai.shared.StoredText;

/**
 * One application for funds through its life: 储备 → 申报 → 发改审核 → 财政审核 (通过 with an amount, or 未通过) →
 * 额度下达 → 拨付 → monthly 支出 → 完成. Each step is dated, may not be dated before the previous one nor after today,
 * and is refused out of order. The declaration's own rules are checked by {@link DeclarationCheck} before it exists.
 */
final class FundApplication {

    record NewStep(StepKind kind, LocalDate on, BigDecimal amount, String document, String note, String actor) {
    }

    private Long id;
    private int version;
    private final Declaration declaration;
    private FundState state;
    private Integer roundNo;
    private LocalDate lastStepOn;
    final Progress progress;
    private final List<NewStep> newSteps = new ArrayList<>();

    /** The dates and amounts the steps have set (null until their step). */
    static final class Progress {
        LocalDate declaredOn;
        LocalDate drcPassedOn;
        LocalDate decidedOn;
        BigDecimal approvedAmount;
        String refusalReason;
        BigDecimal allocatedAmount;
        LocalDate allocatedOn;
        String allocationDocument;
        BigDecimal disbursedAmount = BigDecimal.ZERO;
        LocalDate disbursedOn;
        BigDecimal spentAmount = BigDecimal.ZERO;
        YearMonth lastSpentMonth;
        LocalDate completedOn;
        WarningColour spendingColour;
        BigDecimal spendingGap;
        boolean idle;
        YearMonth judgedMonth;
    }

    FundApplication(Long id, int version, Declaration declaration, FundState state, Integer roundNo, LocalDate lastStepOn,
                    Progress progress) {
        this.id = id;
        this.version = version;
        this.declaration = declaration;
        this.state = state;
        this.roundNo = roundNo;
        this.lastStepOn = lastStepOn;
        this.progress = progress;
    }

    /** Kept in the reserve (储备), to be declared later. */
    static FundApplication planned(Declaration declaration, LocalDate on, LocalDate today, String actor) {
        FundApplication a = new FundApplication(null, 0, declaration, FundState.PLANNED, null, null, new Progress());
        a.step(StepKind.PLANNED, on, today, null, null, null, actor);
        return a;
    }

    /** Declared at once (its rules already checked). */
    static FundApplication declared(Declaration declaration, ChannelRules rules, LocalDate on, LocalDate today, String actor) {
        FundApplication a = new FundApplication(null, 0, declaration, FundState.PLANNED, null, null, new Progress());
        a.declare(rules, on, today, actor);
        return a;
    }

    void declare(ChannelRules rules, LocalDate on, LocalDate today, String actor) {
        require(FundState.PLANNED, StepKind.DECLARED);
        step(StepKind.DECLARED, on, today, declaration.requested(), null, null, actor);
        progress.declaredOn = on;
        roundNo = rules.roundOf(on);
        state = FundState.DECLARED;
    }

    void reviewByDrc(boolean passed, String reason, LocalDate on, LocalDate today, String actor) {
        require(FundState.DECLARED, passed ? StepKind.DRC_PASSED : StepKind.DRC_REFUSED);
        if (passed) {
            step(StepKind.DRC_PASSED, on, today, null, null, reason, actor);
            progress.drcPassedOn = on;
            state = FundState.DRC_PASSED;
        } else {
            refuse(StepKind.DRC_REFUSED, reason, on, today, actor);
        }
    }

    void reviewByFinance(boolean passed, BigDecimal amount, String reason, LocalDate on, LocalDate today, String actor) {
        require(FundState.DRC_PASSED, passed ? StepKind.APPROVED : StepKind.FINANCE_REFUSED);
        if (!passed) {
            refuse(StepKind.FINANCE_REFUSED, reason, on, today, actor);
            return;
        }
        BigDecimal approved = amount == null ? declaration.requested() : amount;
        if (approved.signum() <= 0 || approved.compareTo(declaration.requested()) > 0) {
            throw new StepRefused(StoredText.of("funds.error.approvedAmount", declaration.requested().toPlainString()));
        }
        step(StepKind.APPROVED, on, today, approved, null, reason, actor);
        progress.decidedOn = on;
        progress.approvedAmount = approved;
        state = FundState.APPROVED;
    }

    void allocate(BigDecimal amount, String document, LocalDate on, LocalDate today, String actor) {
        require(FundState.APPROVED, StepKind.ALLOCATED);
        BigDecimal allocated = amount == null ? progress.approvedAmount : amount;
        if (allocated.signum() <= 0 || allocated.compareTo(progress.approvedAmount) > 0) {
            throw new StepRefused(StoredText.of("funds.error.allocatedAmount", progress.approvedAmount.toPlainString()));
        }
        if (document == null || document.isBlank()) {
            throw new StepRefused(StoredText.of("funds.error.allocationDocument"));
        }
        step(StepKind.ALLOCATED, on, today, allocated, document.strip(), null, actor);
        progress.allocatedAmount = allocated;
        progress.allocatedOn = on;
        progress.allocationDocument = document.strip();
        state = FundState.ALLOCATED;
    }

    /** 发行/拨付: funds reach the project, in one or more parts, up to the allocation. */
    void disburse(BigDecimal amount, LocalDate on, LocalDate today, String actor) {
        if (state != FundState.ALLOCATED && state != FundState.DISBURSED) {
            throw outOfOrder(StepKind.DISBURSED);
        }
        BigDecimal total = progress.disbursedAmount.add(amount == null ? BigDecimal.ZERO : amount);
        if (amount == null || amount.signum() <= 0 || total.compareTo(progress.allocatedAmount) > 0) {
            throw new StepRefused(StoredText.of("funds.error.disbursedAmount", progress.allocatedAmount.toPlainString()));
        }
        step(StepKind.DISBURSED, on, today, amount, null, null, actor);
        progress.disbursedAmount = total;
        if (progress.disbursedOn == null) {
            progress.disbursedOn = on;
        }
        state = FundState.DISBURSED;
    }

    /**
     * The month's spending (a correction replaces the month's earlier figure); spending never exceeds what reached
     * the project, and when it reaches the whole allocation the application is 完成.
     */
    void recordSpending(YearMonth month, BigDecimal amount, BigDecimal previousForMonth, LocalDate today, String actor) {
        if (state != FundState.DISBURSED) {
            throw outOfOrder(StepKind.SPENT);
        }
        if (month.isBefore(YearMonth.from(progress.disbursedOn)) || month.isAfter(YearMonth.from(today))) {
            throw new StepRefused(StoredText.of("funds.error.spentMonth", YearMonth.from(progress.disbursedOn)));
        }
        BigDecimal spent = progress.spentAmount.subtract(previousForMonth).add(amount);
        if (amount.signum() < 0 || spent.compareTo(progress.disbursedAmount) > 0) {
            throw new StepRefused(StoredText.of("funds.error.spentOver", spent.toPlainString(), progress.disbursedAmount.toPlainString()));
        }
        LocalDate on = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        newSteps.add(new NewStep(StepKind.SPENT, on, amount, null, month.toString(), actor));
        progress.spentAmount = spent;
        if (amount.signum() > 0 && (progress.lastSpentMonth == null || month.isAfter(progress.lastSpentMonth))) {
            progress.lastSpentMonth = month;
        }
        if (spent.compareTo(progress.allocatedAmount) == 0) {
            LocalDate completed = lastStepOn == null || on.isAfter(lastStepOn) ? on : lastStepOn;
            step(StepKind.COMPLETED, completed, today, spent, null, null, actor);
            progress.completedOn = completed;
            state = FundState.COMPLETED;
        }
    }

    /** Stores the month's spending judgement (only funds that were allocated and not yet all spent are judged). */
    void judge(SpendingProgress judged) {
        boolean open = state == FundState.ALLOCATED || state == FundState.DISBURSED;
        progress.spendingColour = open ? judged.colour() : null;
        progress.spendingGap = open ? judged.gapPoints() : null;
        progress.idle = open && judged.idle();
        progress.judgedMonth = judged.month();
    }

    /** The later of the month the funds arrived and the last month with spending. */
    YearMonth lastActivity() {
        if (progress.disbursedOn == null) {
            return null;
        }
        YearMonth arrived = YearMonth.from(progress.disbursedOn);
        return progress.lastSpentMonth != null && progress.lastSpentMonth.isAfter(arrived) ? progress.lastSpentMonth : arrived;
    }

    private void refuse(StepKind kind, String reason, LocalDate on, LocalDate today, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new StepRefused(StoredText.of("funds.error.refusalReason"));
        }
        step(kind, on, today, null, null, reason.strip(), actor);
        progress.decidedOn = on;
        progress.refusalReason = reason.strip();
        state = FundState.REJECTED;
    }

    private void require(FundState expected, StepKind step) {
        if (state != expected) {
            throw outOfOrder(step);
        }
    }

    private StepRefused outOfOrder(StepKind step) {
        return new StepRefused(StoredText.of("funds.error.stepNotAllowed", StoredText.label("funds.state." + state.name()), StoredText.label("funds.step." + step.name())));
    }

    private void step(StepKind kind, LocalDate on, LocalDate today, BigDecimal amount, String document, String note, String actor) {
        if (on.isAfter(today)) {
            throw new StepRefused(StoredText.of("funds.error.stepFuture", StoredText.label("funds.step." + kind.name())));
        }
        if (lastStepOn != null && on.isBefore(lastStepOn)) {
            throw new StepRefused(StoredText.of("funds.error.stepBeforePrevious", StoredText.label("funds.step." + kind.name()), on, lastStepOn));
        }
        lastStepOn = on;
        newSteps.add(new NewStep(kind, on, amount, document, note, actor));
    }

    List<NewStep> drainSteps() {
        List<NewStep> steps = List.copyOf(newSteps);
        newSteps.clear();
        return steps;
    }

    void assigned(long newId) {
        this.id = newId;
    }

    void stored() {
        version++;
    }

    Long id() { return id; }
    int version() { return version; }
    Declaration declaration() { return declaration; }
    FundState state() { return state; }
    Integer roundNo() { return roundNo; }
    LocalDate lastStepOn() { return lastStepOn; }
}
