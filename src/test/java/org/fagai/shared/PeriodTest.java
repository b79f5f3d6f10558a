package org.fagai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2023-06, 2023年1-6月",
            "2023-12, 2023年1-12月",
            "2023-01, 2023年1月",
            "2023-1, 2023年1月",
            "2023年1-6月, 2023年1-6月",
            "2023年1—6月, 2023年1-6月",
            "2023年1–6月, 2023年1-6月",
            "2023年1～6月, 2023年1-6月",
            "2023年1至6月, 2023年1-6月",
            "2023年1-2月, 2023年1-2月",
            "2023年1月, 2023年1月",
            "２０２３年１－６月, 2023年1-6月",
            "' 2023 年 1-6 月 ', 2023年1-6月"
    })
    void parsesMonthlyCumulativePeriods(String text, String label) {
        Period period = Period.parse(text);

        assertThat(period.kind()).isEqualTo(PeriodKind.MONTHLY_CUMULATIVE);
        assertThat(period.label()).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2023Q1, 2023年一季度, 3",
            "2023Q2, 2023年上半年, 6",
            "2023q3, 2023年前三季度, 9",
            "2023-Q4, 2023年全年, 12",
            "2023年一季度, 2023年一季度, 3",
            "2023年第一季度, 2023年一季度, 3",
            "2023年上半年, 2023年上半年, 6",
            "2023年前三季度, 2023年前三季度, 9",
            "2023年全年, 2023年全年, 12"
    })
    void parsesQuarterlyCumulativePeriods(String text, String label, int toMonth) {
        Period period = Period.parse(text);

        assertThat(period.kind()).isEqualTo(PeriodKind.QUARTERLY_CUMULATIVE);
        assertThat(period.label()).isEqualTo(label);
        assertThat(period.toMonth()).isEqualTo(toMonth);
        assertThat(period.fromMonth()).isEqualTo(1);
    }

    @Test
    void keepsMonthlyAndQuarterlyPeriodsOfTheSameMonthsApart() {
        assertThat(Period.parse("2023-06")).isNotEqualTo(Period.parse("2023Q2"));
        assertThat(Period.parse("2023-12").label()).isEqualTo("2023年1-12月");
        assertThat(Period.parse("2023年全年").label()).isEqualTo("2023年全年");
    }

    @Test
    void aLabelParsesBackToTheSamePeriod() {
        for (Period period : new Period[] {
                Period.monthly(2023, 1), Period.monthly(2023, 2), Period.monthly(2023, 11),
                Period.quarterly(2023, 1), Period.quarterly(2023, 2), Period.quarterly(2023, 3), Period.quarterly(2023, 4)}) {
            assertThat(Period.parse(period.label())).isEqualTo(period);
        }
    }

    @Test
    void tellsJanuaryAloneFromTheUsualJanuaryToFebruary() {
        assertThat(Period.parse("2023年1月").isJanuaryOnly()).isTrue();
        assertThat(Period.parse("2023-01").isJanuaryOnly()).isTrue();
        assertThat(Period.parse("2023年1-2月").isJanuaryOnly()).isFalse();
        assertThat(Period.parse("2023Q1").isJanuaryOnly()).isFalse();
    }

    @Test
    void theSamePeriodLastYearKeepsMonthsAndKind() {
        assertThat(Period.parse("2023年1-6月").samePeriodLastYear()).isEqualTo(Period.parse("2022年1-6月"));
        assertThat(Period.parse("2023年前三季度").samePeriodLastYear()).isEqualTo(Period.parse("2022年前三季度"));
    }

    @Test
    void timeProgressIsMonthsElapsedOverTwelve() {
        assertThat(Period.parse("2023年1-6月").monthsElapsed()).isEqualTo(6);
        assertThat(Period.parse("2023年1-6月").timeProgress()).isEqualByComparingTo("0.5").hasScaleOf(4);
        assertThat(Period.parse("2023年1-2月").timeProgress()).isEqualByComparingTo("0.1667");
        assertThat(Period.parse("2023年全年").timeProgress()).isEqualByComparingTo("1");
    }

    @Test
    void timeProgressByDaysCountsToTheEndOfTheLastMonth() {
        assertThat(Period.parse("2023年1-6月").endDate()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(Period.parse("2023年1-6月").timeProgressByDays()).isEqualByComparingTo("0.4959"); // 181 / 365
        assertThat(Period.parse("2024年1-6月").timeProgressByDays()).isEqualByComparingTo("0.4973"); // 182 / 366
        assertThat(Period.parse("2024-02").endDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Period.parse("2023年全年").timeProgressByDays()).isEqualByComparingTo("1").hasScaleOf(4);
    }

    @Test
    void refusesASingleMonthOtherThanJanuaryAndSaysHowToWriteTheCumulativePeriod() {
        assertThatThrownBy(() -> Period.parse("2023年6月"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("统计期'2023年6月'是单月，累计期请写作2023年1-6月");
    }

    @Test
    void refusesARangeThatDoesNotStartInJanuary() {
        assertThatThrownBy(() -> Period.parse("2023年3-6月"))
                .hasMessage("统计期'2023年3-6月'不是累计期：累计期应从1月开始，如2023年1-6月");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023", "2023年", "2023年二季度", "23-06", "June 2023", "2023/06", "2023Q5"})
    void refusesUnknownFormsNamingTheAcceptedOnes(String text) {
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("无法识别的统计期")
                .hasMessageContaining("2023-06、2023年1-6月、2023年1月、2023Q2、2023年一季度、2023年上半年、2023年前三季度、2023年全年");
    }

    @Test
    void refusesAMonthOutOfRange() {
        assertThatThrownBy(() -> Period.parse("2023-13")).hasMessage("月份应在1-12之间，实际为13");
        assertThatThrownBy(() -> Period.parse("2023年1-0月")).hasMessage("月份应在1-12之间，实际为0");
    }

    @Test
    void refusesAnEmptyText() {
        assertThatThrownBy(() -> Period.parse(" ")).hasMessageStartingWith("统计期不能为空，可用格式：");
    }

    @Test
    void aQuarterlyPeriodEndsAtTheEndOfAQuarter() {
        assertThatThrownBy(() -> new Period(2023, 1, 5, PeriodKind.QUARTERLY_CUMULATIVE))
                .hasMessage("季度累计期应截至3、6、9或12月，实际为5月");
        assertThatThrownBy(() -> new Period(2023, 3, 6, PeriodKind.MONTHLY_CUMULATIVE))
                .hasMessage("累计期应从1月开始，实际从3月开始");
        assertThatThrownBy(() -> Period.quarterly(2023, 5)).hasMessage("季度应在1-4之间，实际为5");
    }

    @Test
    void printsItsLabel() {
        assertThat(Period.monthly(2023, 6)).hasToString("2023年1-6月");
    }
}
