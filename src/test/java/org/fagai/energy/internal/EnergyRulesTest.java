package org.fagai.energy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fagai.energy.ReviewClass;
import org.fagai.project.ProjectStage;
import org.junit.jupiter.api.Test;

/** The worked examples of the review thresholds, the opinion's validity, the check tolerance and the scorecard. */
class EnergyRulesTest {

    private final EnergyRules rules = EnergyRules.DEFAULTS;

    private ReviewClass classOf(String tce, String wanKwh) {
        return rules.classify(new BigDecimal(tce), new BigDecimal(wanKwh));
    }

    @Test
    void tenThousandTceIsTheProvincesAndOneTonneLessIsLocal() {
        assertThat(classOf("10000", "0")).isEqualTo(ReviewClass.PROVINCE);
        assertThat(classOf("10000.01", "100")).isEqualTo(ReviewClass.PROVINCE);
        assertThat(classOf("9999.99", "100")).isEqualTo(ReviewClass.LOCAL);
    }

    @Test
    void belowAThousandTceAndBelowFiveMillionKwhNeedsNoSeparateReview() {
        assertThat(classOf("999.99", "499.99")).isEqualTo(ReviewClass.NONE);
        assertThat(classOf("0", "0")).isEqualTo(ReviewClass.NONE);
    }

    @Test
    void reachingEitherTheThousandTceOrTheFiveMillionKwhMakesItLocal() {
        assertThat(classOf("1000", "10")).isEqualTo(ReviewClass.LOCAL);
        assertThat(classOf("999.99", "500")).isEqualTo(ReviewClass.LOCAL);
        assertThat(classOf("200", "800")).isEqualTo(ReviewClass.LOCAL);
    }

    @Test
    void changedThresholdsMoveTheBoundaries() {
        EnergyRules strict = new EnergyRules(new BigDecimal("5000"), new BigDecimal("500"), new BigDecimal("200"), 2, 90,
                new BigDecimal("5"), new BigDecimal("95"), new BigDecimal("80"), new BigDecimal("60"));
        assertThat(strict.classify(new BigDecimal("5000"), BigDecimal.ZERO)).isEqualTo(ReviewClass.PROVINCE);
        assertThat(strict.classify(new BigDecimal("600"), BigDecimal.ZERO)).isEqualTo(ReviewClass.LOCAL);
    }

    @Test
    void aFilingForAProjectThatNeedsNoReviewOrBelongsToTheProvinceIsFlagged() {
        assertThat(EnergyRules.filingFlag(ReviewClass.NONE)).contains("不再单独进行节能审查");
        assertThat(EnergyRules.filingFlag(ReviewClass.PROVINCE)).contains("省级");
        assertThat(EnergyRules.filingFlag(ReviewClass.LOCAL)).isNull();
    }

