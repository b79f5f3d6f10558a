package org.fagai.supervision.internal;

import org.fagai.Reads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Problem lists page and sort their problems (and the index its lists), show the total, and export the same rows. */
@FagaiIntegrationTest
class ProblemListPagingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String page(String path, MockHttpSession session) throws Exception {
        return Reads.page(mvc, path, session);
    }

    private List<Row> sheet(String path, MockHttpSession session) throws Exception {
        var result = mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn();
        result.getAsyncResult(10_000);
        byte[] xlsx = result.getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().read();
        }
    }

    private static long problemRows(String page) {
        String table = page.substring(page.indexOf("id=\"problem-table\""), page.indexOf("</table>", page.indexOf("id=\"problem-table\"")));
        return table.split("rowspan=", -1).length - 1;
    }

    @Test
    void theDemoListsThirtyOneProblemsComeTwentyAPageSortedAsAskedWithTheTotal() throws Exception {
        long id = jdbc.sql("SELECT min(id) FROM supervision_problem_list").query(Long.class).single();
        MockHttpSession leader = Sessions.signIn(mvc, "leader");
        String first = page("/supervision/problem-lists/" + id, leader);
        assertThat(first).contains("共 31 条，第 1/2 页").contains("fagai-pager");
        assertThat(problemRows(first)).isEqualTo(2 * 20);   // the number and the problem span its measures' rows
        assertThat(problemRows(page("/supervision/problem-lists/" + id + "?page=1&size=20", leader))).isEqualTo(2 * 11);
        String reversed = page("/supervision/problem-lists/" + id + "?sort=SEQ&desc=true", leader);
        String lastTitle = jdbc.sql("SELECT title FROM supervision_problem WHERE list_id = ? AND seq = 31").param(id).query(String.class).single();
        String firstTitle = jdbc.sql("SELECT title FROM supervision_problem WHERE list_id = ? AND seq = 1").param(id).query(String.class).single();
        assertThat(reversed).contains(lastTitle).doesNotContain(">" + firstTitle + "<");
        assertThat(reversed).contains("aria-sort=\"descending\"");
        page("/supervision/problem-lists/" + id + "?sort=DEADLINE", leader);
        mvc.perform(get("/supervision/problem-lists/" + id + "?sort=NOPE").session(leader)).andExpect(status().isBadRequest());
        mvc.perform(get("/supervision/problem-lists/" + id + "?size=100000").session(leader)).andExpect(status().isBadRequest());
    }

    @Test
    void aListsExportHoldsEveryMeasureOfEveryProblemInTheOrderOfThePage() throws Exception {
        long id = jdbc.sql("SELECT min(id) FROM supervision_problem_list").query(Long.class).single();
        MockHttpSession leader = Sessions.signIn(mvc, "leader");
        List<Row> rows = sheet("/supervision/problem-lists/" + id + "/export?sort=SEQ&desc=true", leader);
        int header = 0;
        while (!"序号".equals(rows.get(header).getCellText(0))) {
            header++;
        }
        List<Row> data = rows.subList(header + 1, rows.size());
        assertThat(data).hasSize(67);
        assertThat(data.get(0).getCellAsNumber(0).orElseThrow()).isEqualByComparingTo("31");
        assertThat(data.get(data.size() - 1).getCellAsNumber(0).orElseThrow()).isEqualByComparingTo("1");
    }

    @Test
    void theIndexSortsItsListsAndExportsThemWithTheSameFilters() throws Exception {
        MockHttpSession leader = Sessions.signIn(mvc, "leader");
        String byTitle = page("/supervision/problem-lists?sort=TITLE", leader);
        assertThat(byTitle).contains("aria-sort=\"ascending\"").contains("/supervision/problem-lists/export?");
        long lists = jdbc.sql("SELECT count(*) FROM supervision_problem_list").query(Long.class).single();
        List<Row> rows = sheet("/supervision/problem-lists/export?sort=RATE&desc=true", leader);
        int header = 0;
        while (!"年度".equals(rows.get(header).getCellText(0))) {
            header++;
        }
        assertThat(rows.subList(header + 1, rows.size()).stream().filter(r -> !"合计".equals(r.getCellText(0))).count())
                .isEqualTo(lists);
        mvc.perform(get("/supervision/problem-lists/export?sort=DROP").session(leader)).andExpect(status().isBadRequest());
    }
}
