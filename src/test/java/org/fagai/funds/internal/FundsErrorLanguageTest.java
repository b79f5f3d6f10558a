package org.fagai.funds.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A step out of order and a declaration with missing fields are refused in the reader's language, as before in Chinese. */
@FagaiIntegrationTest
class FundsErrorLanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String answer(String path, String body, String lang, int status) throws Exception {
        return mvc.perform(post(path).param("lang", lang).contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aFinanceReviewBeforeTheDrcIsRefusedWithTheStateAndStepInEnglishUnderEnglish() throws Exception {
        long id = jdbc.sql("SELECT id FROM funds_application WHERE state <> 'DRC_PASSED' ORDER BY id LIMIT 1").query(Long.class).single();
        String path = "/api/v1/funds/applications/" + id + "/review";
        String body = "{\"stage\":\"FINANCE\",\"passed\":true}";
        String english = answer(path, body, "en", 409);
        assertThat((String) JsonPath.read(english, "$.title")).isEqualTo("Not allowed");
        assertThat((String) JsonPath.read(english, "$.detail")).startsWith("The application is “")
                .endsWith("”, so “Finance review passed” is not possible now").doesNotContainPattern("\\p{IsHan}");
        String chinese = answer(path, body, "zh_CN", 409);
        assertThat((String) JsonPath.read(chinese, "$.title")).isEqualTo("操作不允许");
        assertThat((String) JsonPath.read(chinese, "$.detail")).startsWith("当前状态为「").endsWith("」，不能进行「财政审核通过」");
    }

    @Test
    void aDeclarationWithoutItsFiguresIsRefusedFieldByFieldInEnglishUnderEnglish() throws Exception {
        String body = "{\"channel\":\"SPECIAL_BOND\",\"year\":2026,\"amountRequested\":0,\"sector\":\"SEWAGE\"}";
        List<String> english = JsonPath.read(answer("/api/v1/funds/applications", body, "en", 400), "$.errors[*].message");
        assertThat(english).contains("The amount requested must be above 0", "Enter what the funds are for")
                .allSatisfy(m -> assertThat(m).doesNotContainPattern("\\p{IsHan}").doesNotContain("§"));
        List<String> chinese = JsonPath.read(answer("/api/v1/funds/applications", body, "zh_CN", 400), "$.errors[*].message");
        assertThat(chinese).contains("申请金额应大于0", "请填写资金用途");
    }
}
