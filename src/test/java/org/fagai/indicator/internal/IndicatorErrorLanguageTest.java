package org.fagai.indicator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The value import's row errors and a typed value's errors read in the reader's language, exactly as before in Chinese. */
@FagaiIntegrationTest
class IndicatorErrorLanguageTest {

    private static final List<String> HEADERS = List.of("指标代码", "地区代码", "期间", "累计值", "同比增长（%）");

    @Autowired
    MockMvc mvc;

    private static byte[] badFile() throws Exception {
        return IndicatorImportTest.xlsx(HEADERS,
                new String[] {"FAI", "339902", "2026-02", "10", "8"},
                new String[] {"XYZ", "339902", "2026-02", "10", ""},
                new String[] {"FAI", "339902", "2026年1月", "10", "5"},
                new String[] {"GDP", "339902", "2026-05", "10", "5"},
                new String[] {"FAI", "339902", "2026-04", "十", "5"},
                new String[] {"IND_VA", "339902", "2026-03", "10", "5"},
                new String[] {"FAI", "339902", "2099-06", "10", "5"},
                new String[] {"FAI", "339902", "2026-02", "11", "8"});
    }

    private List<String> importErrors(String lang) throws Exception {
        String body = mvc.perform(multipart("/api/v1/indicators/values/import").param("lang", lang)
                        .file(new MockMultipartFile("file", "data.xlsx", "application/octet-stream", badFile()))
                        .with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.errors[*].message");
    }

    @Test
    void theImportsRowErrorsReadInEnglishUnderEnglishAndAsBeforeInChinese() throws Exception {
        assertThat(importErrors("en")).containsExactlyInAnyOrder(
                "Row 3: The indicator code XYZ is not in the catalogue",
                "Row 4: Fixed-asset investment does not publish January alone: report January and February together, such as 2026-02",
                "Row 5: Gross regional product is published quarterly: the period must be a quarter's cumulative, such as 2026Q2",
                "Row 6: “Cumulative value” must be a number; it is ‘十’",
                "Row 7: Value added of industry above designated size is published only as growth: leave the cumulative value empty",
                "Row 8: The period Jan–Jun 2099 is not over yet: it cannot be reported",
                "Row 9: Same indicator, region and period as row 2: reported twice");
        assertThat(importErrors("zh_CN")).containsExactlyInAnyOrder(
                "第3行“指标代码”XYZ不在指标目录中",
                "第4行固定资产投资的1月数据不单独发布，请按1-2月累计填报，如2026年1-2月",
                "第5行地区生产总值按季度发布，“期间”应为季度累计，如2026Q2或2026年上半年",
                "第6行“累计值”应为数字，实际为'十'",
                "第7行规模以上工业增加值只发布增速，“累计值”应留空",
                "第8行期间2099年1-6月尚未结束，不能填报",
                "第9行与第2行是同一指标、地区和期间，重复填报");
    }

    @Test
    void theImportPageListsTheRowErrorsInEnglishUnderEnglish() throws Exception {
        String page = mvc.perform(multipart("/indicators/values/import").param("lang", "en")
                        .file(new MockMultipartFile("file", "data.xlsx", "application/octet-stream", badFile()))
                        .session(Sessions.signIn(mvc, "city")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Row 9: Same indicator, region and period as row 2: reported twice").doesNotContain("§");
    }

    @Test
    void aTypedValuesErrorNamesNoRowInEitherLanguage() throws Exception {
        String body = """
                {"indicatorCode":"GDP","regionCode":"339902","period":"2024-05","value":12.5,"reportedGrowth":5}""";
        for (String[] expected : new String[][] {
                {"en", "Gross regional product is published quarterly: the period must be a quarter's cumulative, such as 2024Q2"},
                {"zh_CN", "地区生产总值按季度发布，“期间”应为季度累计，如2024Q2或2024年上半年"}}) {
            String answer = mvc.perform(post("/api/v1/indicators/values").param("lang", expected[0])
                            .with(httpBasic("city", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat((List<String>) JsonPath.read(answer, "$.errors[*].message")).containsExactly(expected[1]);
        }
    }

    @Test
    void everyIndicatorErrorKeyIsInBothLanguagesAndFormatsWithPlaceholderArguments() throws Exception {
        org.fagai.shared.web.ErrorBundles.assertComplete("indicator");
    }
}
