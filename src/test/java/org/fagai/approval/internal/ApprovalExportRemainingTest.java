package org.fagai.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The approval list's Excel states the remaining time as the page does: in the limit's unit, never in minutes. */
@FagaiIntegrationTest
class ApprovalExportRemainingTest {

    @Autowired
    MockMvc mvc;

    private List<String> remainingColumn(String query) throws Exception {
        var result = mvc.perform(get("/approvals/export" + query).session(Sessions.signIn(mvc, "city")))
                .andExpect(status().isOk()).andReturn();
        result.getAsyncResult(10_000);
        byte[] xlsx = result.getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            int header = 0;
            int column = -1;
            for (; column < 0; header++) {
                Row row = rows.get(header);
                for (int i = 0; i < row.getCellCount(); i++) {
                    if ("剩余时间".equals(row.getCellText(i))) {
                        column = i;
                    }
                }
            }
            header--;
            int c = column;
            return rows.subList(header + 1, rows.size()).stream().map(r -> r.getCellCount() > c ? r.getCellText(c) : "").filter(t -> !t.isBlank()).toList();
        }
    }

    @Test
    void theRemainingTimeColumnReadsInWorkingDaysOrHoursAsOnThePage() throws Exception {
        List<String> remaining = remainingColumn("?sort=DEADLINE");
        assertThat(remaining).isNotEmpty().allMatch(t -> t.contains("个工作日") || t.contains("个工作小时"))
                .noneMatch(t -> t.contains("分"));
        assertThat(remaining).anyMatch(t -> t.startsWith("剩余") || t.startsWith("已超期"));
    }
}
