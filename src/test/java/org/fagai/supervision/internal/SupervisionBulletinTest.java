package org.fagai.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.fagai.FagaiIntegrationTest;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.web.StoredTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The 督办通报 .docx, opened and read: its figures, its unit table and its overdue list against the stored items. */
@FagaiIntegrationTest
class SupervisionBulletinTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theMonthlyBulletinStatesTheYearsFiguresEachUnitsRowAndEveryOverdueItem() throws Exception {
        YearMonth month = YearMonth.now(ChinaTime.ZONE);
        MockHttpSession leader = org.fagai.Sessions.signIn(mvc, "leader");
        byte[] docx = mvc.perform(get("/supervision/bulletin?year=" + month.getYear() + "&month=" + month.getMonthValue()).session(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.get(0)).isEqualTo("督办通报（" + month.getYear() + "年" + month.getMonthValue() + "月）");

            Map<String, Object> t = jdbc.sql("""
                            SELECT count(*) AS assigned, count(*) FILTER (WHERE state = 'CLOSED') AS closed,
                                   count(*) FILTER (WHERE closed_on_time) AS on_time, count(*) FILTER (WHERE colour = 'RED') AS overdue
                              FROM supervision_item WHERE year = ? AND state <> 'CANCELLED'""")
                    .param(month.getYear()).query().singleRow();
            assertThat(paragraphs.get(1)).startsWith("截至" + month.getMonthValue() + "月底，" + month.getYear() + "年共交办督办事项"
                    + t.get("assigned") + "项，已办结" + t.get("closed") + "项，其中按期办结" + t.get("on_time") + "项，逾期" + t.get("overdue") + "项；");

            XWPFTable units = doc.getTables().get(0);
            assertThat(units.getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("牵头单位", "交办", "办结", "逾期", "按期办结率");
            List<String> expected = jdbc.sql("""
                            SELECT d.name || '/' || count(*) || '/' || count(*) FILTER (WHERE i.state = 'CLOSED') || '/'
                                   || count(*) FILTER (WHERE i.colour = 'RED')
                              FROM supervision_item i JOIN department d ON d.id = i.lead_unit_id
                             WHERE i.year = ? AND i.state <> 'CANCELLED' GROUP BY i.lead_unit_id, d.name""")
                    .param(month.getYear()).query(String.class).list();
            List<String> written = units.getRows().stream().skip(1)
                    .map(r -> cell(r, 0) + "/" + cell(r, 1) + "/" + cell(r, 2) + "/" + cell(r, 3)).toList();
            assertThat(written).containsExactlyInAnyOrderElementsOf(expected);

            List<String> red = jdbc.sql("""
                            SELECT title FROM supervision_item WHERE year = ? AND colour = 'RED'
                               AND state IN ('PENDING_SIGN', 'IN_PROGRESS', 'CLOSURE_REQUESTED') ORDER BY deadline, id""")
                    .param(month.getYear()).query(String.class).stream().map(StoredTexts::chinese).toList();
            assertThat(red).isNotEmpty();
            assertThat(paragraphs).contains("二、逾期未办结事项（" + red.size() + "项）");
            int heading = paragraphs.indexOf("二、逾期未办结事项（" + red.size() + "项）");
            for (int i = 0; i < red.size(); i++) {
                assertThat(paragraphs.get(heading + 1 + i)).startsWith((i + 1) + ". " + red.get(i) + "（牵头单位：");
            }
        }
        mvc.perform(get("/supervision/bulletin?year=" + month.getYear() + "&month=13").session(leader)).andExpect(status().isBadRequest());
    }

    private static String cell(XWPFTableRow row, int c) {
        return row.getCell(c).getText();
    }
}
