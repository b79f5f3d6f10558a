package org.fagai.project.internal.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.fagai.shared.web.StoredTexts;
import org.fagai.project.ProjectStage;
import org.fagai.project.WarningColour;
import org.fagai.project.internal.registry.InvestmentType;
import org.fagai.project.internal.milestones.MilestoneKind;
import org.fagai.project.internal.milestones.MilestoneStatus;
import org.fagai.project.internal.settings.WarningThresholds;
import org.junit.jupiter.api.Test;

class MissingMilestoneRuleTest {

    private static final List<MilestoneKind> GOVERNMENT = List.of(MilestoneKind.PROPOSAL, MilestoneKind.FEASIBILITY,
            MilestoneKind.PRELIMINARY_DESIGN);
    private static final YearMonth START = YearMonth.of(2024, 6);

    private static Warning judge(Map<MilestoneKind, LocalDate> approved, YearMonth month) {
        WarningFacts facts = new WarningFacts(ProjectStage.PREPARATION, START, null, null, new BigDecimal("20000"),
                new BigDecimal("5000"), BigDecimal.ZERO, new MilestoneStatus(InvestmentType.GOVERNMENT, GOVERNMENT, approved));
        return WarningRules.evaluate(facts, month, WarningThresholds.DEFAULTS);
    }

    @Test
    void aProjectStartingWithinTwoMonthsWithoutItsFeasibilityStudyAndDesignIsYellowNamingThem() {
        Warning warning = judge(Map.of(MilestoneKind.PROPOSAL, LocalDate.of(2023, 9, 1)), YearMonth.of(2024, 4));
        assertThat(warning.colour()).isEqualTo(WarningColour.YELLOW);
        assertThat(warning.reasons().stream().map(StoredTexts::chinese).toList()).containsExactly("计划2024年6月开工，前期手续缺：可行性研究报告、初步设计");
    }

    @Test
    void severalReasonsAreStoredAsOneListEachReadInTheReadersLanguage() {
        Warning warning = WarningRules.evaluate(new WarningFacts(ProjectStage.PREPARATION, START, null, null, new BigDecimal("20000"),
                new BigDecimal("5000"), BigDecimal.ZERO, new MilestoneStatus(InvestmentType.GOVERNMENT,
                        List.of(MilestoneKind.PROPOSAL, MilestoneKind.FEASIBILITY), Map.of())), YearMonth.of(2024, 7), WarningThresholds.DEFAULTS);
        assertThat(StoredTexts.chinese(warning.reasonText()))
                .isEqualTo("计划2024年6月开工，已逾期1个月未开工；计划2024年6月开工，前期手续缺：立项（建议书/核准/备案）、可行性研究报告");
        assertThat(StoredTexts.english(warning.reasonText())).isEqualTo("planned to start in 2024-06, not started 1 month(s) overdue;"
                + " planned to start in 2024-06, preliminary approvals missing: Project approval (proposal / ratification / filing), Feasibility study");
    }

    @Test
    void threeMonthsBeforeTheStartNothingIsFlaggedYet() {
        assertThat(judge(Map.of(), YearMonth.of(2024, 3)).colour()).isEqualTo(WarningColour.GREEN);
    }

    @Test
    void aMilestoneCountsFromTheDayItWasApprovedNotBefore() {
        Map<MilestoneKind, LocalDate> approved = Map.of(MilestoneKind.PROPOSAL, LocalDate.of(2023, 9, 1),
                MilestoneKind.FEASIBILITY, LocalDate.of(2024, 4, 10), MilestoneKind.PRELIMINARY_DESIGN, LocalDate.of(2024, 5, 20));
        assertThat(judge(approved, YearMonth.of(2024, 4)).reasons().stream().map(StoredTexts::chinese).toList()).containsExactly("计划2024年6月开工，前期手续缺：初步设计");
        assertThat(judge(approved, YearMonth.of(2024, 5)).colour()).isEqualTo(WarningColour.GREEN);
    }

    @Test
    void anEnterpriseProjectNeedsOnlyItsRatificationOrFiling() {
        MilestoneStatus enterprise = new MilestoneStatus(InvestmentType.ENTERPRISE, List.of(MilestoneKind.PROPOSAL),
                Map.of(MilestoneKind.PROPOSAL, LocalDate.of(2024, 1, 5)));
        assertThat(enterprise.missingBeforeStart(START, YearMonth.of(2024, 5))).isEmpty();
        assertThat(MilestoneKind.filledBy("FILING")).contains(MilestoneKind.PROPOSAL);
        assertThat(MilestoneKind.filledBy("APPROVAL")).contains(MilestoneKind.PROPOSAL);
        assertThat(MilestoneKind.filledBy("FEASIBILITY")).contains(MilestoneKind.FEASIBILITY);
    }
}
