package org.fagai.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.approval.ApplicationStatus;
import org.fagai.approval.ApprovalKind;
import org.fagai.credit.LicenceDisclosures;
import org.fagai.credit.LicenceGranted;
import org.fagai.credit.LicenceSummary;
import org.fagai.shared.CreditCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Approval tells credit of a granted licence by an event whose type is credit's ({@link LicenceGranted}): credit hears
 * it and records the 双公示 record due 7 working days after the decision; a refusal tells nothing.
 */
@FagaiIntegrationTest
@EnableScenarios
class LicenceGrantedScenarioTest {

    private static final String APPLICANT = CreditCode.withCheckDigits("91339900MA2K0T77").value();

    @Autowired
    Applications applications;
    @Autowired
    LicenceDisclosures licences;
    @Autowired
    JdbcClient jdbc;

    private long accepted(String title) {
        ApplicationView filed = applications.file(new FileCommand(ApprovalKind.FEASIBILITY, "场景测试装备有限公司", APPLICANT,
                "2406-339900-04-01-000977", title, LocalDateTime.parse("2024-09-26T09:00")));
        applications.accept(filed.id(), new StepCommand(LocalDateTime.parse("2024-09-26T09:30"), null, null, null, null, null));
        return filed.id();
    }

    @Test
    @WithUserDetails("city")
    void anApprovalPublishesLicenceGrantedAndCreditRecordsTheLicenceDueSevenWorkingDaysLater(Scenario scenario) {
        long id = accepted("场景测试：准予");
        scenario.stimulate(() -> applications.decide(id, new StepCommand(LocalDateTime.parse("2024-09-27T15:00"), null, null,
                        true, "示发改审〔2024〕977号", null)))
                .andWaitForEventOfType(LicenceGranted.class)
                .matchingMappedValue(LicenceGranted::applicationId, id)
                .toArriveAndVerify(granted -> {
                    assertThat(granted.documentNumber()).isEqualTo("示发改审〔2024〕977号");
                    assertThat(granted.decisionDate()).isEqualTo(LocalDate.of(2024, 9, 27));
                    LicenceSummary recorded = licences.forApplications(List.of(id)).get(id);
                    assertThat(recorded).isNotNull();
                    assertThat(recorded.documentNumber()).isEqualTo("示发改审〔2024〕977号");
                    assertThat(recorded.dueDate()).isEqualTo(LocalDate.of(2024, 10, 12));
                    assertThat(recorded.published()).isFalse();
                });
    }

    @Test
    @WithUserDetails("city")
    void aRejectionTellsCreditNothing(Scenario scenario) {
        long id = accepted("场景测试：不予批准");
        scenario.stimulate(() -> applications.decide(id, new StepCommand(LocalDateTime.parse("2024-09-27T15:00"), "不符合产业政策",
                        null, false, null, null)))
                .andWaitForStateChange(() -> jdbc.sql("SELECT status FROM approval_application WHERE id = ?").param(id)
                        .query(String.class).single(), ApplicationStatus.REJECTED.name()::equals)
                .andVerifyEvents(events -> assertThat(events.ofType(LicenceGranted.class)).isEmpty());
        assertThat(licences.forApplications(List.of(id))).isEmpty();
    }
}
