package org.fagai.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The deadline calculator's refusals read in the reader's language, Chinese as before. */
@FagaiIntegrationTest
class CalendarErrorLanguageTest {

    @Autowired
    MockMvc mvc;

    private String detail(String from, String days, String lang) throws Exception {
        String answer = mvc.perform(get("/api/v1/calendar/deadline").param("from", from).param("workingDays", days).param("lang", lang)
                        .with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(answer, "$.errors[0].message");
    }

    @Test
    void tooManyWorkingDaysAndABadStartDateReadInEnglishUnderEnglishAndAsBeforeInChinese() throws Exception {
        assertThat(detail("2024-09-27", "5000", "en")).isEqualTo("The number of working days should be 0–1000");
        assertThat(detail("2024-09-27", "5000", "zh_CN")).isEqualTo("工作日数应在 0–1000 之间");
        assertThat(detail("27.09.2024", "1", "en")).isEqualTo("The start date should read yyyy-MM-dd, such as 2024-09-27");
        assertThat(detail("27.09.2024", "1", "zh_CN")).isEqualTo("起始日期应为 yyyy-MM-dd 格式，例如 2024-09-27");
    }
}
