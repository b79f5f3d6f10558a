package org.fagai.planning.internal.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Price monitoring through the API on a worked example: a test good at three points of 北港区 (no demo points there),
 * its 环比/同比 against the thresholds, an outlier, refusals; and the demo Spring Festival checked against plain SQL.
 */
@FagaiIntegrationTest
class PriceApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    int good;
    int[] points = new int[3];

    /** The values a JSON path with a filter selects. */
    static List<Object> at(String body, String path) {
        return JsonPath.read(body, path);
    }

    static RequestPostProcessor as(String user) {
        return httpBasic(user, DEMO_PASSWORD);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @BeforeEach
    void goodAndPoints() throws Exception {
        good = jdbc.sql("SELECT id FROM price_good WHERE code = 'TST_API'").query(Integer.class).optional().orElse(0);
        if (good == 0) {
            String body = mvc.perform(json(post("/api/v1/prices/goods"),
                            "{\"code\":\"TST_API\",\"name\":\"测试青菜\",\"category\":\"蔬菜\",\"unit\":\"元/500克\",\"spec\":\"一级\"}")
                            .with(as("city")))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            good = JsonPath.read(body, "$.id");
            for (int i = 0; i < 3; i++) {
                mvc.perform(json(post("/api/v1/prices/points"), "{\"code\":\"BG0%d\",\"name\":\"北港区测试点%d\",\"kind\":\"MARKET\",\"regionCode\":\"339905\"}"
                        .formatted(i + 1, i + 1)).with(as("city"))).andExpect(status().isCreated());
            }
        }
        for (int i = 0; i < 3; i++) {
            points[i] = jdbc.sql("SELECT id FROM price_point WHERE code = ?").param("BG0" + (i + 1)).query(Integer.class).single();
        }
    }

    private void collect(int point, String date, String price) throws Exception {
        mvc.perform(json(post("/api/v1/prices/observations"),
                        "{\"pointId\":%d,\"date\":\"%s\",\"prices\":[{\"goodId\":%d,\"price\":%s}]}".formatted(point, date, good, price))
                        .with(as("city")))
                .andExpect(status().isCreated());
    }

    @Test
    void aGoodsSeriesCarriesItsChangesOnThePreviousCollectionAndOnLastYearWithTheirColours() throws Exception {
        collect(points[0], "2025-11-03", "10.00");
        collect(points[0], "2025-11-10", "10.00");
        collect(points[0], "2026-11-02", "10.50");   // +5.0% on 2025-11-10: yellow; 同比 on 2025-11-03 (nearest to 11-02): +5.0%
        collect(points[0], "2026-11-09", "11.60");   // +10.5%: red; 同比 on 2025-11-10: +16.0%
        collect(points[0], "2026-11-16", "11.10");   // −4.3%: green; 同比: no collection within 3 days of 2025-11-16
        mvc.perform(get("/api/v1/prices/goods/" + good).param("from", "2026-11-01").param("to", "2026-11-30").with(as("leader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.good.name").value("测试青菜"))
                .andExpect(jsonPath("$.points.length()").value(3))
                .andExpect(jsonPath("$.points[0].day").value("2026-11-02"))
                .andExpect(jsonPath("$.points[0].average").value(10.50))
                .andExpect(jsonPath("$.points[0].previousDay").value("2025-11-10"))
                .andExpect(jsonPath("$.points[0].monthOnMonth").value(5.0))
                .andExpect(jsonPath("$.points[0].yearOnYear").value(5.0))
                .andExpect(jsonPath("$.points[0].colour").value("YELLOW"))
                .andExpect(jsonPath("$.points[1].monthOnMonth").value(10.5))
                .andExpect(jsonPath("$.points[1].yearOnYear").value(16.0))
                .andExpect(jsonPath("$.points[1].colour").value("RED"))
                .andExpect(jsonPath("$.points[2].monthOnMonth").value(-4.3))
                .andExpect(jsonPath("$.points[2].yearOnYear").isEmpty())
                .andExpect(jsonPath("$.points[2].colour").value("GREEN"));
        String warnings = mvc.perform(get("/api/v1/prices/warnings").param("day", "2026-11-09").with(as("city")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(at(warnings, "$[?(@.code == 'TST_API')].colour")).containsExactly("RED");
        assertThat(at(warnings, "$[?(@.code == 'TST_API')].previousDay")).containsExactly("2026-11-02");
        assertThat(at(warnings, "$[?(@.code == 'TST_API')].yearOnYear")).containsExactly(16.0);
    }

    @Test
    void aPointFarFromTheMedianOfTheDayIsFlaggedAsAnOutlier() throws Exception {
        collect(points[0], "2026-12-01", "10.00");
        collect(points[1], "2026-12-01", "10.20");
        String body = mvc.perform(json(post("/api/v1/prices/observations"),
                        "{\"pointId\":%d,\"date\":\"2026-12-01\",\"prices\":[{\"goodId\":%d,\"price\":15.00}]}".formatted(points[2], good))
                        .with(as("city")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(body, "$.outliers")).containsExactly("测试青菜");
        String day = mvc.perform(get("/api/v1/prices/goods/" + good + "/points").param("day", "2026-12-01").with(as("city")))
                .andExpect(jsonPath("$.median").value(10.2))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(at(day, "$.prices[?(@.outlier == true)].pointName")).containsExactly("北港区测试点3");
    }

    @Test
    void aBadCollectionStoresNothingAndNamesEveryField() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM price_observation").query(Long.class).single();
        mvc.perform(json(post("/api/v1/prices/observations"), """
                        {"pointId":%d,"date":"2026-10-19","prices":[{"goodId":%d,"price":12.5},{"goodId":%d,"price":0},
                         {"goodId":999999,"price":3},{"goodId":%d,"price":1.234}]}""".formatted(points[0], good, good, good))
                        .with(as("city")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'prices[1].price')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'prices[2].goodId')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'prices[3].price')]").exists());
        mvc.perform(json(post("/api/v1/prices/observations"), "{\"pointId\":%d,\"date\":\"2999-01-01\",\"prices\":[{\"goodId\":%d,\"price\":1}]}"
                        .formatted(points[0], good)).with(as("city")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("date"));
        assertThat(jdbc.sql("SELECT count(*) FROM price_observation").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aDistrictUserCannotReportForAnotherDistrictsPointNorSeeItsPrices() throws Exception {
        mvc.perform(json(post("/api/v1/prices/observations"), "{\"pointId\":%d,\"date\":\"2026-10-26\",\"prices\":[{\"goodId\":%d,\"price\":9}]}"
                        .formatted(points[0], good)).with(as("district")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/prices/points").with(as("district")))
                .andExpect(jsonPath("$[?(@.regionCode == '339905')]").isEmpty())
                .andExpect(jsonPath("$[?(@.regionCode == '339902')]").isNotEmpty());
        mvc.perform(get("/api/v1/prices/goods").with(as("owner"))).andExpect(status().isForbidden());
    }

    @Test
    void theSpringFestivalAveragesAndChangesAreThoseOfPlainSql() throws Exception {
        int pork = jdbc.sql("SELECT id FROM price_good WHERE code = 'PORK'").query(Integer.class).single();
        BigDecimal festival = jdbc.sql("SELECT avg(price) FROM price_observation WHERE good_id = ? AND observed_on = DATE '2026-02-16'")
                .param(pork).query(BigDecimal.class).single();
        BigDecimal dayBefore = jdbc.sql("SELECT avg(price) FROM price_observation WHERE good_id = ? AND observed_on = DATE '2026-02-15'")
                .param(pork).query(BigDecimal.class).single();
        BigDecimal expected = festival.divide(dayBefore, 10, RoundingMode.HALF_UP).subtract(BigDecimal.ONE).movePointRight(2)
                .setScale(1, RoundingMode.HALF_UP);
        String body = mvc.perform(get("/api/v1/prices/goods/" + pork).param("from", "2026-02-01").param("to", "2026-02-28")
                        .with(as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> days = JsonPath.read(body, "$.points[*].day");
        assertThat(days).contains("2026-02-02", "2026-02-08", "2026-02-15", "2026-02-23").doesNotContain("2026-02-07", "2026-02-24");
        assertThat(new BigDecimal(JsonPath.read(body, "$.points[?(@.day == '2026-02-16')].average").toString().replaceAll("[\\[\\]]", "")))
                .isEqualByComparingTo(festival.setScale(2, RoundingMode.HALF_UP));
        assertThat(new BigDecimal(JsonPath.read(body, "$.points[?(@.day == '2026-02-16')].monthOnMonth").toString().replaceAll("[\\[\\]]", "")))
                .isEqualByComparingTo(expected);
        mvc.perform(get("/api/v1/prices/cycle").param("date", "2026-02-08").with(as("city")))
                .andExpect(jsonPath("$.frequency").value("DAILY")).andExpect(jsonPath("$.holiday").value("春节"));
        mvc.perform(get("/api/v1/prices/hog-grain").param("day", "2026-02-16").with(as("city")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.colour").exists());
    }

    @Test
    void aCollectorsMissedCollectionIsOnHisToDoListAndNobodyElses() throws Exception {
        String mine = mvc.perform(get("/api/v1/todo").with(as("district"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Object> titles = at(mine, "$[?(@.kind == 'planning.priceCollect')].title");
        assertThat(titles).isNotEmpty().allSatisfy(t -> assertThat((String) t).startsWith("价格采集：东湖区"));
        assertThat(at(mine, "$[?(@.kind == 'planning.priceCollect')].link")).allSatisfy(l -> assertThat((String) l).startsWith("/prices/collect?point="));
        String leader = mvc.perform(get("/api/v1/todo").with(as("leader"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(at(leader, "$[?(@.kind == 'planning.priceCollect')]")).isEmpty();
    }

    @Test
    void hostileDatesAreRefusedNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/prices/goods/" + good).param("from", "+999999-01-01").with(as("city")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/prices/goods/" + good).param("from", "2026-05-01").param("to", "2026-04-01").with(as("city")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
    }
}
