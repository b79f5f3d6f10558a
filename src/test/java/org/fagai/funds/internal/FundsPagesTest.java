package org.fagai.funds.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.project.ProjectCatalog;
import org.fagai.supervision.TodoEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@FagaiIntegrationTest
class FundsPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    FundsSearch search;
    @Autowired
    FundsTodos todos;
    @Autowired
    ProjectCatalog projects;

    String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** A streamed download is written asynchronously: wait for it, then read what was written. */
    byte[] download(String path, MockHttpSession session) throws Exception {
        var result = mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn();
        result.getAsyncResult(10_000);
        return result.getResponse().getContentAsByteArray();
    }

    @Test
    void theAccountPageStatesTheSeedsSentenceAndTheExportCarriesItInFinancesLayout() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        assertThat(page("/funds?year=2023&region=339900", city))
                .contains("2023年，示范市共计申请中央预算及上级资金280亿元，申报专项债项目122个，总投资332亿元")
                .contains("东湖区").contains("account-sectors");
        byte[] xlsx = download("/funds/export?year=2023&region=339900", city);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("分渠道专项", "分地区", "分领域");
            List<Row> rows = sheets.get(0).read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("2023年示范市资金争取台账");
            assertThat(rows.get(2).getCellText(2)).isEqualTo("申报");
            Row bonds = rows.stream().filter(r -> "地方政府专项债券".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(bonds.getCellText(2)).isEqualTo("122");
            assertThat(bonds.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("3320000");
            assertThat(bonds.getCellText(5)).isEqualTo("112");
            assertThat(rows.stream().map(r -> r.getCellText(0)).collect(Collectors.toList())).contains("合计");
        }
    }

    @Test
    void theListFiltersByWarningAndExportsTheSameRowsWithHostileTextKeptAsText() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        String red = page("/funds/applications?colour=RED", city);
        assertThat(red).contains("红色预警").doesNotContain("黄色预警</span>");
        mvc.perform(post("/funds/applications").session(city).with(csrf())
                        .param("channel", "SUPERIOR_FUNDS").param("projectCode", "2601-339903-04-01-800001").param("year", "2026")
                        .param("amountRequested", "10").param("use", "=HYPERLINK(\"http://x\")").param("sector", "OTHER")
                        .param("projectName", "=1+1 测试项目").param("regionCode", "339903").param("totalInvestment", "100"))
                .andExpect(status().is3xxRedirection());
        byte[] xlsx = download("/funds/applications/export?q=800001", city);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCellText(6)).isEqualTo("=1+1 测试项目");
            assertThat(rows.get(1).getCell(6).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
        }
    }

    @Test
    void aRefusedDeclarationOnThePageListsTheBrokenRule() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        String body = mvc.perform(post("/funds/applications").session(city).with(csrf())
                        .param("channel", "SPECIAL_BOND").param("projectCode", "2601-339903-04-01-800002").param("year", "2026")
                        .param("amountRequested", "10").param("use", "办公楼").param("sector", "OFFICE_BUILDING")
                        .param("projectName", "办公楼项目").param("regionCode", "339903").param("totalInvestment", "100"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("form-errors").contains("「楼堂馆所」属于专项债券负面清单");
    }

    @Test
    void globalSearchFindsApplicationsByProjectNameWithinTheUsersScope() {
        CurrentUser city = new CurrentUser(1, "city", "李科长", Role.STAFF, "339900", "示范市", "投资科", null);
        CurrentUser otherProvince = new CurrentUser(2, "x", "某人", Role.STAFF, "110000", "北京市", "投资科", null);
        assertThat(search.search("污水处理厂", city, 5)).hasSize(5).allSatisfy(h -> assertThat(h.link()).startsWith("/funds/applications/"));
        assertThat(search.search("污水处理厂", otherProvince, 5)).isEmpty();
    }

    @Test
    void staffSeeDeclarationsAwaitingReviewAndOwnersTheirRedOrIdleFunds() {
        CurrentUser city = new CurrentUser(1, "city", "李科长", Role.STAFF, "339900", "示范市", "投资科", null);
        assertThat(todos.entriesFor(city)).extracting(TodoEntry::kind).contains("funds.review", "funds.spending");
        CurrentUser owner = new CurrentUser(5, "owner", "项目单位", Role.OWNER, "339902", "东湖区", null, "913399027345678902");
        assertThat(todos.entriesFor(owner)).isNotEmpty().extracting(TodoEntry::kind).containsOnly("funds.spending");
    }

    @Test
    void theKeyProjectPageLoadsTheFundsPanel() throws Exception {
        MockHttpSession owner = Sessions.signIn(mvc, "owner");
        String code = projects.inRegion("339902", 500).stream().filter(p -> "913399027345678902".equals(p.ownerCreditCode()))
                .findFirst().orElseThrow().code();
        assertThat(page("/projects/" + code, owner)).contains("/funds/projects/" + code + "/panel");
        assertThat(page("/funds/projects/" + code + "/panel", owner)).contains("project-funds");
        assertThat(page("/funds/rules", owner)).contains("OFFICE_BUILDING").contains("楼堂馆所");
    }
}
