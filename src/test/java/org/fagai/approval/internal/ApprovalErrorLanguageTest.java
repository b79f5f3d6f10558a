package org.fagai.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.approval.internal.ApprovalApiTest.CLEAN_CODE;
import static org.fagai.approval.internal.ApprovalApiTest.as;
import static org.fagai.approval.internal.ApprovalApiTest.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.fagai.FagaiIntegrationTest;
import org.fagai.shared.web.StoredTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/** An application's refusals (form errors, life-cycle conflicts) read in the reader's language, Chinese as before. */
@FagaiIntegrationTest
class ApprovalErrorLanguageTest {

    @Autowired
    MockMvc mvc;

    private String answer(String path, String body, String user, String lang, ResultMatcher expected) throws Exception {
        return mvc.perform(json(post(path).param("lang", lang), body).with(as(user)))
                .andExpect(expected).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long file() throws Exception {
        String body = answer("/api/v1/approvals", """
                {"kind":"APPROVAL","applicantName":"语言测试有限公司","applicantCreditCode":"%s",
                 "projectCode":"2406-339902-04-03-000779","title":"语言测试项目","receivedAt":"2024-06-03T09:00"}"""
                .formatted(CLEAN_CODE), "city", "zh_CN", status().isCreated());
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private static List<String> messages(String body) {
        return JsonPath.read(body, "$.errors[*].message");
    }

    @Test
    void aNewApplicationsFieldErrorsReadInEnglishUnderEnglishAndAsBeforeInChinese() throws Exception {
        String bad = """
                {"kind":"FILING","applicantName":"","applicantCreditCode":"%s",
                 "projectCode":"2406-339902-04-03-000780","title":"x","receivedAt":"2099-01-01T09:00"}""".formatted(CLEAN_CODE);
        String english = answer("/api/v1/approvals", bad, "city", "en", status().isBadRequest());
        assertThat(messages(english)).containsExactlyInAnyOrder("Please fill in the applicant’s name",
                "The time of receipt cannot be later than now");
        assertThat(english).doesNotContainPattern("\\p{IsHan}").doesNotContain("§");
        assertThat(messages(answer("/api/v1/approvals", bad, "city", "zh_CN", status().isBadRequest())))
                .containsExactlyInAnyOrder("请填写申请人名称", "收件时间不能晚于当前时间");
    }

    @Test
    void aLifeCycleConflictNamesTheStatesAndLimitsInTheReadersLanguage() throws Exception {
        long id = file();
        answer("/api/v1/approvals/" + id + "/accept", "{\"at\":\"2024-06-03T10:00\"}", "city", "zh_CN", status().isOk());

        String resume = "{\"at\":\"2024-06-03T11:00\"}";
        String english = answer("/api/v1/approvals/" + id + "/resume", resume, "city", "en", status().isConflict());
        assertThat((String) JsonPath.read(english, "$.title")).isEqualTo("Not allowed");
        assertThat((String) JsonPath.read(english, "$.detail"))
                .isEqualTo("This cannot be done in the current state: restart the clock (expected Awaiting documents, actual Accepted)");
        String chinese = answer("/api/v1/approvals/" + id + "/resume", resume, "city", "zh_CN", status().isConflict());
        assertThat((String) JsonPath.read(chinese, "$.title")).isEqualTo("操作不允许");
        assertThat((String) JsonPath.read(chinese, "$.detail")).isEqualTo("当前状态不能恢复计时（应为 补正中，实际为 已受理）");

        String extension = "{\"days\":41,\"reason\":\"征求意见\",\"at\":\"2024-06-20T10:00\"}";
        String tooLong = answer("/api/v1/approvals/" + id + "/extension", extension, "city", "en", status().isConflict());
        assertThat((String) JsonPath.read(tooLong, "$.detail")).isEqualTo("An extension cannot exceed 40 working days");
        String tooLongChinese = answer("/api/v1/approvals/" + id + "/extension", extension, "city", "zh_CN", status().isConflict());
        assertThat((String) JsonPath.read(tooLongChinese, "$.detail")).isEqualTo("延期不得超过 40 个工作日");

        String early = answer("/api/v1/approvals/" + id + "/extension", "{\"days\":5,\"reason\":\"补充论证\",\"at\":\"2024-06-03T09:30\"}",
                "city", "en", status().isConflict());
        assertThat((String) JsonPath.read(early, "$.detail"))
                .isEqualTo("An extension cannot be requested before acceptance (2024-06-03 10:00).");
    }

    @Test
    void everyApprovalErrorKeyIsInBothLanguagesAndFormatsWithPlaceholderArguments() {
        ResourceBundle chinese = ResourceBundle.getBundle("i18n/approval", Locale.ROOT);
        List<String> keys = chinese.keySet().stream()
                .filter(k -> k.startsWith("approval.error.") || k.startsWith("approval.blocker.") || k.startsWith("approval.problem.")).toList();
        assertThat(keys).hasSizeGreaterThan(90);
        for (String key : keys) {
            String stored = org.fagai.shared.StoredText.of(key, "1", "2", "3");
            assertThat(StoredTexts.english(stored)).as(key).doesNotContainPattern("\\p{IsHan}").doesNotContain("{", "§");
            assertThat(StoredTexts.chinese(stored)).as(key).doesNotContain("{", "§");
        }
    }
}
