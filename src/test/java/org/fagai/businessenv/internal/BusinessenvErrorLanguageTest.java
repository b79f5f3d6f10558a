package org.fagai.businessenv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A benchmark's refusals read in the reader's language, Chinese as before. */
@FagaiIntegrationTest
class BusinessenvErrorLanguageTest {

    @Autowired
    MockMvc mvc;

    private String detail(String body, String lang) throws Exception {
        String answer = mvc.perform(post("/api/v1/business-environment/benchmarks").param("lang", lang)
                        .contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(answer, "$.errors[0].message")).isEqualTo(JsonPath.read(answer, "$.detail"));
        return JsonPath.read(answer, "$.detail");
    }

    @Test
    void anUnknownIndicatorAndAMissingNameReadInEnglishUnderEnglishAndAsBeforeInChinese() throws Exception {
        String unknown = "{\"year\":2033,\"indicatorCode\":\"X99\",\"label\":\"全省最优\",\"value\":50}";
        assertThat(detail(unknown, "en")).isEqualTo("Not a second-level evaluation indicator: X99");
        assertThat(detail(unknown, "zh_CN")).isEqualTo("不是二级评价指标：X99");
        String unnamed = "{\"year\":2033,\"indicatorCode\":\"E0701\",\"label\":\" \",\"value\":50}";
        assertThat(detail(unnamed, "en")).isEqualTo("Please fill in the benchmark’s name, such as “best in the province”");
        assertThat(detail(unnamed, "zh_CN")).isEqualTo("请填写标杆名称，如“省内最优”");
    }
}
