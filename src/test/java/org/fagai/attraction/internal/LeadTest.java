package org.fagai.attraction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fagai.project.ProjectStage;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.StoredTexts;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;

/** The lead's rules on their own: counting at the first signing, the amount in force, stage order, stalling. */
class LeadTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    static Lead lead(LocalDate found) {
        return Lead.found(new Lead.Facts("深圳华创科技有限公司", null, null, Origin.OUTSIDE_PROVINCE, "智能装备项目", "3484", "EQUIPMENT",
                new BigDecimal("100000"), null, null, LeadSource.OTHER, null, null, null, "339902", 1L), found, TODAY);
    }

    static BigDecimal wan(String amount) {
        return new BigDecimal(amount);
    }

    /** A refusal naming stages is a stored sentence: read as a Chinese reader does. */
    private static ThrowingConsumer<Throwable> chinese(String part) {
        return e -> assertThat(StoredTexts.chinese(e.getMessage())).contains(part);
    }

    @Test
    void theFirstSigningCountsTheProjectAndAContractAfterItsFrameworkDoesNotCountItAgainButTakesOverTheAmount() {
        Lead lead = lead(LocalDate.of(2023, 3, 1));
        Lead.Signed framework = lead.sign(AgreementType.FRAMEWORK, LocalDate.of(2023, 11, 20), wan("80000"), null, TODAY);
        Lead.Signed contract = lead.sign(AgreementType.CONTRACT, LocalDate.of(2024, 2, 5), wan("120000"), null, TODAY);

        assertThat(framework.counted()).isTrue();
        assertThat(contract.counted()).isFalse();
        assertThat(lead.state.signed).isEqualTo(LocalDate.of(2023, 11, 20));
        assertThat(lead.state.agreement).isEqualTo(AgreementType.CONTRACT);
        assertThat(lead.state.agreedInvestment).isEqualByComparingTo("120000");
        assertThat(lead.stage()).isEqualTo(LeadStage.SIGNED);
    }

    @Test
    void aSupplementChangesTheAmountInForceNeverTheCountNorTheAgreement() {
        Lead lead = lead(LocalDate.of(2023, 3, 1));
        lead.sign(AgreementType.CONTRACT, LocalDate.of(2023, 5, 10), wan("500000"), null, TODAY);
        Lead.Signed supplement = lead.sign(AgreementType.SUPPLEMENT, LocalDate.of(2025, 1, 8), wan("650000"), null, TODAY);
        Lead.Signed second = lead.sign(AgreementType.SUPPLEMENT, LocalDate.of(2025, 3, 8), wan("600000"), null, TODAY);

        assertThat(supplement.counted()).isFalse();
        assertThat(second.counted()).isFalse();
        assertThat(lead.state.signed).isEqualTo(LocalDate.of(2023, 5, 10));
        assertThat(lead.state.agreement).isEqualTo(AgreementType.CONTRACT);
        assertThat(lead.state.agreedInvestment).isEqualByComparingTo("600000");
    }

    @Test
    void aSecondContractAFrameworkAfterASigningAndASupplementBeforeAnyAreRefused() {
        Lead fresh = lead(LocalDate.of(2023, 3, 1));
        assertThatThrownBy(() -> fresh.sign(AgreementType.SUPPLEMENT, LocalDate.of(2023, 4, 1), wan("1"), null, TODAY))
                .isInstanceOf(LeadRefused.class).satisfies(chinese("尚未签约"));
        fresh.sign(AgreementType.CONTRACT, LocalDate.of(2023, 4, 1), wan("100"), null, TODAY);
        assertThatThrownBy(() -> fresh.sign(AgreementType.CONTRACT, LocalDate.of(2023, 5, 1), wan("200"), null, TODAY))
                .isInstanceOf(LeadRefused.class).satisfies(chinese("补充协议"));
        assertThatThrownBy(() -> fresh.sign(AgreementType.FRAMEWORK, LocalDate.of(2023, 5, 1), wan("200"), null, TODAY))
                .isInstanceOf(LeadRefused.class);
        Lead framed = lead(LocalDate.of(2023, 3, 1));
        framed.sign(AgreementType.FRAMEWORK, LocalDate.of(2023, 4, 1), wan("100"), null, TODAY);
        assertThatThrownBy(() -> framed.sign(AgreementType.FRAMEWORK, LocalDate.of(2023, 5, 1), wan("100"), null, TODAY))
                .isInstanceOf(LeadRefused.class).satisfies(chinese("已签框架协议"));
    }

    @Test
    void aLaterAgreementMayNotBeDatedBeforeTheOneInForceNorAnythingAfterToday() {
        Lead lead = lead(LocalDate.of(2023, 3, 1));
        assertThatThrownBy(() -> lead.sign(AgreementType.CONTRACT, LocalDate.of(2023, 2, 28), wan("100"), null, TODAY))
                .isInstanceOf(FieldErrors.class).satisfies(chinese("线索登记日期"));
        lead.sign(AgreementType.FRAMEWORK, LocalDate.of(2023, 6, 1), wan("100"), null, TODAY);
        assertThatThrownBy(() -> lead.sign(AgreementType.CONTRACT, LocalDate.of(2023, 5, 31), wan("100"), null, TODAY))
                .isInstanceOf(FieldErrors.class).satisfies(chinese("上一次签约日期"));
        assertThatThrownBy(() -> lead.sign(AgreementType.CONTRACT, TODAY.plusDays(1), wan("100"), null, TODAY))
                .isInstanceOf(FieldErrors.class).satisfies(chinese("不能晚于今天"));
        lead.sign(AgreementType.CONTRACT, LocalDate.of(2023, 6, 1), wan("100"), null, TODAY);
        assertThat(lead.state.agreement).isEqualTo(AgreementType.CONTRACT);
    }

    @Test
    void aSigningWithoutANegotiationReachesTheNegotiationStageOnTheSigningDayAndAnEarlierMeetingMovesItBack() {
        Lead lead = lead(LocalDate.of(2023, 3, 1));
        lead.sign(AgreementType.CONTRACT, LocalDate.of(2023, 4, 10), wan("100"), null, TODAY);
        assertThat(lead.reachedOn(LeadStage.NEGOTIATING)).isEqualTo(LocalDate.of(2023, 4, 10));
        lead.negotiated(LocalDate.of(2023, 3, 20), TODAY);
        assertThat(lead.reachedOn(LeadStage.NEGOTIATING)).isEqualTo(LocalDate.of(2023, 3, 20));
        assertThat(lead.stage()).isEqualTo(LeadStage.SIGNED);
    }

    @Test
    void stagesMoveForwardOneByOneAndFollowTheKeyProjectsOwnStage() {
        Lead lead = lead(LocalDate.of(2023, 3, 1));
        assertThatThrownBy(() -> lead.register("91339902MA0000015J", LocalDate.of(2023, 4, 1), TODAY)).isInstanceOf(LeadRefused.class)
                .satisfies(chinese("须先完成「签约」"));
        lead.sign(AgreementType.CONTRACT, LocalDate.of(2023, 4, 10), wan("100"), null, TODAY);
        assertThatThrownBy(() -> lead.start("2304-339902-04-01-000001", ProjectStage.CONSTRUCTION, LocalDate.of(2023, 5, 1), TODAY))
                .isInstanceOf(LeadRefused.class);
        lead.register("91339902MA0000015J", LocalDate.of(2023, 5, 1), TODAY);
        assertThatThrownBy(() -> lead.start("2304-339902-04-01-000001", ProjectStage.PREPARATION, LocalDate.of(2023, 6, 1), TODAY))
                .isInstanceOf(LeadRefused.class).satisfies(chinese("尚未开工"));
        lead.start("2304-339902-04-01-000001", ProjectStage.CONSTRUCTION, LocalDate.of(2023, 6, 1), TODAY);
        assertThatThrownBy(() -> lead.produce(ProjectStage.COMPLETED, LocalDate.of(2024, 6, 1), TODAY))
                .isInstanceOf(LeadRefused.class).satisfies(chinese("尚未投产"));
        lead.produce(ProjectStage.OPERATING, LocalDate.of(2024, 6, 1), TODAY);
        assertThatThrownBy(() -> lead.reachFullCapacity(ProjectStage.OPERATING, LocalDate.of(2025, 6, 1), TODAY))
                .isInstanceOf(LeadRefused.class).satisfies(chinese("尚未达产"));
        lead.reachFullCapacity(ProjectStage.FULL_CAPACITY, LocalDate.of(2025, 6, 1), TODAY);
        assertThat(lead.stage()).isEqualTo(LeadStage.FULL_CAPACITY);
        assertThat(lead.state.projectCode).isEqualTo("2304-339902-04-01-000001");
        assertThatThrownBy(() -> lead.register("91339902MA0000015J", LocalDate.of(2025, 7, 1), TODAY))
                .isInstanceOf(LeadRefused.class).satisfies(chinese("已处于"));
    }

    @Test
    void aLeadIsStalledOnTheNinetiethDayWithoutProgressNotTheDayBefore() {
        Lead lead = lead(LocalDate.of(2026, 1, 10));
        lead.negotiated(LocalDate.of(2026, 2, 1), TODAY);
        LocalDate last = LocalDate.of(2026, 2, 1);
        assertThat(lead.stalledFrom()).isEqualTo(last.plusDays(90));
        assertThat(lead.stalledOn(last.plusDays(89))).isFalse();
        assertThat(lead.stalledOn(last.plusDays(90))).isTrue();
        lead.sign(AgreementType.FRAMEWORK, LocalDate.of(2026, 3, 1), wan("100"), null, TODAY);
        assertThat(lead.stalledFrom()).isEqualTo(LocalDate.of(2026, 5, 30));
    }

    @Test
    void anOlderNegotiationRecordedLaterDoesNotCountAsRecentProgress() {
        Lead lead = lead(LocalDate.of(2026, 1, 10));
        lead.negotiated(LocalDate.of(2026, 3, 1), TODAY);
        lead.negotiated(LocalDate.of(2026, 2, 1), TODAY);
        assertThat(lead.state.lastProgressOn).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aStartedOrDroppedLeadNeverStallsAndADroppedOneTakesNoFurtherStep() {
        Lead lead = lead(LocalDate.of(2023, 3, 1));
        lead.sign(AgreementType.CONTRACT, LocalDate.of(2023, 4, 10), wan("100"), null, TODAY);
        lead.register("91339902MA0000015J", LocalDate.of(2023, 5, 1), TODAY);
        lead.start("2304-339902-04-01-000001", ProjectStage.CONSTRUCTION, LocalDate.of(2023, 6, 1), TODAY);
        assertThat(lead.stalledFrom()).isNull();
        assertThatThrownBy(() -> lead.drop("调整", LocalDate.of(2023, 7, 1), TODAY)).isInstanceOf(LeadRefused.class);

        Lead dropped = lead(LocalDate.of(2023, 3, 1));
        dropped.drop("投资方选址他处", LocalDate.of(2023, 8, 1), TODAY);
        assertThat(dropped.stalledFrom()).isNull();
        assertThatThrownBy(() -> dropped.negotiated(LocalDate.of(2023, 9, 1), TODAY)).isInstanceOf(LeadRefused.class)
                .satisfies(chinese("终止"));
        assertThatThrownBy(() -> lead(LocalDate.of(2023, 3, 1)).drop(" ", LocalDate.of(2023, 8, 1), TODAY))
                .isInstanceOf(FieldErrors.class);
    }

    @Test
    void moneyInPlaceAddsUpFromTheSigningOnAndIsRefusedBefore() {
        Lead lead = lead(LocalDate.of(2023, 3, 1));
        assertThatThrownBy(() -> lead.fundsArrived(wan("10"), LocalDate.of(2023, 4, 1), TODAY)).isInstanceOf(LeadRefused.class);
        lead.sign(AgreementType.CONTRACT, LocalDate.of(2023, 4, 10), wan("100"), null, TODAY);
        lead.fundsArrived(wan("30"), LocalDate.of(2023, 5, 1), TODAY);
        lead.fundsArrived(wan("12.5"), LocalDate.of(2023, 6, 1), TODAY);
        assertThat(lead.state.fundsInPlace).isEqualByComparingTo("42.5");
        assertThatThrownBy(() -> lead.fundsArrived(wan("1"), LocalDate.of(2023, 4, 9), TODAY)).isInstanceOf(FieldErrors.class);
    }

    @Test
    void aDateOutsideThePlatformsYearsIsRefusedByField() {
        assertThatThrownBy(() -> lead(LocalDate.of(1999, 12, 31))).isInstanceOf(FieldErrors.class)
                .satisfies(e -> assertThat(((FieldErrors) e).errors().get(0).field()).isEqualTo("foundOn"));
    }

    @Test
    void aSigningDateBeforeTheLeadWasRegisteredNamesThatDateInEnglishForAnEnglishReader() {
        Lead lead = lead(LocalDate.of(2023, 3, 1));
        assertThatThrownBy(() -> lead.sign(AgreementType.CONTRACT, LocalDate.of(2023, 2, 28), wan("100"), null, TODAY))
                .isInstanceOf(FieldErrors.class).satisfies(e -> assertThat(StoredTexts.english(e.getMessage()))
                        .isEqualTo("The date (2023-02-28) must not be before the lead registration date (2023-03-01)"));
    }
}
