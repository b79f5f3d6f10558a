package org.fagai.project.internal.rollingplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The three-year rolling plan on editions no demo data uses (2031 onwards). */
@FagaiIntegrationTest
class RollingPlanTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(740_000);

    @Autowired
    org.fagai.shared.web.Formats fmt;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, DEMO_PASSWORD)));
    }

    private ResultActions json(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
        return as(user, request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String libraryProject(String region, String stage) throws Exception {
        String code = "3001-" + region + "-04-01-" + SERIAL.incrementAndGet();
        json("city", post("/api/v1/projects"), """
                {"code":"%s","name":"滚动计划测试储能项目","ownerUnit":"测试能源公司","regionCode":"%s","industryCode":"3741",
                 "totalInvestment":9000,"fundLocal":3000,"fundSelf":6000,"stage":"%s","startMonth":"2033-03","endMonth":"2035-12"}"""
                .formatted(code, region, stage)).andExpect(status().isCreated());
        return code;
    }

    @Test
    void theRollingPlanRollsIntoTheNextYearMovingEachFigureForwardAndDroppingStartedProjects() throws Exception {
        String kept = libraryProject("339904", "储备");
        String started = libraryProject("339904", "前期");
        for (String code : List.of(kept, started)) {
            json("city", put("/api/v1/projects/rolling-plan/2031/" + code), """
                    {"amountY0":1000,"amountY1":2500.5,"amountY2":3000}""").andExpect(status().isOk());
        }
        json("city", post("/api/v1/projects/" + started + "/stage"), """
                {"stage":"CONSTRUCTION","date":"2024-01-10","note":"提前开工"}""").andExpect(status().isOk());

        as("city", get("/api/v1/projects/rolling-plan?from=2031&region=339904&q=" + kept))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years[2]").value(2033))
                .andExpect(jsonPath("$.rows[0].amountY1").value(2500.5))
                .andExpect(jsonPath("$.totals.byRegion[0].key").value("339904"));

        as("city", post("/api/v1/projects/rolling-plan/2031/roll")).andExpect(status().isOk());
        as("city", get("/api/v1/projects/rolling-plan?from=2032&q=" + kept))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.rows[0].amountY0").value(2500.5))
                .andExpect(jsonPath("$.rows[0].amountY1").value(3000.0))
                .andExpect(jsonPath("$.rows[0].amountY2").value(0.0))
                .andExpect(jsonPath("$.rows[0].rolled").value(true));
        as("city", get("/api/v1/projects/rolling-plan?from=2032&q=" + started)).andExpect(jsonPath("$.total").value(0));

        json("city", put("/api/v1/projects/rolling-plan/2032/" + kept), """
                {"amountY0":2600,"amountY1":3000,"amountY2":800}""").andExpect(status().isOk());
        as("city", post("/api/v1/projects/rolling-plan/2031/roll")).andExpect(status().isOk());
        as("city", get("/api/v1/projects/rolling-plan?from=2032&q=" + kept)).andExpect(jsonPath("$.rows[0].amountY0").value(2600.0));
    }

    @Test
    void selectingIntoTheYearsListCopiesYearNAndAnAdjustmentNeedsAReasonAndIsAudited() throws Exception {
        String code = libraryProject("339905", "储备");
        json("city", put("/api/v1/projects/rolling-plan/2034/" + code), """
                {"amountY0":1200,"amountY1":3000,"amountY2":3000}""").andExpect(status().isOk());
        json("city", post("/api/v1/projects/rolling-plan/2034/" + code + "/select"), """
                {"level":"CITY","nature":"NEW"}""").andExpect(status().isOk()).andExpect(jsonPath("$.plannedInvestment").value(1200.0));
        json("city", post("/api/v1/projects/rolling-plan/2034/" + code + "/select"), """
                {"level":"CITY","nature":"NEW"}""").andExpect(status().isConflict());
        as("city", get("/api/v1/projects/" + code)).andExpect(jsonPath("$.plans[0].year").value(2034))
                .andExpect(jsonPath("$.plans[0].plannedInvestment").value(1200.0));

        json("city", put("/api/v1/projects/" + code + "/plans/2034"), """
                {"level":"CITY","plannedInvestment":1500,"reason":" "}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
        json("city", put("/api/v1/projects/" + code + "/plans/2034"), """
                {"level":"CITY","plannedInvestment":1500,"reason":"征地进度加快，调增年度计划"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.previous").value(1200.0));
        assertThat(fmt.storedChinese(jdbc.sql("SELECT detail FROM audit_log WHERE target_id = ? ORDER BY id DESC LIMIT 1").param(code)
                .query(String.class).single())).contains("市级年度计划投资 1200.00 → 1500", "征地进度加快");
        as("city", get("/api/v1/projects/rolling-plan?from=2034&q=" + code)).andExpect(jsonPath("$.rows[0].selected").value(true));
    }

    @Test
    void theExportFollowsTheNationalLibrarysLayoutWithTotals() throws Exception {
        String code = libraryProject("339921", "储备");
        json("city", put("/api/v1/projects/rolling-plan/2036/" + code), """
                {"amountY0":100,"amountY1":200,"amountY2":300}""").andExpect(status().isOk());
        byte[] xlsx = as("city", get("/api/v1/projects/rolling-plan/export?from=2036&region=339921"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("2036—2038年三年滚动投资计划表");
            Row header = rows.get(1);
            assertThat(List.of(header.getCellText(0), header.getCellText(1), header.getCellText(2), header.getCellText(10),
                    header.getCellText(11), header.getCellText(12))).containsExactly("序号", "项目代码", "项目名称", "2036年计划投资（万元）",
                    "2037年计划投资（万元）", "2038年计划投资（万元）");
            Row data = rows.stream().filter(r -> code.equals(r.getCellText(1))).findFirst().orElseThrow();
            assertThat(data.getCellText(12)).startsWith("300");
        }
    }

    @Test
    void hostileRollingPlanInputIsRefusedNamingTheField() throws Exception {
        String code = libraryProject("339922", "储备");
        as("city", get("/api/v1/projects/rolling-plan?from=1999")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("from")));
        as("city", get("/api/v1/projects/rolling-plan?from=2031&region=12")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("region")));
        json("city", put("/api/v1/projects/rolling-plan/2031/" + code), """
                {"amountY0":-1,"amountY1":1.234,"amountY2":null}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("amountY0")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("amountY1")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("amountY2")));
        json("city", put("/api/v1/projects/rolling-plan/9999/" + code), """
                {"amountY0":1,"amountY1":1,"amountY2":1}""").andExpect(status().isBadRequest());
        json("leader", put("/api/v1/projects/rolling-plan/2031/" + code), """
                {"amountY0":1,"amountY1":1,"amountY2":1}""").andExpect(status().isForbidden());
        as("owner", post("/api/v1/projects/rolling-plan/2031/roll")).andExpect(status().isForbidden());
        json("city", post("/api/v1/projects/rolling-plan/2031/" + code + "/select"), """
                {"level":"乡级"}""").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("level")));
    }
}
