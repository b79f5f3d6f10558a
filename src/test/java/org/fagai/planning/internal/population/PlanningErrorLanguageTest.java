package org.fagai.planning.internal.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A town outside the district and a missing population target are refused in the reader's language, as before in Chinese. */
@FagaiIntegrationTest
class PlanningErrorLanguageTest {

    @Autowired
    MockMvc mvc;

    private String answer(MockHttpServletRequestBuilder request, String lang, int status) throws Exception {
        return mvc.perform(request.param("lang", lang).with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aTownOutsideTheDistrictIsRefusedInEnglishUnderEnglishWithAnEnglishTitle() throws Exception {
        String body = "{\"regionCode\":\"339903\",\"year\":2027,\"total\":1,\"towns\":[{\"code\":\"339902001\",\"target\":1}]}";
        String english = answer(post("/api/v1/population/targets").contentType(MediaType.APPLICATION_JSON).content(body), "en", 422);
        assertThat((String) JsonPath.read(english, "$.title")).isEqualTo("The target split does not add up");
        assertThat((String) JsonPath.read(english, "$.detail")).isEqualTo("The town or subdistrict “339902001” is not in this county");
        assertThat((String) JsonPath.read(english, "$.errors[0].message")).doesNotContainPattern("\\p{IsHan}");
        String chinese = answer(post("/api/v1/population/targets").contentType(MediaType.APPLICATION_JSON).content(body), "zh_CN", 422);
        assertThat((String) JsonPath.read(chinese, "$.title")).isEqualTo("目标分解不成立");
        assertThat((String) JsonPath.read(chinese, "$.detail")).isEqualTo("乡镇街道“339902001”不属于该区县");
    }

    @Test
    void aYearWithoutAPopulationTargetIsNotFoundInEnglishUnderEnglish() throws Exception {
        assertThat((String) JsonPath.read(answer(get("/api/v1/population/targets").param("region", "339903").param("year", "2001"), "en", 404), "$.detail")).isEqualTo("339903 has no population target for 2001");
        assertThat((String) JsonPath.read(answer(get("/api/v1/population/targets").param("region", "339903").param("year", "2001"), "zh_CN", 404), "$.detail")).isEqualTo("339903 没有2001年人口调控目标");
    }
    @Test
    void aPlansFieldErrorsNameTheFieldInEnglishUnderEnglishAndAsBeforeInChinese() throws Exception {
        String body = """
                {"name":"语言测试规划","regionCode":"339900","fromYear":2026,"toYear":2030,"indicators":[{"code":"GDP_X","name":" ",
                 "group":"经济发展","binding":false,"unit":"亿元","direction":"UPWARD","targetKind":"LEVEL","target":1.23456,
                 "baseValue":1}]}""";
        String english = answer(post("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).content(body), "en", 400);
        assertThat((java.util.List<String>) JsonPath.read(english, "$.errors[*].message")).contains(
                "Enter the indicator name",
                "The indicator direction is not valid: UPWARD",
                "The target value must be a number below 1000000000000000 in absolute value with at most 4 decimals");
        String chinese = answer(post("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).content(body), "zh_CN", 400);
        assertThat((java.util.List<String>) JsonPath.read(chinese, "$.errors[*].message")).contains(
                "请填写指标名称", "指标方向不正确：UPWARD",
                "目标值应为绝对值小于1000000000000000、最多4位小数的数");
    }

    @Test
    void everyPlanningErrorKeyIsInBothLanguagesAndFormatsWithPlaceholderArguments() throws Exception {
        org.fagai.shared.web.ErrorBundles.assertComplete("planning");
    }
}
