package org.fagai.project.internal.stoppages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;
import org.fagai.shared.web.StoredTexts;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** 停复工 through the API: the owner reports, staff confirm, the warnings name the stop for the months it stood in. */
@FagaiIntegrationTest
class StoppageApiTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(890_000);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private ResultActions postJson(String user, String path, String json) throws Exception {
        return mvc.perform(post(path).with(httpBasic(user, DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** A 2019 project of the demo owner's unit in 东湖区, under construction since 2019-01-10. */
    private String ownersProject() throws Exception {
        String code = "1901-339902-04-01-" + SERIAL.incrementAndGet();
        postJson("city", "/api/v1/projects", """
                {"code":"%s","name":"停工测试项目","ownerUnit":"示范市城建投资集团有限公司","ownerCreditCode":"913399027345678902",
                 "regionCode":"339902","industryCode":"3741","totalInvestment":10000,"fundSelf":10000,"stage":"前期",
                 "startMonth":"2019-01","endMonth":"2020-12","planYear":2019,"level":"市级","nature":"新建","plannedInvestment":4000}"""
                .formatted(code)).andExpect(status().isCreated());
        postJson("city", "/api/v1/projects/" + code + "/stage", """
                {"stage":"CONSTRUCTION","date":"2019-01-10","note":"开工"}""").andExpect(status().isOk());
        return code;
    }

    private String reasons(String code, YearMonth month) {
        return jdbc.sql("""
                SELECT w.reasons FROM project_warning w JOIN project p ON p.id = w.project_id WHERE p.code = ? AND w.month = ?""")
                .params(code, month.atDay(1)).query(String.class).optional().map(StoredTexts::chinese).orElseThrow();
    }

    private String colour(String code, YearMonth month) {
        return jdbc.sql("""
                SELECT w.colour FROM project_warning w JOIN project p ON p.id = w.project_id WHERE p.code = ? AND w.month = ?""")
                .params(code, month.atDay(1)).query(String.class).optional().map(StoredTexts::chinese).orElseThrow();
    }

    @Test
    void aStopReportedByTheOwnerCountsOnceConfirmedAndEndsWhenStaffConfirmTheResumption() throws Exception {
        String code = ownersProject();
        String body = postJson("owner", "/api/v1/projects/" + code + "/stoppages", """
                {"from":"2019-03-10","reason":"征地拆迁纠纷","expectedResume":"2019-05-01"}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("REPORTED"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        assertThat(reasons(code, YearMonth.of(2019, 3))).doesNotContain("停工");
        postJson("owner", "/api/v1/projects/" + code + "/stoppages/" + id + "/confirm", "{}").andExpect(status().isForbidden());

        postJson("district", "/api/v1/projects/" + code + "/stoppages/" + id + "/confirm", "{}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONFIRMED"));
        assertThat(reasons(code, YearMonth.of(2019, 2))).doesNotContain("停工");
        assertThat(reasons(code, YearMonth.of(2019, 3))).startsWith("项目停工（2019-03-10起：征地拆迁纠纷）");
        assertThat(reasons(code, YearMonth.of(2019, 8))).contains("项目停工");
        assertThat(colour(code, YearMonth.of(2019, 3))).isIn("YELLOW", "RED");

        postJson("owner", "/api/v1/projects/" + code + "/stoppages", """
                {"from":"2019-04-01","reason":"又一次停工"}""").andExpect(status().isConflict());
        postJson("owner", "/api/v1/projects/" + code + "/stoppages/" + id + "/resume", """
                {"on":"2019-05-06","note":"纠纷已调解"}""").andExpect(jsonPath("$.status").value("RESUME_REPORTED"));
        assertThat(reasons(code, YearMonth.of(2019, 6))).contains("项目停工");
        postJson("city", "/api/v1/projects/" + code + "/stoppages/" + id + "/resume", "{}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RESUMED"))
                .andExpect(jsonPath("$.resumedOn").value("2019-05-06"));

        assertThat(reasons(code, YearMonth.of(2019, 4))).contains("项目停工");
        assertThat(reasons(code, YearMonth.of(2019, 5))).doesNotContain("停工");
        assertThat(reasons(code, YearMonth.of(2019, 6))).doesNotContain("停工");
        mvc.perform(get("/api/v1/projects/" + code + "/stoppages").with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].status").value("RESUMED"));
        postJson("owner", "/api/v1/projects/" + code + "/stoppages", """
                {"from":"2019-09-01","reason":"雨季停工"}""").andExpect(status().isCreated());
    }

    @Test
    void aStopNeedsADateNotInTheFutureAReasonAndAResumptionNotBeforeIt() throws Exception {
        String code = ownersProject();
        postJson("city", "/api/v1/projects/" + code + "/stoppages", """
                {"from":"%s","reason":" ","expectedResume":"2019-01-01"}""".formatted(LocalDate.now().plusDays(3)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("from", "reason", "expectedResume")));
        String body = postJson("city", "/api/v1/projects/" + code + "/stoppages", """
                {"from":"2019-07-01","reason":"资金未到位"}""").andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        postJson("city", "/api/v1/projects/" + code + "/stoppages/" + id + "/resume", """
                {"on":"2019-06-01"}""").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("on"));
        postJson("leader", "/api/v1/projects/" + code + "/stoppages", """
                {"from":"2019-07-01","reason":"x"}""").andExpect(status().isForbidden());
    }

    @Test
    void aStopIsInForceFromItsFirstDayUntilTheConfirmedResumption() {
        Stoppage confirmed = stoppage(StoppageStatus.CONFIRMED, null);
        assertThat(confirmed.inForceOn(LocalDate.of(2024, 3, 4))).isFalse();
        assertThat(confirmed.inForceOn(LocalDate.of(2024, 3, 5))).isTrue();
        assertThat(stoppage(StoppageStatus.REPORTED, null).inForceOn(LocalDate.of(2024, 3, 31))).isFalse();
        assertThat(stoppage(StoppageStatus.RESUME_REPORTED, LocalDate.of(2024, 4, 1)).inForceOn(LocalDate.of(2024, 4, 30))).isTrue();
        Stoppage resumed = stoppage(StoppageStatus.RESUMED, LocalDate.of(2024, 4, 1));
        assertThat(resumed.inForceOn(LocalDate.of(2024, 3, 31))).isTrue();
        assertThat(resumed.inForceOn(LocalDate.of(2024, 4, 1))).isFalse();
    }

    private static Stoppage stoppage(StoppageStatus status, LocalDate resumedOn) {
        return new Stoppage(1, 1, LocalDate.of(2024, 3, 5), "原因", null, status, "owner", null, null, resumedOn, null, null, null);
    }
}
