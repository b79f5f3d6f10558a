package org.fagai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules that the key projects, the indicators, credit and approvals all read from one place. */
class SharedRulesTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Nested
    class Time_progress {

        @ParameterizedTest(name = "1-{0}月 is {1}%")
        @CsvSource({"1, 8.3", "2, 16.7", "6, 50.0", "7, 58.3", "11, 91.7", "12, 100.0"})
        void inPercentItIsMonthsOverTwelveWithOneDecimal(int month, String percent) {
            assertThat(Period.monthly(YearMonth.of(2023, month)).timeProgressPercent()).isEqualByComparingTo(percent);
        }

        @Test
        void byDaysItCountsToTheEndOfTheMonth() {
            assertThat(Period.monthly(2023, 6).timeProgressPercentByDays()).isEqualByComparingTo("49.6");
            assertThat(Period.monthly(2024, 12).timeProgressPercentByDays()).isEqualByComparingTo("100.0");
        }

        @Test
        void theShareOfAYearsAmountDueByAMonthIsExactToTheFen() {
            assertThat(Period.monthly(2023, 6).timeShareOf(d("1200"))).isEqualByComparingTo("600.00");
            assertThat(Period.monthly(2023, 1).timeShareOf(d("1000"))).isEqualByComparingTo("83.33");
        }
    }

    @Nested
    class Progress_bands {

        @ParameterizedTest(name = "{0} points behind is {1}")
        @CsvSource({"-5, GREEN", "0, GREEN", "9.9, GREEN", "10, YELLOW", "30, YELLOW", "30.1, RED"})
        void tenToThirtyPointsBehindIsYellowAndMoreIsRed(String behind, ProgressBands.Band band) {
            assertThat(ProgressBands.DEFAULT.judge(d(behind))).isEqualTo(band);
        }

        @Test
        void aRedBandThatIsNotBeyondTheYellowOneIsRefused() {
            assertThatThrownBy(() -> new ProgressBands(d("20"), d("20"))).hasMessageContaining("红灯阈值须大于黄灯阈值");
            assertThatThrownBy(() -> new ProgressBands(d("-1"), d("20"))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Ranking_with_ties {

        @Test
        void equalScoresShareARankTheNextSkipsAndAnEntryWithoutAScoreIsNotRanked() {
            Map<String, BigDecimal> growth = new java.util.HashMap<>(Map.of("339902", d("8.1"), "339903", d("9.3"),
                    "339904", d("8.10"), "339905", d("6.4")));
            growth.put("339921", null);
            List<Ranking.Ranked<String>> ranked = Ranking.highestFirst(growth.keySet(), growth::get, Comparator.naturalOrder());
            assertThat(ranked).extracting(r -> r.item() + ":" + r.rank())
                    .containsExactly("339903:1", "339902:2", "339904:2", "339905:4");
        }
    }

    @Nested
    class Region_scope {

        @ParameterizedTest(name = "{0} covers codes starting {1}")
        @CsvSource({"330000, 33", "339900, 3399", "339902, 339902", "110000, 11", "331000, 3310"})
        void aRegionCoversTheCodesThatStartWithItsScopePrefix(String code, String prefix) {
            assertThat(RegionCode.of(code).scopePrefix()).isEqualTo(prefix);
        }

        @Test
        void theScopePrefixAgreesWithContains() {
            RegionCode city = RegionCode.of("339900");
            for (String other : List.of("339902", "339921", "339900", "330100", "340000")) {
                assertThat(other.startsWith(city.scopePrefix())).as(other).isEqualTo(city.contains(RegionCode.of(other)));
            }
        }
    }

    @Nested
    class Percentages {

        @Test
        void aPercentOfNothingIsNotAFigure() {
            assertThat(Percent.of(d("179.13"), d("384"))).isEqualByComparingTo("46.6");
            assertThat(Percent.of(d("1"), BigDecimal.ZERO)).isNull();
            assertThat(Percent.of(null, d("1"))).isNull();
        }
    }
}
