package org.fagai.project.internal.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.fagai.shared.web.StoredTexts;
import org.junit.jupiter.api.Test;

class ReportingWindowTest {

    private final ReportingWindow window = new ReportingWindow(5);
    private final YearMonth june = YearMonth.of(2023, 6);

    @Test
    void aMonthIsOpenFromTheFirstToTheFifthOfTheNextMonth() {
        assertThat(window.isOpen(june, LocalDate.of(2023, 6, 30), null)).isFalse();
        assertThat(window.isOpen(june, LocalDate.of(2023, 7, 1), null)).isTrue();
        assertThat(window.isOpen(june, LocalDate.of(2023, 7, 5), null)).isTrue();
        assertThat(window.isOpen(june, LocalDate.of(2023, 7, 6), null)).isFalse();
    }

    @Test
    void aReopenedMonthIsOpenUntilItsDate() {
        assertThat(window.isOpen(june, LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 5))).isTrue();
        assertThat(window.isOpen(june, LocalDate.of(2023, 9, 5), LocalDate.of(2023, 9, 5))).isTrue();
        assertThat(window.isOpen(june, LocalDate.of(2023, 9, 6), LocalDate.of(2023, 9, 5))).isFalse();
    }

    @Test
    void theReasonSaysWhetherTheMonthIsLockedOrNotYetOpen() {
        assertThat(StoredTexts.chinese(window.whyClosed(june, LocalDate.of(2023, 7, 6)))).contains("已于 2023-07-05 截止").contains("重新开放");
        assertThat(StoredTexts.chinese(window.whyClosed(june, LocalDate.of(2023, 6, 20)))).contains("2023-07-01 至 2023-07-05");
    }

    @Test
    void decemberIsReportedInJanuary() {
        assertThat(window.isOpen(YearMonth.of(2023, 12), LocalDate.of(2024, 1, 3), null)).isTrue();
    }
}
