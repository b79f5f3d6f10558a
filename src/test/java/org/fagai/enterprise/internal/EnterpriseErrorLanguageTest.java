package org.fagai.enterprise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.test.web.servlet.ResultMatcher;

/** The enterprise registry's, demands' and safety inspections' refusals read in the reader's language. */
@FagaiIntegrationTest
class EnterpriseErrorLanguageTest {

    @Autowired
    MockMvc mvc;

    private String answer(String lang, String url, String body, ResultMatcher expected) throws Exception {
        return mvc.perform(post(url).param("lang", lang).contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(expected).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> messages(String body) {
        return JsonPath.read(body, "$.errors[*].message");
    }

    @Test
    void anEnterprisesErrorsReadInEnglishUnderEnglishAndAsBeforeInChinese() throws Exception {
        String body = """
                {"creditCode":"91339902MA0000015J","name":" ","regionCode":"339902001","size":"巨型","industryCode":"9999"}""";
        String english = answer("en", "/api/v1/enterprises", body, status().isBadRequest());
        assertThat(messages(english)).contains("Enter the enterprise name",
                "Enterprise size must be large (大型), medium (中型), small (小型) or micro (微型): 巨型");
        assertThat(messages(english)).contains("Industry code does not exist (GB/T 4754-2017): 9999");
        assertThat((String) JsonPath.read(english, "$.detail")).doesNotContain("§");
        String chinese = answer("zh_CN", "/api/v1/enterprises", body, status().isBadRequest());
        assertThat(messages(chinese)).contains("请填写企业名称", "企业规模须为 大型/中型/小型/微型：巨型");
    }

    @Test
    void aDemandsUnknownCategoryAndMissingContentNameTheFieldInTheReadersLanguage() throws Exception {
        String body = """
                {"creditCode":"91339902MA0000015J","category":"NOPE","content":" "}""";
        assertThat(messages(answer("en", "/api/v1/demands", body, status().isBadRequest())))
                .contains("Invalid demand category: NOPE", "Enter the content of the demand")
                .allSatisfy(m -> assertThat(m).doesNotContainPattern("\\p{IsHan}"));
        assertThat(messages(answer("zh_CN", "/api/v1/demands", body, status().isBadRequest())))
                .contains("诉求类别不正确：NOPE", "请填写诉求内容");
    }

    @Test
    void anUnknownDemandAndHazardAreNotFoundInTheReadersLanguage() throws Exception {
        String english = mvc.perform(get("/api/v1/demands/987654321").param("lang", "en").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(english, "$.detail")).isEqualTo("Demand not found: 987654321");
        assertThat((String) JsonPath.read(english, "$.title")).doesNotContainPattern("\\p{IsHan}");
        String chinese = mvc.perform(get("/api/v1/demands/987654321").param("lang", "zh_CN").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(chinese, "$.detail")).isEqualTo("诉求不存在：987654321");
    }

    @Test
    void everyEnterpriseErrorKeyIsInBothLanguagesAndFormatsWithPlaceholderArguments() throws Exception {
        ErrorBundles.assertComplete("enterprise");
    }
}
