package org.fagai.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fagai.approval.internal.ApprovalApiTest.as;
import static org.fagai.approval.internal.ApprovalApiTest.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@FagaiIntegrationTest
class BrokenPromisesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BrokenPromises promises;

    @Test
    void aCommitmentWhoseMaterialNeverArrivesIsBreachedOnceByTheNightlyJobAndRecordedOnTheCreditFile() throws Exception {
        String code = GreenChannelTest.freshCode();
        String filed = mvc.perform(json(post("/api/v1/approvals"), """
                        {"kind":"FEASIBILITY","applicantName":"示范市承诺测试有限公司","applicantCreditCode":"%s",
                         "projectCode":"2406-339902-04-01-000888","title":"承诺未履行测试","receivedAt":"2024-06-03T09:00"}"""
                        .formatted(code)).with(as("city")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(filed, "$.id")).longValue();
        mvc.perform(json(post("/api/v1/approvals/" + id + "/accept"), """
                        {"at":"2024-06-03T09:30","missing":["用地预审与选址意见书"],"promisedBy":"2024-06-05"}""")
                        .with(as("city")))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM credit_commitment WHERE application_id = ?")
                .param(id).query(Long.class).single() == 1);
        assertThat(jdbc.sql("SELECT content FROM credit_commitment WHERE application_id = ?").param(id).query(String.class)
                .single()).startsWith("申请人承诺于 2024-06-05 前补齐用地预审与选址意见书");

        assertThat(promises.report()).isGreaterThanOrEqualTo(1);
        assertThat(promises.report()).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> "BREACHED".equals(jdbc.sql(
                "SELECT status FROM credit_commitment WHERE application_id = ?").param(id).query(String.class).single()));
        assertThat(jdbc.sql("SELECT note FROM credit_commitment WHERE application_id = ?").param(id).query(String.class)
                .single()).contains("逾期未补齐");
    }
}
