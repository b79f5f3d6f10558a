package org.fagai.attraction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.supervision.TodoEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The pages, the Excel files, the search and the to-do entry on the demo data. */
@FagaiIntegrationTest
class AttractionPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AttractionSearch search;
    @Autowired
    AttractionTodos todos;

    String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aNegotiationsLeadsAreListedAsTheReaderListsThings() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        List<String> ids = new java.util.ArrayList<>();
        for (String investor : List.of("列举甲有限公司", "列举乙有限公司")) {
            String location = mvc.perform(post("/attraction/leads").session(city).with(csrf()).param("investorName", investor)
                            .param("origin", "OUTSIDE_PROVINCE").param("intendedInvestment", "5000").param("regionCode", "339905")
                            .param("foundOn", "2026-01-05"))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            ids.add(location.substring(location.lastIndexOf('/') + 1));
        }
        mvc.perform(post("/attraction/negotiations").session(city).with(csrf()).param("heldOn", "2026-02-01").param("topic", "列举洽谈测试")
                        .param("regionCode", "339905").param("leadIds", ids.get(0)).param("leadIds", ids.get(1)))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/attraction/negotiations?q=列举洽谈测试&lang=en", city)).contains("列举甲有限公司, 列举乙有限公司");
        assertThat(page("/attraction/negotiations?q=列举洽谈测试&lang=zh_CN", city)).contains("列举甲有限公司、列举乙有限公司");
    }

    /** A streamed download is written asynchronously: wait for it, then read what was written. */
    byte[] download(String path, MockHttpSession session) throws Exception {
        var result = mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn();
        result.getAsyncResult(20_000);
        return result.getResponse().getContentAsByteArray();
    }

    CurrentUser user(String username, Role role, String region) {
        long id = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
        return new CurrentUser(id, username, username, role, region, region, "投资科", null);
    }

    @Test
    void theOverviewStatesTheSeedsSentenceAndRanksTheDistricts() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        assertThat(page("/attraction?year=2023&region=339900", city))
                .contains("外出招商130次，召开洽谈会832次，参加省级以上重大签约活动32次，签约项目370个，协议投资1580亿元")
                .contains("funnel-chart").contains("东湖区").contains("云岭县").contains("id=\"by-chain\"").contains("高端装备制造");
        assertThat(page("/attraction?from=2023-01-01&to=2023-06-30&region=339902", city)).contains("东湖区");
    }

    @Test
    void theMonthlyReportListsEveryDistrictThenTheTotalAndTheSentence() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        byte[] xlsx = download("/attraction/report?month=2023-12&region=339900", city);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).contains("示范市招商引资工作月报").contains("2023年");
            Row total = rows.stream().filter(r -> "合计".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(total.getCellText(1)).isEqualTo("130");
            assertThat(total.getCellText(2)).isEqualTo("832");
            assertThat(total.getCellText(3)).isEqualTo("32");
            assertThat(total.getCellText(4)).isEqualTo("370");
            assertThat(total.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("15800000");
            assertThat(rows.stream().map(r -> r.getCellText(0)).toList()).contains("东湖区", "西山区", "云岭县")
                    .anySatisfy(t -> assertThat(t).contains("签约项目370个"));
        }
        mvc.perform(get("/attraction/report").param("month", "2023-13").session(city)).andExpect(status().isBadRequest());
    }

    @Test
    void aLeadEnteredOnThePageIsListedAndExportedWithFormulaLikeTextKeptAsText() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        String location = mvc.perform(post("/attraction/leads").session(city).with(csrf())
                        .param("investorName", "=HYPERLINK(\"http://x\") <b>投资方</b>").param("origin", "OUTSIDE_CITY")
                        .param("projectName", "+1 页面测试项目").param("chain", "NEW_ENERGY").param("intendedInvestment", "8800")
                        .param("regionCode", "339904").param("source", "OTHER"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(page(location, city)).contains("页面测试项目").contains("&lt;b&gt;投资方").doesNotContain("<b>投资方")
                .doesNotContain("register-form");
        mvc.perform(post(location + "/signings").session(city).with(csrf()).param("type", "FRAMEWORK").param("amount", "8000"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(location, city)).contains("id=\"register-form\"").contains("id=\"signings\"");
        assertThat(page("/attraction/leads?q=页面测试项目", city)).contains("+1 页面测试项目");
        byte[] xlsx = download("/attraction/leads/export?q=页面测试项目", city);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            Row lead = rows.stream().filter(r -> r.getCellText(1).contains("页面测试项目")).findFirst().orElseThrow();
            assertThat(lead.getCellText(0)).startsWith("=HYPERLINK");
            assertThat(lead.getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(lead.getCell(1).getType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void theNegotiationAndEventFormsRecordTheirActivityAndTheLeadsStepFormsMoveIt() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        String location = mvc.perform(post("/attraction/leads").session(city).with(csrf())
                        .param("investorName", "表单步骤测试有限公司").param("origin", "OUTSIDE_PROVINCE").param("intendedInvestment", "5000")
                        .param("regionCode", "339905").param("foundOn", "2026-01-05"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(page(location, city)).contains("线索已登记");
        mvc.perform(post("/attraction/negotiations").session(city).with(csrf()).param("heldOn", "2026-02-01").param("topic", "表单洽谈测试")
                        .param("regionCode", "339905").param("leadIds", id))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/attraction/events").session(city).with(csrf()).param("name", "表单签约活动测试").param("heldOn", "2026-02-10")
                        .param("level", "PROVINCIAL").param("regionCode", "339905"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/attraction/negotiations?q=表单洽谈测试", city)).contains("表单洽谈测试");
        assertThat(page("/attraction/events?q=表单签约活动测试", city)).contains("表单签约活动测试");
        mvc.perform(post(location + "/signings").session(city).with(csrf()).param("type", "CONTRACT").param("amount", "6000")
                        .param("signedOn", "2026-03-01").param("landArea", "12.5").param("site", "北港区1号地块"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(location, city)).contains("register-form");
        mvc.perform(post(location + "/stage").session(city).with(csrf()).param("stage", "REGISTERED").param("creditCode", "不是代码"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(location, city)).contains("统一社会信用代码无效").contains("register-form");
        String code = org.fagai.shared.CreditCode.withCheckDigits("91339905MD000077").value();
        mvc.perform(post(location + "/stage").session(city).with(csrf()).param("stage", "REGISTERED").param("creditCode", code)
                        .param("on", "2026-04-01"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(location, city)).contains("start-form").contains(code).contains("北港区1号地块");
        assertThat(jdbc.sql("SELECT stage FROM attraction_lead WHERE id = ?").param(Long.parseLong(id)).query(String.class).single())
                .isEqualTo("REGISTERED");
    }

    @Test
    void aRefusedLeadFormShowsItsErrorsAndKeepsWhatWasTyped() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        String body = mvc.perform(post("/attraction/leads").session(city).with(csrf())
                        .param("investorName", "保留的投资方").param("origin", "MARS").param("intendedInvestment", "-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("保留的投资方").contains("投资方来源应为");
    }

    @Test
    void everyListPageAndItsExportOpensForStaffAndTheOfficerSeesHisLeadsByStage() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        assertThat(page("/attraction/trips?year=2023", city)).contains("trips-table").contains("招商服务中心主任").contains("2023-12");
        assertThat(page("/attraction/negotiations?year=2023", city)).contains("洽谈");
        assertThat(page("/attraction/events?year=2023", city)).contains("全省重大项目集中签约活动");
        assertThat(page("/attraction/mine", city)).contains("stage-tabs").contains("stalled-count");
        assertThat(page("/attraction/rates", city)).contains("演示汇率");
        for (String kind : List.of("trips", "negotiations", "events")) {
            byte[] xlsx = download("/attraction/" + kind + "/export?year=2023", city);
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(workbook.getFirstSheet().read()).hasSizeGreaterThan(3);
            }
        }
        long lead = jdbc.sql("SELECT id FROM attraction_lead WHERE project_code IS NOT NULL AND region_code LIKE '3399%' ORDER BY id LIMIT 1")
                .query(Long.class).single();
        assertThat(page("/attraction/leads/" + lead, city)).contains("lead-project-link").contains("stage-timeline").contains("signings");
    }

    @Test
    void unitAccountsAreKeptOutAndADistrictCannotOpenAnotherDistrictsLead() throws Exception {
        mvc.perform(get("/attraction").session(Sessions.signIn(mvc, "owner"))).andExpect(status().isForbidden());
        long other = jdbc.sql("SELECT id FROM attraction_lead WHERE region_code = '339903' ORDER BY id LIMIT 1").query(Long.class).single();
        mvc.perform(get("/attraction/leads/" + other).session(Sessions.signIn(mvc, "district"))).andExpect(status().isNotFound());
    }

    @Test
    void searchFindsLeadsWithinTheUsersScopeAndTheOfficersStalledLeadsAreOnHisToDoList() {
        CurrentUser city = user("city", Role.STAFF, "339900");
        assertThat(search.search("有限公司", city, 5)).hasSize(5).allSatisfy(h -> assertThat(h.link()).startsWith("/attraction/leads/"));
        CurrentUser elsewhere = new CurrentUser(city.id(), "x", "x", Role.STAFF, "110000", "北京市", "投资科", null);
        assertThat(search.search("示范市", elsewhere, 5)).isEmpty();
        assertThat(todos.entriesFor(city)).extracting(TodoEntry::kind).containsExactly("attraction.stalled");
        assertThat(todos.entriesFor(user("owner", Role.OWNER, "339902"))).isEmpty();
    }
}
