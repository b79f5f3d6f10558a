package org.fagai.funds.internal;

import org.fagai.shared.web.StoredTexts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.fagai.funds.FundChannel;
import org.fagai.funds.FundState;
import org.junit.jupiter.api.Test;

class LifeCycleTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 12, 1);
    private static final ChannelRules RULES = new ChannelRules(FundChannel.SPECIAL_BOND, "地方政府专项债券", 1, false, false, true, true,
            new BigDecimal("1.1"), new BigDecimal("0.3"), true, true, 3);

    private static FundApplication declared() {
        Declaration d = new Declaration(FundChannel.SPECIAL_BOND, null, 2024, "2401-339902-04-01-700001", false, "测试项目", null, null,
                "339902", "SEWAGE", "管网", "管网工程", new BigDecimal("10000"), new BigDecimal("3000"), BigDecimal.ZERO, false,
                new BigDecimal("5000"), new BigDecimal("4000"), "方案", "报告", "意见", "用地");
        return FundApplication.declared(d, RULES, LocalDate.of(2024, 2, 1), TODAY, "city");
    }

    @Test
    void financeCannotReviewBeforeTheDrcNorFundsBeAllocatedBeforeApproval() {
        FundApplication a = declared();
        assertThat(a.roundNo()).isEqualTo(1);
        assertThatThrownBy(() -> a.reviewByFinance(true, null, null, LocalDate.of(2024, 3, 1), TODAY, "city"))
                .isInstanceOf(StepRefused.class).extracting(e -> StoredTexts.chinese(e.getMessage())).asString().contains("已申报").contains("财政审核通过");
        assertThatThrownBy(() -> a.allocate(new BigDecimal("100"), "文", LocalDate.of(2024, 3, 1), TODAY, "city"))
                .isInstanceOf(StepRefused.class);
        assertThatThrownBy(() -> a.disburse(new BigDecimal("100"), LocalDate.of(2024, 3, 1), TODAY, "city")).isInstanceOf(StepRefused.class);
        assertThatThrownBy(() -> a.recordSpending(YearMonth.of(2024, 3), BigDecimal.ONE, BigDecimal.ZERO, TODAY, "city"))
                .isInstanceOf(StepRefused.class);
    }

    @Test
    void aStepDatedBeforeThePreviousOneOrInTheFutureIsRefused() {
        FundApplication a = declared();
        assertThatThrownBy(() -> a.reviewByDrc(true, null, LocalDate.of(2024, 1, 31), TODAY, "city"))
                .isInstanceOf(StepRefused.class).extracting(e -> StoredTexts.chinese(e.getMessage())).asString().contains("不能早于上一步");
        assertThatThrownBy(() -> a.reviewByDrc(true, null, TODAY.plusDays(1), TODAY, "city"))
                .isInstanceOf(StepRefused.class).extracting(e -> StoredTexts.chinese(e.getMessage())).asString().contains("不能晚于今天");
    }

    @Test
    void theWholeLifeEndsCompletedWhenTheAllocationIsSpent() {
        FundApplication a = declared();
        a.reviewByDrc(true, null, LocalDate.of(2024, 2, 10), TODAY, "city");
        assertThatThrownBy(() -> a.reviewByFinance(true, new BigDecimal("3000.01"), null, LocalDate.of(2024, 3, 1), TODAY, "city"))
                .isInstanceOf(StepRefused.class).extracting(e -> StoredTexts.chinese(e.getMessage())).asString().contains("不超过申请金额");
        a.reviewByFinance(true, new BigDecimal("2500"), null, LocalDate.of(2024, 3, 1), TODAY, "city");
        assertThatThrownBy(() -> a.allocate(new BigDecimal("2500"), " ", LocalDate.of(2024, 3, 5), TODAY, "city"))
                .isInstanceOf(StepRefused.class).extracting(e -> StoredTexts.chinese(e.getMessage())).asString().contains("下达文件");
        a.allocate(null, "示财债〔2024〕1号", LocalDate.of(2024, 3, 5), TODAY, "city");
        a.disburse(new BigDecimal("2000"), LocalDate.of(2024, 4, 1), TODAY, "city");
        assertThatThrownBy(() -> a.disburse(new BigDecimal("500.01"), LocalDate.of(2024, 4, 2), TODAY, "city"))
                .isInstanceOf(StepRefused.class).extracting(e -> StoredTexts.chinese(e.getMessage())).asString().contains("不超过下达额度");
        assertThatThrownBy(() -> a.recordSpending(YearMonth.of(2024, 3), BigDecimal.ONE, BigDecimal.ZERO, TODAY, "owner"))
                .as("before the money arrived").isInstanceOf(StepRefused.class);
        assertThatThrownBy(() -> a.recordSpending(YearMonth.of(2024, 4), new BigDecimal("2000.01"), BigDecimal.ZERO, TODAY, "owner"))
                .isInstanceOf(StepRefused.class).extracting(e -> StoredTexts.chinese(e.getMessage())).asString().contains("超过已拨付资金");
        a.recordSpending(YearMonth.of(2024, 4), new BigDecimal("1500"), BigDecimal.ZERO, TODAY, "owner");
        a.recordSpending(YearMonth.of(2024, 4), new BigDecimal("1000"), new BigDecimal("1500"), TODAY, "owner");
        assertThat(a.progress.spentAmount).isEqualByComparingTo("1000");
        a.disburse(new BigDecimal("500"), LocalDate.of(2024, 5, 1), TODAY, "city");
        a.recordSpending(YearMonth.of(2024, 5), new BigDecimal("1500"), BigDecimal.ZERO, TODAY, "owner");
        assertThat(a.state()).isEqualTo(FundState.COMPLETED);
        assertThat(a.progress.completedOn).isEqualTo(LocalDate.of(2024, 5, 31));
    }

    @Test
    void aRefusalNeedsItsReasonAndEndsTheApplication() {
        FundApplication a = declared();
        assertThatThrownBy(() -> a.reviewByDrc(false, " ", LocalDate.of(2024, 2, 10), TODAY, "city")).isInstanceOf(StepRefused.class);
        a.reviewByDrc(false, "前期深度不足", LocalDate.of(2024, 2, 10), TODAY, "city");
        assertThat(a.state()).isEqualTo(FundState.REJECTED);
        assertThat(a.state().isActive()).isFalse();
        assertThatThrownBy(() -> a.reviewByDrc(true, null, LocalDate.of(2024, 2, 11), TODAY, "city")).isInstanceOf(StepRefused.class);
    }
}
