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
}
