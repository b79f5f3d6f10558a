package org.fagai.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Approval tells credit of a granted licence by an event whose type is credit's ({@link LicenceGranted}), raised when
 * the leader signs the decision: credit hears it and records the 双公示 record due 7 working days after the decision; a
 * signed refusal tells nothing.
 */
@FagaiIntegrationTest
@EnableScenarios
class LicenceGrantedScenarioTest {

    private static final String APPLICANT = CreditCode.withCheckDigits("91339900MA2K0T77").value();

    @Autowired
    Applications applications;
    @Autowired
    ApplicationProcess process;
    @Autowired
    ApplicationDecisions decisions;
    @Autowired
    LicenceDisclosures licences;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    /** Filed, accepted and passed through the review chain up to the leader's signature, with the decision drafted. */
    private long drafted(String title, boolean approved) {
        ApplicationView filed = applications.file(new FileCommand(ApprovalKind.FEASIBILITY, "场景测试装备有限公司", APPLICANT,
                "2406-339900-04-01-000977", title, LocalDateTime.parse("2024-09-26T09:00"), null));
        long id = filed.id();
        applications.accept(id, step("2024-09-26T09:30", null, null));
        process.review(id, new ProcessCommands.Review(1, ReviewStep.Decision.PASS, "同意", null, null,
                LocalDateTime.parse("2024-09-26T14:00")));
        process.review(id, new ProcessCommands.Review(2, ReviewStep.Decision.PASS, "同意", null, null,
                LocalDateTime.parse("2024-09-27T09:30")));
        decisions.draft(id, step("2024-09-27T10:00", approved, approved ? null : "不符合产业政策"));
        return id;
    }

    private static StepCommand step(String at, Boolean approved, String reason) {
        return new StepCommand(LocalDateTime.parse(at), reason, null, approved, null, null, null, null, null);
    }

    /** Runs as the leader, who signs, and back as the test's user. */
    private <T> T asLeader(Supplier<T> work) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        UserDetails leader = users.loadUserByUsername("leader");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(leader, null, leader.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    @Test
    @WithUserDetails("city")
    void aSignedApprovalPublishesLicenceGrantedAndCreditRecordsTheLicenceDueSevenWorkingDaysLater(Scenario scenario) {
        long id = drafted("场景测试：准予", true);
        scenario.stimulate(() -> asLeader(() -> decisions.sign(id, step("2024-09-27T15:00", null, null))))
                .andWaitForEventOfType(LicenceGranted.class)
                .matchingMappedValue(LicenceGranted::applicationId, id)
                .toArriveAndVerify(granted -> {
                    assertThat(granted.documentNumber()).matches("示发改审〔2024〕\\d+号");
                    assertThat(granted.decisionDate()).isEqualTo(LocalDate.of(2024, 9, 27));
                    LicenceSummary recorded = licences.forApplications(List.of(id)).get(id);
                    assertThat(recorded).isNotNull();
                    assertThat(recorded.documentNumber()).isEqualTo(granted.documentNumber());
                    assertThat(recorded.dueDate()).isEqualTo(LocalDate.of(2024, 10, 12));
                    assertThat(recorded.published()).isFalse();
                });
    }

    @Test
    @WithUserDetails("city")
    void aSignedRefusalTellsCreditNothing(Scenario scenario) {
        long id = drafted("场景测试：不予批准", false);
        scenario.stimulate(() -> asLeader(() -> decisions.sign(id, step("2024-09-27T15:00", null, null))))
                .andWaitForStateChange(() -> jdbc.sql("SELECT status FROM approval_application WHERE id = ?").param(id)
                        .query(String.class).single(), ApplicationStatus.REJECTED.name()::equals)
                .andVerifyEvents(events -> assertThat(events.ofType(LicenceGranted.class)).isEmpty());
        assertThat(licences.forApplications(List.of(id))).isEmpty();
    }
}
