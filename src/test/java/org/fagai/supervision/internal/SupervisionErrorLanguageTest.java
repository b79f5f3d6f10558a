package org.fagai.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The 督办 loop's input errors and missing items read in the reader's language, and as before in Chinese. */
@FagaiIntegrationTest
class SupervisionErrorLanguageTest {

    private static final String BAD_ITEM = """
            {"source":"annual","leadUnitId":999999,"deadline":"2030-01-01","workingDays":3}""";

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse answer(MockHttpServletRequestBuilder request, String lang) throws Exception {
        return mvc.perform(request.param("lang", lang).with(httpBasic("city", DEMO_PASSWORD))).andReturn().getResponse();
    }

    private MockHttpServletResponse assign(String lang) throws Exception {
        return answer(post("/api/v1/supervision/items").contentType(MediaType.APPLICATION_JSON).content(BAD_ITEM), lang);
    }

    private static List<String> messages(MockHttpServletResponse response) throws Exception {
        return JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), "$.errors[*].message");
    }

    private static String detail(MockHttpServletResponse response) throws Exception {
        return JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), "$.detail");
    }

    @Test
    void aBadItemsFieldErrorsReadInEnglishUnderEnglishAndAsBeforeInChinese() throws Exception {
        MockHttpServletResponse english = assign("en");
        assertThat(english.getStatus()).isEqualTo(400);
        assertThat(messages(english)).contains("Please fill in the item title", "No such lead unit: 999999",
                "Give the deadline as a date or as working days, not both", "Please choose the person responsible");
        assertThat(messages(english)).allSatisfy(m -> assertThat(m).doesNotContainPattern("\\p{IsHan}").doesNotContain("§"));

        assertThat(messages(assign("zh_CN"))).contains("请填写事项名称", "牵头单位不存在：999999", "期限只能填写日期或工作日天数之一",
                "请选择责任人");
    }

    @Test
    void aBadListParameterAndAMissingItemReadInEnglishUnderEnglish() throws Exception {
        MockHttpServletResponse sort = answer(get("/api/v1/supervision/items").param("sort", "drop"), "en");
        assertThat(sort.getStatus()).isEqualTo(400);
        assertThat(messages(sort)).singleElement().asString().startsWith("Sort by one of").endsWith(": drop");
        assertThat(messages(answer(get("/api/v1/supervision/items").param("sort", "drop"), "zh_CN")))
                .singleElement().asString().startsWith("排序须为 ").endsWith(" 之一：drop");

        MockHttpServletResponse missing = answer(get("/api/v1/supervision/items/987654321"), "en");
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(detail(missing)).contains("987654321").doesNotContainPattern("\\p{IsHan}").doesNotContain("§");
        assertThat(detail(answer(get("/api/v1/supervision/items/987654321"), "zh_CN"))).startsWith("督办事项不存在");
    }
}
