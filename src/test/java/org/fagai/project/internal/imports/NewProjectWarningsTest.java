package org.fagai.project.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.project.internal.warnings.WarningBook;
import org.fagai.shared.web.ExcelTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * New projects of an import are judged from the facts the import holds (ProjectBulkCreate, FirstWarnings), not read back:
 * their warning rows, their list entries' colours and the month totals must be exactly what judging them again from the
 * stored facts gives.
 */
@FagaiIntegrationTest
class NewProjectWarningsTest {

    private static final String REGION = "339904";
    private static final int[] YEARS = {2024, 2026, 2027};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WarningBook warnings;

    @Test
    void newProjectsJudgedInMemoryMatchTheRulesJudgedAgainFromTheStoredFacts() throws Exception {
        for (int year : YEARS) {
            warnings.refreshYear(year);   // the region's totals as the rows give them, whatever earlier tests left
        }
        List<List<?>> rows = new ArrayList<>();
        String[] stages = {"谋划", "前期", "在建", "竣工"};
        String[] levels = {"市级", "区级"};
        int n = 0;
        for (int year : YEARS) {
            for (String stage : stages) {
                for (int start = 1; start <= 12; start += 5) {
                    n++;
                    String code = n % 3 == 0 ? String.format("1905-%s-04-02-87%04d", REGION, n) : "";
                    rows.add(Arrays.asList(code, "南岭区新项目判灯" + n, year, levels[n % 2], n % 2 == 0 ? "新建" : "续建", stage, REGION,
                            n % 2 == 0 ? "3741" : "48", "判灯单位", "", "判灯地点", "判灯内容", String.format("%d-%02d", year, start),
                            (year + 2) + "-12", n % 4 == 0 ? 300 : 800 + n, 100 + n));
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelTemplate.write(out, "重点项目", ImportColumns.projectTemplate(), rows);
        int created = n;
        mvc.perform(multipart("/api/v1/projects/import").file(new MockMultipartFile("file", "f.xlsx", "application/octet-stream",
                out.toByteArray())).with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(created));
        List<Long> ids = jdbc.sql("SELECT id FROM project WHERE name LIKE '南岭区新项目判灯%' ORDER BY id").query(Long.class).list();
        assertThat(ids).hasSize(created);
        List<String> judged = stored(ids);
        assertThat(judged).as("rows were written for the past and the current year")
                .anyMatch(line -> line.startsWith("row") && line.contains("2024-12-01"))
                .anyMatch(line -> line.startsWith("row") && line.contains("2026-11-01"))
                .anyMatch(line -> line.startsWith("entry") && line.contains("RED"))
                .anyMatch(line -> line.startsWith("entry") && line.contains("YELLOW"));
        try {
            for (int year : YEARS) {
                warnings.refreshProjects(ids, year);
            }
            assertThat(stored(ids)).isEqualTo(judged);
        } finally {
            // A 2027 list would become every list's default year (ProjectSearch.defaultYear) for the tests after this one;
            // its new projects have no warning rows or totals to leave behind.
            jdbc.sql("DELETE FROM project WHERE name LIKE '南岭区新项目判灯%' AND id IN (SELECT project_id FROM project_plan WHERE year = 2027)")
                    .update();
        }
    }

    /** The projects' warning rows and list entries, and the region's month totals, as lines. */
    private List<String> stored(List<Long> ids) {
        Long[] array = ids.toArray(Long[]::new);
        List<String> lines = new ArrayList<>(jdbc.sql("""
                SELECT concat_ws(' ', 'row', project_id, month, colour, reasons, year_to_date, stage, region_code)
                FROM project_warning WHERE project_id = ANY(?) ORDER BY project_id, month""").param(array).query(String.class).list());
        lines.addAll(jdbc.sql("""
                SELECT concat_ws(' ', 'entry', project_id, year, level, nature, stage, region_code, coalesce(colour, '-'),
                                 coalesce(colour_month::text, '-'))
                FROM project_plan WHERE project_id = ANY(?) ORDER BY project_id, year, level""").param(array).query(String.class).list());
        lines.addAll(jdbc.sql("""
                SELECT concat_ws(' ', 'total', month, level, region_code, nature, stage, section, colour, projects, planned,
                                 year_to_date, total_investment, registered)
                FROM project_month_total WHERE region_code = ? AND month BETWEEN '2024-01-01' AND '2027-12-01'
                ORDER BY month, level, nature, stage, section, colour""").param(REGION).query(String.class).list());
        return lines;
    }
}
