package org.fagai.project.internal.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.fagai.shared.web.StoredTexts;
import org.fagai.project.ProjectStage;
import org.fagai.project.WarningColour;
import org.fagai.project.internal.settings.WarningThresholds;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WarningRulesTest {

    private static final WarningThresholds DEFAULTS = WarningThresholds.DEFAULTS;
    private static final YearMonth JUNE = YearMonth.of(2023, 6);

    private static WarningFacts building(String yearToDate) {
        return new WarningFacts(ProjectStage.CONSTRUCTION, YearMonth.of(2022, 3), LocalDate.of(2022, 3, 10),
                LocalDate.of(2022, 3, 20), new BigDecimal("50000"), new BigDecimal("10000"), new BigDecimal(yearToDate));
    }

    @Nested
    class Progress_against_time_progress {

        // End of June: 序时进度 50%. Plan 10000万元, so 1000万元 is 10 points.
        @ParameterizedTest(name = "{0}万元 by June is {1}")
        @CsvSource({"6000, GREEN", "5000, GREEN", "4010, GREEN", "4000, YELLOW", "2000, YELLOW", "1990, RED", "0, RED"})
        void behindByTenToThirtyPointsIsYellowAndMoreThanThirtyIsRed(String yearToDate, WarningColour expected) {
            assertThat(WarningRules.evaluate(building(yearToDate), JUNE, DEFAULTS).colour()).isEqualTo(expected);
        }

        @Test
        void theReasonStatesCompletionTimeProgressAndTheGap() {
            Warning warning = WarningRules.evaluate(building("3000"), JUNE, DEFAULTS);
            assertThat(warning.reasons().stream().map(StoredTexts::chinese).toList()).containsExactly("年度计划完成30.0%，落后序时进度50.0%共20.0个百分点");
        }

        @Test
        void theReasonIsStoredAsASentenceThatReadsInEnglishToo() {
            Warning warning = WarningRules.evaluate(building("3000"), JUNE, DEFAULTS);
            assertThat(StoredTexts.english(warning.reasonText()))
                    .isEqualTo("30.0% of the annual plan done, 20.0 percentage points behind the time progress of 50.0%");
        }

        @Test
        void atYearEndTimeProgressIsAHundredPercent() {
            assertThat(WarningRules.evaluate(building("9000"), YearMonth.of(2023, 12), DEFAULTS).colour()).isEqualTo(WarningColour.YELLOW);
            assertThat(WarningRules.evaluate(building("9010"), YearMonth.of(2023, 12), DEFAULTS).colour()).isEqualTo(WarningColour.GREEN);
        }

        @Test
        void configuredThresholdsReplaceTheDefaults() {
            WarningThresholds strict = new WarningThresholds(new BigDecimal("5"), new BigDecimal("15"), 2, 1, 2, 5);
            assertThat(WarningRules.evaluate(building("4500"), JUNE, strict).colour()).isEqualTo(WarningColour.YELLOW);
            assertThat(WarningRules.evaluate(building("3400"), JUNE, strict).colour()).isEqualTo(WarningColour.RED);
        }
    }

    @Nested
    class Late_start {

        private WarningFacts notStarted(YearMonth plannedStart) {
            return new WarningFacts(ProjectStage.PREPARATION, plannedStart, null, null, new BigDecimal("20000"),
                    new BigDecimal("5000"), BigDecimal.ZERO);
        }

        @Test
        void beforeThePlannedMonthThereIsNoWarning() {
            assertThat(WarningRules.evaluate(notStarted(YearMonth.of(2023, 7)), JUNE, DEFAULTS).colour()).isEqualTo(WarningColour.GREEN);
        }

        @ParameterizedTest(name = "planned {0}, judged June: {1}")
        @CsvSource({"2023-06, YELLOW", "2023-05, YELLOW", "2023-04, YELLOW", "2023-03, RED", "2022-12, RED"})
        void notStartedInThePlannedMonthIsYellowAndThreeMonthsLateIsRed(String planned, WarningColour expected) {
            Warning warning = WarningRules.evaluate(notStarted(YearMonth.parse(planned)), JUNE, DEFAULTS);
            assertThat(warning.colour()).isEqualTo(expected);
            assertThat(warning.reasons().stream().map(StoredTexts::chinese).toList()).singleElement().asString().contains("开工");
        }
    }

    @Nested
    class Late_registration {

        private WarningFacts started(LocalDate start, LocalDate registeredOn, String total) {
            return new WarningFacts(ProjectStage.CONSTRUCTION, YearMonth.from(start), start, registeredOn, new BigDecimal(total),
                    new BigDecimal("100"), new BigDecimal("100"));
        }

        @Test
        void notRegisteredOneMonthAfterStartingIsYellowAndTwoMonthsRed() {
            LocalDate start = LocalDate.of(2023, 4, 15);
            assertThat(WarningRules.evaluate(started(start, null, "800"), YearMonth.of(2023, 4), DEFAULTS).colour())
                    .isEqualTo(WarningColour.GREEN);
            assertThat(WarningRules.evaluate(started(start, null, "800"), YearMonth.of(2023, 5), DEFAULTS).colour())
                    .isEqualTo(WarningColour.YELLOW);
            assertThat(WarningRules.evaluate(started(start, null, "800"), JUNE, DEFAULTS).colour()).isEqualTo(WarningColour.RED);
        }

        @Test
        void registrationAfterTheMonthEndStillCountsAsMissingThatMonth() {
            LocalDate start = LocalDate.of(2023, 4, 15);
            assertThat(WarningRules.evaluate(started(start, LocalDate.of(2023, 7, 2), "800"), JUNE, DEFAULTS).colour())
                    .isEqualTo(WarningColour.RED);
            assertThat(WarningRules.evaluate(started(start, LocalDate.of(2023, 6, 30), "800"), JUNE, DEFAULTS).colour())
                    .isEqualTo(WarningColour.GREEN);
        }

        @Test
        void projectsUnderFiveMillionYuanAreNotRegisteredAtAll() {
            LocalDate start = LocalDate.of(2023, 1, 15);
            assertThat(WarningRules.evaluate(started(start, null, "499.99"), JUNE, DEFAULTS).colour()).isEqualTo(WarningColour.GREEN);
        }
    }

    @Test
    void theWorstColourWinsAndEveryReasonIsGiven() {
        WarningFacts facts = new WarningFacts(ProjectStage.CONSTRUCTION, YearMonth.of(2023, 2), LocalDate.of(2023, 2, 1), null,
                new BigDecimal("9000"), new BigDecimal("6000"), new BigDecimal("2000"));
        Warning warning = WarningRules.evaluate(facts, YearMonth.of(2023, 3), DEFAULTS);
        assertThat(warning.colour()).isEqualTo(WarningColour.YELLOW);
        assertThat(warning.reasons().stream().map(StoredTexts::chinese).toList()).hasSize(1).allMatch(r -> r.contains("未入库"));
        warning = WarningRules.evaluate(facts, YearMonth.of(2023, 9), DEFAULTS);
        assertThat(warning.colour()).isEqualTo(WarningColour.RED);
        assertThat(warning.reasons().stream().map(StoredTexts::chinese).toList()).hasSize(2);
    }
}
