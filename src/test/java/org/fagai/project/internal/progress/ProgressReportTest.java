package org.fagai.project.internal.progress;

import org.fagai.shared.web.StoredTexts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.fagai.shared.FieldErrors;
import org.junit.jupiter.api.Test;

/** One report, one set of rules: the form, the API and the import hold a month's progress to the same ones. */
class ProgressReportTest {

    private static final LocalDate JULY_THIRD = LocalDate.of(2023, 7, 3);

    private static ProgressReport.Terms terms(boolean listed, LocalDate reopenedUntil) {
        return new ProgressReport.Terms(new BigDecimal("10000"), year -> listed, new ReportingWindow(5), JULY_THIRD,
                month -> reopenedUntil);
    }

    private static ProgressInput input(String month, String amount) {
        return new ProgressInput(month, amount == null ? null : new BigDecimal(amount), " 主体施工 ", "");
    }

    @Test
    void aReportRefusesItselfWhenItBreaksItsOwnRules() {
        assertThatThrownBy(() -> new ProgressReport(null, new BigDecimal("-1"), null, null))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).extracting(FieldErrors.FieldError::field)
                        .containsExactly("month", "completedInvestment"));
        assertThatThrownBy(() -> new ProgressReport(YearMonth.of(2023, 6), new BigDecimal("1.234"), null, null))
                .extracting(e -> StoredTexts.chinese(e.getMessage())).asString().contains("两位小数");
    }

    @Test
    void aValidReportKeepsTwoDecimalsAndDropsBlankTexts() {
        ProgressReport report = ProgressReport.of(input("2023-06", "1234.5"), terms(true, null));
        assertThat(report.completedInvestment()).isEqualByComparingTo("1234.50");
        assertThat(report.completedInvestment().scale()).isEqualTo(2);
        assertThat(report.siteStatus()).isEqualTo("主体施工");
        assertThat(report.problems()).isNull();
    }

    @Test
    void theProjectsTermsAreNamedWithEveryOtherBrokenRule() {
        assertThatThrownBy(() -> ProgressReport.of(input("2023-05", "20000"), terms(false, null)))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).extracting(f -> StoredTexts.chinese(f.message()))
                        .containsExactly("本月完成投资不能大于项目总投资10000万元", "该项目未列入2023年重点项目计划，不能填报该年进度",
                                "2023-05 的填报期已于 2023-06-05 截止，月份已锁定；如需补报请联系科室重新开放"));
    }

    @Test
    void aReopenedMonthMayBeReportedAndAnUnknownProjectIsHeldOnlyToTheReportsOwnRules() {
        assertThat(ProgressReport.of(input("2023-05", "1"), terms(true, LocalDate.of(2023, 7, 5))).month())
                .isEqualTo(YearMonth.of(2023, 5));
        assertThat(ProgressReport.of(input("2019-01", "1"), null).month()).isEqualTo(YearMonth.of(2019, 1));
        assertThatThrownBy(() -> ProgressReport.of(input("2019/01", null), null))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).extracting(FieldErrors.FieldError::field)
                        .containsExactly("month", "completedInvestment"));
    }
}
