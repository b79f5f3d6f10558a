package org.fagai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The shared bounds, value objects' reasons and upload refusals read in the reader's language: English under English (an API
 * client may say so by {@code Accept-Language}), Chinese as before.
 */
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

    private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic("city", DEMO_PASSWORD))).andReturn().getResponse();
    }

    @Test
    void badYearPageAndSizeParametersOnTheApiReadInEnglishUnderAcceptLanguageEnglish() throws Exception {
        for (String path : List.of("/api/v1/projects?year=-1", "/api/v1/projects?page=-1", "/api/v1/projects?size=0",
                "/api/v1/funds/applications?year=1999", "/api/v1/credit/blacklist?size=501", "/api/v1/credit/blacklist?page=-1")) {
            MockHttpServletResponse english = answer(get(path).header("Accept-Language", "en-US,en;q=0.9,zh-CN;q=0.8"));
            assertThat(english.getStatus()).as(path).isEqualTo(400);
            assertThat(english.getContentAsString(StandardCharsets.UTF_8)).as(path).doesNotContainPattern("\\p{IsHan}")
                    .containsPattern("The (year|page number|page size) must be between");
            MockHttpServletResponse chinese = answer(get(path).header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"));
            assertThat(chinese.getStatus()).as(path).isEqualTo(400);
            assertThat(chinese.getContentAsString(StandardCharsets.UTF_8)).as(path).containsPattern("(年份|页码|每页条数)应在");
        }
        assertThat(answer(get("/api/v1/projects?year=-1").header("Accept-Language", "en")).getContentAsString(StandardCharsets.UTF_8))
                .contains("\"detail\":\"Parameter year: The year must be between 2000 and 2100\"");
        assertThat(answer(get("/api/v1/projects?year=-1")).getContentAsString(StandardCharsets.UTF_8))
                .contains("\"detail\":\"参数 year 年份应在2000-2100之间\"");
        assertThat(answer(get("/api/v1/projects?year=-1").header("Accept-Language", "fr-FR")).getContentAsString(StandardCharsets.UTF_8))
                .contains("参数 year 年份应在2000-2100之间");
        assertThat(answer(get("/api/v1/projects?year=-1").param("lang", "zh_CN").header("Accept-Language", "en"))
                .getContentAsString(StandardCharsets.UTF_8)).contains("参数 year 年份应在2000-2100之间");
    }

    @Test
    void aPageStaysChineseFirstWhateverTheBrowsersLanguage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/projects").param("year", "-1").header("Accept-Language", "en-US,en;q=0.9")
                .session(Sessions.signIn(mvc, "city"))).andReturn().getResponse();
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("年份应在2000-2100之间");
    }

    @Test
    void aCreditCodesReasonInTheReferenceApiReadsInTheReadersLanguage() throws Exception {
        assertThat(answer(get("/api/v1/reference/credit-codes/91350100M000100Y44").param("lang", "en")).getContentAsString(StandardCharsets.UTF_8))
                .contains("\"valid\":false", "\"reason\":\"Character 18 (the check character) should be 3\"");
        assertThat(answer(get("/api/v1/reference/credit-codes/91350100M000100Y44").header("Accept-Language", "en")).getContentAsString(StandardCharsets.UTF_8))
                .contains("\"reason\":\"Character 18 (the check character) should be 3\"");
        assertThat(answer(get("/api/v1/reference/credit-codes/91350100M000100Y44").param("lang", "zh_CN")).getContentAsString(StandardCharsets.UTF_8))
                .contains("\"reason\":\"第18位校验码应为3\"");
    }

    private String created(String lang) throws Exception {
        return answer(post("/api/v1/projects").param("lang", lang).contentType(MediaType.APPLICATION_JSON).content("""
                {"code":"2019-009903-04-01-000001","name":"代码语言测试","ownerUnit":"测试公司","ownerCreditCode":"91350100M000100Y43",
                 "regionCode":"339903","industryCode":"3741","totalInvestment":10000,"fundSelf":10000,"stage":"在建",
                 "startMonth":"2019-01","endMonth":"2020-12","planYear":2019,"level":"市级","nature":"新建","plannedInvestment":4000}"""))
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aBadProjectCodeInTheApiReadsInEnglishUnderEnglish() throws Exception {
        assertThat(created("en")).contains("The administrative division code in characters 6-11 of the project code is invalid: "
                + "The administrative division code '009903' is invalid: the province part (digits 1-2) cannot be 00").doesNotContain("不合法");
        assertThat(created("zh_CN")).contains("项目代码第6-11位的行政区划代码不合法：行政区划代码'009903'不合法：前2位省级代码不能为00");
    }
}
