package org.fagai.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit log's details read in the reader's language: sign-ins stored as message keys, the fixed Chinese sentences
 * of sign-ins written before (the log is never rewritten) read as the same keys, other old text as written.
 */
@FagaiIntegrationTest
class AuditLanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;
    @Autowired
    AuditDetails details;
    @Autowired
    JdbcClient jdbc;

    private String read(String detail, Locale locale) {
        LocaleContextHolder.setLocale(locale);
        try {
            return details.read(detail);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void aSignInIsStoredAsAMessageKeyAndTheAuditPageReadsItInEnglishWithoutChinese() throws Exception {
        var admin = Sessions.signIn(mvc, "admin");
        String stored = jdbc.sql("SELECT detail FROM audit_log WHERE actor = 'admin' AND action = 'LOGIN' ORDER BY id DESC LIMIT 1")
                .query(String.class).single();
        assertThat(stored).isEqualTo("§audit.detail.login");
        String page = mvc.perform(get("/admin/audit?actor=admin&action=LOGIN&size=5&lang=en").session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Signed in").doesNotContain("登录成功", "§audit");
        String chinese = mvc.perform(get("/admin/audit?actor=admin&action=LOGIN&size=5&lang=zh-CN").session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(chinese).contains("登录成功").doesNotContain("Signed in");
    }

    @Test
    void theFixedSentencesWrittenBeforeReadInTheReadersLanguageAndOtherOldTextAsWritten() {
        assertThat(read("登录成功", Locale.ENGLISH)).isEqualTo("Signed in");
        assertThat(read("连续5次登录失败，锁定30分钟", Locale.ENGLISH)).isEqualTo("5 failed sign-ins in a row, locked for 30 minutes");
        assertThat(read("连续5次登录失败，锁定30分钟", Locale.SIMPLIFIED_CHINESE)).isEqualTo("连续5次登录失败，锁定30分钟");
        assertThat(read("重置密码并解除锁定", Locale.ENGLISH)).isEqualTo("Password reset and account unlocked");
        assertThat(read("新建年度计划：2026年计划", Locale.ENGLISH)).isEqualTo("新建年度计划：2026年计划");
        assertThat(read(null, Locale.ENGLISH)).isNull();
    }

    @Test
    void theExportWritesTheDetailsAndActionsInTheReadersLanguage() throws Exception {
        String marker = "lang-export-" + System.nanoTime();
        audit.recordAs("admin", null, AuditAction.LOGIN, marker, "1", org.fagai.shared.StoredText.of("audit.detail.login"));
        audit.recordAs("admin", null, AuditAction.LOGOUT, marker, "2", "退出登录");
        var admin = Sessions.signIn(mvc, "admin");
        for (String[] language : new String[][] {{"en", "Signed out", "Signed in", "Sign-out"}, {"zh-CN", "退出登录", "登录成功", "退出"}}) {
            var result = mvc.perform(get("/admin/audit/export").session(admin).param("targetType", marker).param("lang", language[0]))
                    .andExpect(status().isOk()).andReturn();
            result.getAsyncResult(10_000);
            try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                    new java.io.ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
                var rows = workbook.getFirstSheet().read();
                assertThat(rows.subList(2, rows.size())).extracting(r -> r.getCellText(5))
                        .as(language[0]).containsExactly(language[1], language[2]);
                assertThat(rows.get(2).getCellText(2)).as("the action's name").isEqualTo(language[3]);
            }
        }
    }

    @Test
    void anExportIsAuditedWithItsFiltersInTheReadersLanguage() {
        String detail = AuditController.describe(org.fagai.audit.AuditQuery.filters(" city ", AuditAction.EXPORT, null, null,
                java.time.LocalDate.of(2026, 3, 31)));
        assertThat(read(detail, Locale.SIMPLIFIED_CHINESE)).isEqualTo("导出审计日志：最早 至 2026-03-31，操作人 city，操作 导出");
        assertThat(read(detail, Locale.ENGLISH)).isEqualTo("Audit log exported: the earliest to 2026-03-31, account city, action Export");
    }
}
