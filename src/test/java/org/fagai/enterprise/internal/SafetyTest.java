package org.fagai.enterprise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fagai.enterprise.internal.EnterpriseApiTest.as;
import static org.fagai.enterprise.internal.EnterpriseApiTest.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@FagaiIntegrationTest
class SafetyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aHazardGetsANoticeDocxIsRectifiedClosedOnTheLoopAndReopenedByTheCheckBack() throws Exception {
        long unit = jdbc.sql("SELECT department_id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        long district = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        String stone = jdbc.sql("SELECT credit_code FROM enterprise_flag WHERE flag = 'STONE' ORDER BY credit_code LIMIT 1")
                .query(String.class).single();
        long plan = DemandLoopTest.id(mvc.perform(json(post("/api/v1/safety/plans"), """
                {"month":"%s","flag":"STONE","regionCode":"339900"}""".formatted(YearMonth.now(org.fagai.shared.ChinaTime.ZONE))).with(as("city"))), "$.id");
        assertThat(plan).isPositive();
        long hazard = DemandLoopTest.id(mvc.perform(json(post("/api/v1/safety/inspections"), """
                        {"planId":%d,"creditCode":"%s","inspectedOn":"%s","inspectors":"李科长","checklist":"粉尘；用电",
                         "hazards":[{"description":"切割机防护罩缺失","level":"MAJOR"},{"description":"消防通道堵塞"}]}"""
                        .formatted(plan, stone, LocalDate.now(org.fagai.shared.ChinaTime.ZONE))).with(as("city")))
                .andExpect(status().isCreated()), "$.hazards[0]");

        mvc.perform(json(post("/api/v1/safety/hazards/" + hazard + "/notice"), """
                        {"measures":"加装防护罩并培训操作人员","workingDays":5,"departmentId":%d,"leadPersonId":%d}"""
                        .formatted(unit, district)).with(as("city")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("NOTICE_ISSUED"))
                .andExpect(jsonPath("$.noticeNumber").value(org.hamcrest.Matchers.startsWith("安整〔" + LocalDate.now(org.fagai.shared.ChinaTime.ZONE).getYear() + "〕")));
        String number = jdbc.sql("SELECT notice_number FROM safety_hazard WHERE id = ?").param(hazard).query(String.class).single();
        byte[] docx = mvc.perform(get("/api/v1/safety/hazards/" + hazard + "/notice.docx").with(as("city")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("安全生产隐患整改通知书", number, "切割机防护罩缺失", "加装防护罩并培训操作人员",
                    "5个工作日", "重大事故隐患");
        }

        mvc.perform(json(post("/api/v1/safety/hazards/" + hazard + "/rectification"), """
                {"rectification":"已加装","evidence":"照片"}""").with(as("enterprise"))).andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/safety/hazards/" + hazard + "/rectification"), """
                        {"rectification":"已加装防护罩","evidence":"整改照片3张"}""").with(as("city")))
                .andExpect(jsonPath("$.state").value("RECTIFIED"));

        long item = jdbc.sql("SELECT item_id FROM safety_hazard WHERE id = ?").param(hazard).query(Long.class).single();
        mvc.perform(post("/api/v1/supervision/items/" + item + "/sign").with(as("admin"))).andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/supervision/items/" + item + "/request-closure"), """
                {"result":"整改完成","evidence":"照片"}""").with(as("admin"))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/supervision/items/" + item + "/verify").with(as("city"))).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).until(() -> "CLOSED".equals(jdbc.sql("SELECT state FROM safety_hazard WHERE id = ?")
                .param(hazard).query(String.class).single()));
        mvc.perform(get("/api/v1/safety/hazards/" + hazard).with(as("city"))).andExpect(jsonPath("$.onTime").value(true));

        mvc.perform(json(post("/api/v1/safety/hazards/" + hazard + "/follow-up"), """
                        {"confirmed":false,"result":"防护罩已拆除"}""").with(as("city")))
                .andExpect(jsonPath("$.state").value("NOTICE_ISSUED"))
                .andExpect(jsonPath("$.reopenedCount").value(1))
                .andExpect(jsonPath("$.itemId").value(org.hamcrest.Matchers.not((int) item)));
        mvc.perform(get("/api/v1/safety/stats?month=" + YearMonth.now(org.fagai.shared.ChinaTime.ZONE)).with(as("city")))
                .andExpect(jsonPath("$.hazards").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$.reopened").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
    }

    @Test
    void theRandomCheckBackSampleIsTenPercentRoundedUpAndTheSameForTheSameSeed() {
        List<Long> candidates = LongStream.rangeClosed(1, 43).boxed().toList();
        List<Long> first = FollowUpSampler.draw(candidates, 10, 20261206L);
        assertThat(first).hasSize(5).isSorted().allMatch(candidates::contains).doesNotHaveDuplicates();
        List<Long> reversed = new java.util.ArrayList<>(candidates);
        java.util.Collections.reverse(reversed);
        assertThat(FollowUpSampler.draw(reversed, 10, 20261206L)).isEqualTo(first);
        assertThat(FollowUpSampler.draw(candidates, 10, 7L)).isNotEqualTo(first);
        assertThat(FollowUpSampler.draw(List.of(9L), 10, 1L)).containsExactly(9L);
        assertThat(FollowUpSampler.draw(List.of(), 10, 1L)).isEmpty();
    }

    @Test
    void theDemoMonthOfStoneInspectionsHasHazardsInEveryStateAndADrawMarksThemDue() throws Exception {
        assertThat(jdbc.sql("SELECT DISTINCT state FROM safety_hazard").query(String.class).list())
                .contains("FOUND", "NOTICE_ISSUED", "RECTIFIED", "CLOSED");
        assertThat(jdbc.sql("SELECT count(*) FROM safety_hazard WHERE reopened_count > 0").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM safety_hazard WHERE followed_up_on IS NOT NULL AND state = 'CLOSED'")
                .query(Long.class).single()).isPositive();
        mvc.perform(json(post("/api/v1/safety/follow-ups/sample"), """
                        {"percent":10,"seed":42}""").with(as("city")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hazards.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        mvc.perform(json(post("/api/v1/safety/follow-ups/sample"), """
                        {"percent":0}""").with(as("city")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("percent"));
    }
}
