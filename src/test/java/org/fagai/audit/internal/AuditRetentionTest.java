package org.fagai.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.StreamSupport;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditEntry;
import org.fagai.audit.AuditLog;
import org.fagai.audit.AuditPage;
import org.fagai.audit.AuditQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The audit log is kept, never deleted by the application, and an administrator takes a period of it away as Excel:
 * the export walks the period in chunks (however long) and is itself on the record.
 */
@FagaiIntegrationTest
class AuditRetentionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.fagai.shared.web.Formats fmt;

    @Test
    void anAdministratorExportsOnePeriodAndTheExportIsAudited() throws Exception {
        String marker = "retention-" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            audit.recordAs("retention-tester", "127.0.0.1", AuditAction.UPDATE, marker, String.valueOf(i), "第" + i + "条");
        }
        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        String today = java.time.LocalDate.now(org.fagai.shared.ChinaTime.ZONE).toString();
        MvcResult result = mvc.perform(get("/admin/audit/export").session(admin).param("targetType", marker)
                .param("from", today).param("to", today)).andExpect(status().isOk()).andReturn();
        result.getAsyncResult(10_000);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(5);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("审计日志");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("操作人");
            assertThat(rows.subList(2, 5)).extracting(r -> r.getCellText(4)).containsExactly("2", "1", "0");
        }
        String detail = jdbc.sql("SELECT detail FROM audit_log WHERE actor = 'admin' AND action = 'EXPORT' AND target_type = 'audit' "
                + "ORDER BY id DESC LIMIT 1").query(String.class).single();
        assertThat(fmt.storedChinese(detail)).isEqualTo("导出审计日志：" + today + " 至 " + today + "，对象类型 " + marker);
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
        try {
            assertThat(fmt.stored(detail)).isEqualTo("Audit log exported: " + today + " to " + today + ", target type " + marker);
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void aPeriodOutsideTheEntriesExportsOnlyTheHeader() throws Exception {
        MvcResult result = mvc.perform(get("/admin/audit/export").session(Sessions.signIn(mvc, "admin"))
                .param("from", "2001-01-01").param("to", "2001-12-31")).andExpect(status().isOk()).andReturn();
        result.getAsyncResult(10_000);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getFirstSheet().read()).hasSize(2);
        }
    }

    @Test
    void onlyAnAdministratorExports() throws Exception {
        mvc.perform(get("/admin/audit/export").session(Sessions.signIn(mvc, "city"))).andExpect(status().isForbidden());
    }

    @Test
    void theExportWalksAPeriodLongerThanOneChunkWithoutLosingOrRepeatingAnEntry() {
        String marker = "chunks-" + System.nanoTime();
        int count = AuditChunks.CHUNK + 7;
        jdbc.sql("""
                INSERT INTO audit_log (at, actor, action, target_type, target_id, detail)
                SELECT now() - (g / 3) * interval '1 second', 'chunk-tester', 'UPDATE', ?, g::text, NULL
                FROM generate_series(1, ?) g""").params(marker, count).update();
        List<AuditEntry> entries = StreamSupport.stream(audit.entries(AuditQuery.filters(null, null, marker, null, null))
                .spliterator(), false).toList();
        assertThat(entries).hasSize(count);
        assertThat(entries.stream().map(AuditEntry::id).distinct().count()).isEqualTo(count);
        for (int i = 1; i < entries.size(); i++) {
            AuditEntry before = entries.get(i - 1);
            AuditEntry after = entries.get(i);
            assertThat(after.at().isBefore(before.at()) || (after.at().isEqual(before.at()) && after.id() < before.id())).isTrue();
        }
    }

    @Test
    void thePagerCountsUpToItsLimitAndSaysWhenThereAreMore() {
        String marker = "capped-" + System.nanoTime();
        jdbc.sql("""
                INSERT INTO audit_log (actor, action, target_type, target_id)
                SELECT 'cap-tester', 'UPDATE', ?, g::text FROM generate_series(1, ?) g""")
                .params(marker, AuditQuery.COUNT_LIMIT + 5).update();
        AuditPage page = audit.search(new AuditQuery(null, null, marker, null, null, 0, 20));
        assertThat(page.total()).isEqualTo(AuditQuery.COUNT_LIMIT);
        assertThat(page.totalCapped()).isTrue();
        assertThat(page.entries()).hasSize(20);
        AuditPage exact = audit.search(new AuditQuery("cap-tester", AuditAction.UPDATE, marker, null, null, 0, 5000));
        assertThat(exact.size()).isEqualTo(AuditQuery.MAX_PAGE_SIZE);
    }

    @Test
    void theApplicationHoldsNoStatementThatDeletesFromTheAuditLog() throws Exception {
        try (var sources = java.nio.file.Files.walk(java.nio.file.Path.of("src/main"))) {
            List<java.nio.file.Path> offending = sources.filter(java.nio.file.Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                    .filter(p -> {
                        try {
                            String text = java.nio.file.Files.readString(p).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
                            return text.contains("delete from audit_log") || text.contains("truncate audit_log")
                                    || text.contains("update audit_log");
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
            assertThat(offending).isEmpty();
        }
    }
}
