package org.fagai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The shared bounds and upload refusals read in the reader's language: English under English, Chinese as before. */
@FagaiIntegrationTest
class SharedErrorLanguageTest {

    @Autowired
    MockMvc mvc;

    private String page(String path, String lang) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).param("year", "-1").param("lang", lang)
                .session(Sessions.signIn(mvc, "city"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String api(String size, String lang) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/projects").param("size", size).param("lang", lang)
                .with(httpBasic("city", DEMO_PASSWORD))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String bomb(String lang) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "数据.xlsx", "application/octet-stream",
                HostileFiles.bytes(HostileFiles.zipBomb()));
        MockHttpServletResponse response = mvc.perform(multipart("/api/v1/indicators/values/import").file(file)
                .param("lang", lang).with(httpBasic("city", DEMO_PASSWORD))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(413);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aYearOutOfBoundsOnAPageIsNamedInEnglishUnderEnglishAndInChineseAsBefore() throws Exception {
        assertThat(page("/projects", "en")).contains("The year must be between 2000 and 2100").doesNotContain("年份应在");
        assertThat(page("/projects", "zh_CN")).contains("年份应在2000-2100之间");
    }

    @Test
    void aPageSizeOutOfBoundsOnTheApiIsNamedInEnglishUnderEnglish() throws Exception {
        assertThat(api("100000", "en")).contains("The page size must be between 1 and 500").doesNotContain("每页条数");
        assertThat(api("100000", "zh_CN")).contains("每页条数应在1-500之间");
    }

    @Test
    void aZipBombIsRefusedInEnglishUnderEnglishAndInChineseAsBefore() throws Exception {
        assertThat(bomb("en")).contains("\"detail\":\"The file is compressed more than 100:1 (xl/worksheets/sheet1.xml), "
                + "a likely zip bomb; it was refused\"");
        assertThat(bomb("zh_CN")).contains("\"detail\":\"文件压缩比超过 100:1（xl/worksheets/sheet1.xml），疑似压缩炸弹，已拒绝\"");
    }
}
