package org.fagai.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.shared.web.ErrorBundles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A policy's refusals read in the reader's language. */
@FagaiIntegrationTest
class PolicyErrorLanguageTest {

    @Autowired
    MockMvc mvc;

    private List<String> messages(String lang, String body) throws Exception {
        String answer = mvc.perform(post("/api/v1/policies").param("lang", lang).contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(answer, "$.detail")).doesNotContain("§");
        return JsonPath.read(answer, "$.errors[*].message");
    }

    @Test
    void aPolicyWithoutNameIssuerOrCeilingIsRefusedInEnglishUnderEnglishAndAsBeforeInChinese() throws Exception {
        String body = """
                {"name":" ","issuer":"","maxAmount":-1}""";
        assertThat(messages("en", body)).contains("Enter the policy name", "Enter the issuing body",
                        "The payout ceiling (10k CNY) must be between 0 and 100 billion CNY with at most 2 decimals")
                .allSatisfy(m -> assertThat(m).doesNotContainPattern("\\p{IsHan}"));
        assertThat(messages("zh_CN", body)).contains("请填写政策名称", "请填写发文单位", "兑现上限（万元）须在0至1000亿之间，最多2位小数");
    }

    @Test
    void anUnknownEnterpriseSizeInTheConditionsNamesTheConditionInTheReadersLanguage() throws Exception {
        String body = """
                {"name":"语言测试政策","issuer":"示范市发改委","maxAmount":10,"sizes":"HUGE"}""";
        assertThat(messages("en", body)).containsExactly("Invalid enterprise size: HUGE");
        assertThat(messages("zh_CN", body)).containsExactly("企业规模无效：HUGE");
    }

    @Test
    void everyPolicyErrorKeyIsInBothLanguagesAndFormatsWithPlaceholderArguments() throws Exception {
        ErrorBundles.assertComplete("policy");
    }
}
