package org.fagai.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fagai.credit.internal.CreditApiTest.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fagai.FagaiIntegrationTest;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.CreditCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** 信用承诺 from approval onto the credit file, and the credit report with its verification code. */
@FagaiIntegrationTest
class CreditReportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static String freshCode() {
        return CreditCode.withCheckDigits("91339902MA4C" + String.format("%04d", System.nanoTime() % 10000)).value();
    }

    String send(String path, String user, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body).with(as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** A 容缺受理 whose material arrives a day after the promised date: the breach becomes a record of the credit file. */
    long breachedCommitment(String code) throws Exception {
        String filed = mvc.perform(post("/api/v1/approvals").contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"FEASIBILITY","applicantName":"示范市违诺测试有限公司","applicantCreditCode":"%s",
                         "projectCode":"2406-339902-04-01-000888","title":"承诺制测试项目","receivedAt":"2024-06-03T09:00"}"""
                        .formatted(code)).with(as("city")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(filed, "$.id")).longValue();
        String accepted = send("/api/v1/approvals/" + id + "/accept", "city", """
                {"at":"2024-06-03T09:30","missing":["用地预审与选址意见书"],"promisedBy":"2024-06-05",
                 "commitment":"本单位承诺 2024-06-05 前补齐用地预审与选址意见书，逾期愿承担责任"}""");
        int missing = JsonPath.read(accepted, "$.process.missingDocuments[0].id");
        send("/api/v1/approvals/" + id + "/missing/" + missing + "/supply", "city", "{\"at\":\"2024-06-06T09:00\"}");
        return id;
    }

    @Test
    void aBreachedCommitmentBecomesARecordOfTheCreditFileAndTheReportStatesIt() throws Exception {
        String code = freshCode();
        long application = breachedCommitment(code);
        await().atMost(Duration.ofSeconds(10)).until(() -> "BREACHED".equals(jdbc.sql(
                "SELECT status FROM credit_commitment WHERE application_id = ?").param(application).query(String.class)
                .optional().orElse(null)));
        assertThat(jdbc.sql("SELECT content || '|' || promised_by || '|' || settled_on FROM credit_commitment WHERE application_id = ?")
                .param(application).query(String.class).single())
                .isEqualTo("本单位承诺 2024-06-05 前补齐用地预审与选址意见书，逾期愿承担责任|2024-06-05|2024-06-06");

        MockHttpServletResponse response = mvc.perform(get("/api/v1/credit/reports/" + code).with(as("city")))
                .andExpect(status().isOk()).andReturn().getResponse();
        String verification = response.getHeader("X-Verification-Code");
        assertThat(verification).hasSize(16);
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        assertThat(text).contains("企业信用报告", "示范市违诺测试有限公司", code, verification, "未列入失信联合惩戒对象名单",
                "未列入守信激励对象名单", "违诺（2024年6月6日 未按承诺履行）", "报告日期："
                        + LocalDate.now(ChinaTime.ZONE).getYear() + "年");

        mvc.perform(get("/public/credit/verify").param("code", verification.toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("报告真实有效")))
                .andExpect(content().string(containsString("示范市违诺测试有限公司")))
                .andExpect(content().string(containsString("违诺 1 项")));
        mvc.perform(get("/public/credit/verify").param("code", "ABCDEFGHJKMNPQRS"))
                .andExpect(content().string(containsString("未找到该验证码")))
                .andExpect(content().string(not(containsString("报告真实有效"))));
    }

    @Test
    void anEnterpriseGeneratesOnlyItsOwnReportAndBadInputIsRefused() throws Exception {
        mvc.perform(get("/api/v1/credit/reports/91339903MA2K0K10XN").with(as("enterprise"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/credit/reports/91339903MA2K0K10XN").with(as("owner"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/credit/reports/NOT-A-CODE").with(as("city"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/credit/reports/" + freshCode()).with(as("city"))).andExpect(status().isNotFound());
        mvc.perform(get("/public/credit/verify").param("code", "x".repeat(200))).andExpect(status().isBadRequest());
        MockHttpServletResponse mine = mvc.perform(get("/api/v1/credit/reports/91339902MA0000015J").with(as("enterprise")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(mine.getContentType()).contains("wordprocessingml");
    }
}