    @Test
    void anOpinionIssuedOnFirstMarch2024LapsesOnFirstMarch2026UnlessTheProjectStartedTheDayBefore() {
        LocalDate issued = LocalDate.of(2024, 3, 1);
        LocalDate lapses = rules.lapsesOn(issued);
        assertThat(lapses).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(EnergyRules.lapsed(lapses, null, LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(EnergyRules.lapsed(lapses, null, LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(EnergyRules.lapsed(lapses, LocalDate.of(2026, 2, 28), LocalDate.of(2026, 6, 1))).isFalse();
        assertThat(EnergyRules.lapsed(lapses, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1))).isTrue();
    }

    @Test
    void theLapseIsWarnedNinetyDaysAheadForAProjectNotStarted() {
        LocalDate lapses = LocalDate.of(2026, 3, 1);
        assertThat(rules.lapsing(lapses, null, LocalDate.of(2025, 12, 1))).isTrue();
        assertThat(rules.lapsing(lapses, null, LocalDate.of(2025, 11, 30))).isFalse();
        assertThat(rules.lapsing(lapses, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 1, 1))).isFalse();
    }

    @Test
    void aStartedProjectOwesItsAcceptanceOnceCompletedAndAnAcceptedOneWarnsNoMore() {
        LocalDate issued = LocalDate.of(2023, 1, 10);
        LocalDate lapses = rules.lapsesOn(issued);
        LocalDate today = LocalDate.of(2026, 12, 1);
        LocalDate started = LocalDate.of(2023, 6, 1);
        assertThat(ReviewStates.state(rules, ReviewClass.LOCAL, issued, lapses, started, null, ProjectStage.CONSTRUCTION, today))
                .isEqualTo(ReviewView.State.STARTED);
        assertThat(ReviewStates.state(rules, ReviewClass.LOCAL, issued, lapses, started, null, ProjectStage.OPERATING, today))
                .isEqualTo(ReviewView.State.ACCEPTANCE_DUE);
        assertThat(ReviewStates.state(rules, ReviewClass.LOCAL, issued, lapses, started, LocalDate.of(2026, 5, 1), ProjectStage.OPERATING,
                today)).isEqualTo(ReviewView.State.ACCEPTED);
        assertThat(ReviewStates.state(rules, ReviewClass.LOCAL, issued, lapses, null, null, null, today)).isEqualTo(ReviewView.State.LAPSED);
        assertThat(ReviewStates.warning(ReviewView.State.LAPSED, lapses, 2)).contains("2025-01-10").contains("2年内未开工");
    }

    @Test
    void aDifferenceAboveFivePercentEitherWayIsFlaggedAndFiveExactlyIsNot() {
        assertThat(EnergyRules.difference(new BigDecimal("1000"), new BigDecimal("1050"))).isEqualByComparingTo("5.00");
        assertThat(rules.flagged(new BigDecimal("5.00"))).isFalse();
        assertThat(rules.flagged(EnergyRules.difference(new BigDecimal("1000"), new BigDecimal("1050.1")))).isTrue();
        assertThat(rules.flagged(EnergyRules.difference(new BigDecimal("1000"), new BigDecimal("940")))).isTrue();
        assertThat(EnergyRules.difference(BigDecimal.ZERO, new BigDecimal("3"))).isNull();
        assertThat(rules.flagged(null)).isTrue();
    }

    @Test
    void theScorecardWeighsEachIndicatorAndGradesTheTotal() {
        List<AssessmentView.Line> lines = List.of(
                new AssessmentView.Line("INTENSITY", "能耗强度", new BigDecimal("40"), new BigDecimal("90"), Scorecard.points(new BigDecimal("40"), new BigDecimal("90")), null),
                new AssessmentView.Line("CARBON", "碳排放强度", new BigDecimal("20"), new BigDecimal("85"), Scorecard.points(new BigDecimal("20"), new BigDecimal("85")), null),
                new AssessmentView.Line("TOTAL", "总量", new BigDecimal("20"), new BigDecimal("80"), Scorecard.points(new BigDecimal("20"), new BigDecimal("80")), null),
                new AssessmentView.Line("TASKS", "任务", new BigDecimal("20"), new BigDecimal("88"), Scorecard.points(new BigDecimal("20"), new BigDecimal("88")), null));
        // 36 + 17 + 16 + 17.6
        assertThat(Scorecard.total(lines)).isEqualByComparingTo("86.60");
        assertThat(rules.grade(new BigDecimal("86.60"))).isEqualTo(EnergyRules.Grade.COMPLETED);
        assertThat(rules.grade(new BigDecimal("95"))).isEqualTo(EnergyRules.Grade.EXCEEDED);
        assertThat(rules.grade(new BigDecimal("94.99"))).isEqualTo(EnergyRules.Grade.COMPLETED);
        assertThat(rules.grade(new BigDecimal("60"))).isEqualTo(EnergyRules.Grade.BASIC);
        assertThat(rules.grade(new BigDecimal("59.99"))).isEqualTo(EnergyRules.Grade.FAILED);
        assertThat(Scorecard.weightsComplete(List.of(new BigDecimal("40"), new BigDecimal("20"), new BigDecimal("20"), new BigDecimal("20")))).isTrue();
        assertThat(Scorecard.weightsComplete(List.of(new BigDecimal("40"), new BigDecimal("20")))).isFalse();
    }
}
