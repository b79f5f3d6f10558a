package org.fagai.enterprise.internal;

import org.fagai.Reads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The 信访 pages: registering, deciding, extending and answering a case, its limits shown, the list and its export. */
@FagaiIntegrationTest
class PetitionPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingCalendar calendar;

    private String page(String path, MockHttpSession session) throws Exception {
        return Reads.page(mvc, path, session);
    }

    @Test
    void aCaseRegisteredOnItsFormShowsItsLimitsAndIsAcceptedExtendedAndAnsweredOnItsPage() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        LocalDate received = today.minusDays(2);
        String location = mvc.perform(post("/petitions").session(city).with(csrf()).param("petitioner", "页面测试信访人")
                        .param("regionCode", "339903").param("content", "反映企业夜间施工扰民").param("receivedOn", received.toString()))
                .andExpect(redirectedUrlPattern("/petitions/*")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        LocalDate acceptDue = PetitionLimits.REGULATION.acceptDue(received, calendar.current());
        String detail = page(location, city);
        assertThat(detail).contains("待受理", "页面测试信访人", acceptDue.toString(), "收到后15日内决定是否受理",
                "剩余 " + ChronoUnit.DAYS.between(today, acceptDue) + " 天", "受理并交办", "不予受理");

        long unit = jdbc.sql("SELECT department_id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        long admin = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        mvc.perform(post(location + "/decision").session(city).with(csrf()).param("accept", "true").param("on", today.toString())
                .param("departmentId", String.valueOf(unit)).param("leadPersonId", String.valueOf(admin)))
                .andExpect(redirectedUrlPattern("/petitions/*"));
        LocalDate answerDue = PetitionLimits.REGULATION.answerDue(today, 0, calendar.current());
        detail = page(location, city);
        assertThat(detail).contains("办理中", "按期受理（" + today + "）", answerDue.toString(), "受理后60日内办结答复",
                "延长办理期限", "督办事项");

        mvc.perform(post(location + "/extension").session(city).with(csrf()).param("days", "30").param("reason", "需会商"))
                .andExpect(redirectedUrlPattern("/petitions/*"));
        LocalDate extended = PetitionLimits.REGULATION.answerDue(today, 30, calendar.current());
        detail = page(location, city);
        assertThat(detail).contains(extended.toString(), "受理后60日，已延长 30 日", "需会商").doesNotContain("id=\"extend-form\"");
        long item = jdbc.sql("SELECT item_id FROM petition WHERE id = ?").param(id).query(Long.class).single();
        assertThat(jdbc.sql("SELECT deadline FROM supervision_item WHERE id = ?").param(item).query(LocalDate.class).single())
                .isEqualTo(extended);

        var again = mvc.perform(post(location + "/extension").session(city).with(csrf()).param("days", "5").param("reason", "再延"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(((java.util.List<?>) again.getFlashMap().get("errors")).stream()
                .map(e -> org.fagai.shared.web.StoredTexts.chinese(((org.fagai.shared.FieldErrors.FieldError) e).message())))
                .as("a second extension is refused on the form").contains("信访件只能延期一次");

        mvc.perform(post(location + "/answer").session(city).with(csrf()).param("on", today.toString()).param("answer", "已责令停止夜间施工"))
                .andExpect(redirectedUrlPattern("/petitions/*"));
        assertThat(page(location, city)).contains("已答复", "按期答复（" + today + "）", "已责令停止夜间施工");
    }

    @Test
    void aFormWithoutPetitionerOrContentIsShownAgainWithEachFieldsError() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        long before = jdbc.sql("SELECT count(*) FROM petition").query(Long.class).single();
        String page = mvc.perform(post("/petitions").session(city).with(csrf()).param("petitioner", " ").param("content", "")
                        .param("regionCode", "339903"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("请填写信访人", "请填写信访事项", "id=\"petition-form\"");
        assertThat(jdbc.sql("SELECT count(*) FROM petition").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theListShowsEveryOpenCasesLimitAndTheExportHoldsTheSameRows() throws Exception {
        MockHttpSession leader = Sessions.signIn(mvc, "leader");
        String list = page("/petitions?state=OVERDUE", leader);
        assertThat(list).contains("已超期").doesNotContain("剩余");
        List<Long> overdue = jdbc.sql("""
                        SELECT id FROM petition WHERE (state = 'RECEIVED' AND accept_due < ?) OR (state = 'ACCEPTED' AND answer_due < ?)""")
                .params(LocalDate.now(ChinaTime.ZONE), LocalDate.now(ChinaTime.ZONE)).query(Long.class).list();
        assertThat(overdue).as("the demo has a case past its limit").isNotEmpty();
        assertThat(page("/petitions", leader)).contains("待受理", "办理中", "不予受理", "已答复", "剩余", "按期答复", "超期答复");

        byte[] xlsx = mvc.perform(get("/petitions/export?state=OVERDUE").session(leader)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(1).getCellText(0)).isEqualTo("编号");
            assertThat(rows.subList(2, rows.size())).extracting(r -> Long.valueOf(r.getCellText(0)))
                    .containsExactlyInAnyOrderElementsOf(overdue);
        }
        mvc.perform(get("/petitions?state=NONSENSE").session(leader)).andExpect(status().isBadRequest());
    }

    @Test
    void anEnterpriseAccountHasNoPetitionPages() throws Exception {
        MockHttpSession enterprise = Sessions.signIn(mvc, "enterprise");
        mvc.perform(get("/petitions").session(enterprise)).andExpect(status().isForbidden());
    }
}
