package org.fagai.planning.internal.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fagai.FagaiIntegrationTest;
import org.fagai.shared.web.HostileFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Population by town: a split that must add up (422 naming the sum), the demo's towns against their ceilings, imports. */
@FagaiIntegrationTest
class PopulationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, DEMO_PASSWORD);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private List<String> towns(String county) {
        return jdbc.sql("SELECT code FROM region WHERE parent_code = ? AND level = 'TOWN' ORDER BY code").param(county)
                .query(String.class).list();
    }

    private String split(String county, int year, long total, long... targets) {
        List<String> towns = towns(county);
        StringBuilder body = new StringBuilder("{\"regionCode\":\"" + county + "\",\"year\":" + year + ",\"total\":" + total
                + ",\"method\":\"按户籍人口比例\",\"towns\":[");
        for (int i = 0; i < targets.length; i++) {
            body.append(i > 0 ? "," : "").append("{\"code\":\"").append(towns.get(i)).append("\",\"target\":").append(targets[i]).append('}');
        }
        return body.append("]}").toString();
    }

    @Test
    void aSplitWhoseTownsDoNotAddUpIsRefusedWith422NamingTheSum() throws Exception {
        mvc.perform(json(post("/api/v1/population/targets"), split("339903", 2027, 380_000, 100_000, 90_000, 80_000, 60_000, 49_000))
                        .with(as("city")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("towns"))
                .andExpect(jsonPath("$.detail").value("各乡镇街道目标之和 379,000 人不等于全区目标 380,000 人（相差 -1,000 人）"));
        assertThat(jdbc.sql("SELECT count(*) FROM population_target WHERE region_code = '339903' AND year = 2027").query(Integer.class).single())
                .isZero();
    }

    @Test
    void aSplitMustCoverEveryTownOfTheDistrictAndOnlyThem() throws Exception {
        mvc.perform(json(post("/api/v1/population/targets"), split("339903", 2027, 300_000, 100_000, 100_000, 100_000)).with(as("city")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("缺少")));
        String wrongTown = "{\"regionCode\":\"339903\",\"year\":2027,\"total\":1,\"towns\":[{\"code\":\"" + towns("339902").get(0)
                + "\",\"target\":1}]}";
        mvc.perform(json(post("/api/v1/population/targets"), wrongTown).with(as("city")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不属于该区县")));
        mvc.perform(json(post("/api/v1/population/targets"), split("339903", 2027, 380_000, 100_000, 90_000, 80_000, 60_000, 50_000))
                .with(as("district"))).andExpect(status().isForbidden());
    }

    @Test
    void aSplitThatAddsUpIsStoredWithItsMethodAndReadBackTownByTown() throws Exception {
        mvc.perform(json(post("/api/v1/population/targets"), split("339904", 2027, 410_000, 120_000, 100_000, 80_000, 60_000, 50_000))
                        .with(as("city")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.total").value(410_000))
                .andExpect(jsonPath("$.method").value("按户籍人口比例"))
                .andExpect(jsonPath("$.towns.length()").value(5));
        long sum = jdbc.sql("""
                        SELECT sum(t.target) FROM population_town_target t JOIN population_target p ON p.id = t.target_id
                        WHERE p.region_code = '339904' AND p.year = 2027""").query(Long.class).single();
        assertThat(sum).isEqualTo(410_000);
    }

    @Test
    void theDemoDistrictsTownsAreRankedAgainstTheirCeilingsWithTheOneOverItInRed() throws Exception {
        String body = mvc.perform(get("/api/v1/population/targets").param("region", "339902").param("year", "2026").with(as("district")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> codes = towns("339902");
        assertThat((List<Object>) JsonPath.read(body, "$.towns[?(@.code == '" + codes.get(0) + "')].colour")).containsExactly("RED");
        assertThat((List<Object>) JsonPath.read(body, "$.towns[?(@.code == '" + codes.get(1) + "')].colour")).containsExactly("YELLOW");
        assertThat((List<Object>) JsonPath.read(body, "$.towns[?(@.code == '" + codes.get(0) + "')].rank")).containsExactly(5);
        assertThat((List<Object>) JsonPath.read(body, "$.towns[*].quarter")).containsOnly(3);
        long targets = ((List<Number>) JsonPath.read(body, "$.towns[*].target")).stream().mapToLong(Number::longValue).sum();
        assertThat(targets).isEqualTo(((Number) JsonPath.read(body, "$.total")).longValue());
        mvc.perform(get("/api/v1/population/targets").param("region", "339903").param("year", "2026").with(as("district")))
                .andExpect(status().isForbidden());
    }

    private static byte[] workbook(List<List<String>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet sheet = wb.newWorksheet("常住人口");
        List<String> headers = PopulationImport.HEADERS;
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r + 1, c, rows.get(r).get(c));
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    private MockHttpServletResponse upload(byte[] file, String user) throws Exception {
        return mvc.perform(multipart("/api/v1/population/actuals/import").file(new MockMultipartFile("file", "人口.xlsx",
                "application/octet-stream", file)).with(as(user))).andReturn().getResponse();
    }

    private long actuals() {
        return jdbc.sql("SELECT count(*) FROM population_actual").query(Long.class).single();
    }

    @Test
    void theActualsImportIsAllOrNothingAndStoresAGoodFile() throws Exception {
        String town = towns("339905").get(0);
        long before = actuals();
        MockHttpServletResponse bad = upload(workbook(List.of(List.of(town, "2026", "4", "61000"), List.of("339905999", "2026", "4", "1"),
                List.of(town, "2026", "7", "abc"))), "city");
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("\"row\":3", "乡镇街道代码不存在", "\"row\":4", "季度", "应为整数");
        assertThat(actuals()).isEqualTo(before);
        MockHttpServletResponse good = upload(workbook(List.of(List.of(town, "2026", "4", "61000"))), "city");
        assertThat(good.getContentAsString(StandardCharsets.UTF_8)).contains("\"stored\":1");
        assertThat(actuals()).isEqualTo(before + 1);
        MockHttpServletResponse other = upload(workbook(List.of(List.of(town, "2026", "4", "61000"))), "district");
        assertThat(other.getContentAsString(StandardCharsets.UTF_8)).contains("无权填报该乡镇街道");
    }

    @Test
    void hostileFilesAreRefusedBeforeParsingAndStoreNothing() throws Exception {
        long before = actuals();
        MockHttpServletResponse bomb = upload(HostileFiles.bytes(HostileFiles.zipBomb()), "city");
        assertThat(bomb.getStatus()).isEqualTo(413);
        assertThat(bomb.getContentAsString(StandardCharsets.UTF_8)).contains("疑似压缩炸弹，已拒绝");
        assertThat(upload(HostileFiles.pngRenamed(), "city").getStatus()).isEqualTo(422);
        MockHttpServletResponse many = upload(HostileFiles.bytes(HostileFiles.manyRows(PopulationImport.HEADERS, 200_000)), "city");
        assertThat(many.getStatus()).isEqualTo(413);
        assertThat(actuals()).isEqualTo(before);
    }

    @Test
    void actualsThroughTheApiAreBoundedAndKeptToTheUsersTowns() throws Exception {
        String town = towns("339921").get(0);
        mvc.perform(json(post("/api/v1/population/actuals"), "{\"year\":2026,\"quarter\":9,\"towns\":[{\"code\":\"%s\",\"value\":-5}]}"
                        .formatted(town)).with(as("city")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'quarter')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'towns[0].value')]").exists());
        mvc.perform(json(post("/api/v1/population/actuals"), "{\"year\":2026,\"quarter\":4,\"towns\":[{\"code\":\"%s\",\"value\":52000}]}"
                .formatted(town)).with(as("district"))).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/population/actuals"), "{\"year\":2026,\"quarter\":4,\"towns\":[{\"code\":\"%s\",\"value\":52000}]}"
                .formatted(town)).with(as("city"))).andExpect(status().isOk()).andExpect(jsonPath("$.saved").value(1));
    }
}
