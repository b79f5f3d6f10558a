package org.fagai.project.internal.warnings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.fagai.project.internal.settings.WarningSettingsStore;
import org.fagai.project.internal.settings.WarningThresholds;
import org.fagai.shared.web.Formats;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Saving the warning thresholds is audited as a stored sentence: the changed fields and the warnings recomputed, in either language. */
@FagaiIntegrationTest
class WarningSettingsAuditTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Formats fmt;
    @Autowired
    WarningSettingsStore settings;

    @Test
    void savingTheThresholdsUnchangedIsAuditedAsNoFieldChangedInTheReadersLanguage() throws Exception {
        WarningThresholds now = settings.load();
        mvc.perform(post("/admin/project-settings").session(Sessions.signIn(mvc, "admin")).with(csrf())
                        .param("yellowGapPoints", now.yellowGapPoints().toPlainString()).param("redGapPoints", now.redGapPoints().toPlainString())
                        .param("lateStartRedMonths", String.valueOf(now.lateStartRedMonths()))
                        .param("unregisteredYellowMonths", String.valueOf(now.unregisteredYellowMonths()))
                        .param("unregisteredRedMonths", String.valueOf(now.unregisteredRedMonths()))
                        .param("reportWindowDays", String.valueOf(now.reportWindowDays())))
                .andExpect(status().is3xxRedirection());
        String detail = jdbc.sql("SELECT detail FROM audit_log WHERE target_type = 'project-settings' ORDER BY id DESC LIMIT 1")
                .query(String.class).single();
        assertThat(fmt.storedChinese(detail)).matches("未修改字段；重算预警 \\d+ 条");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            assertThat(fmt.stored(detail)).matches("no field changed; \\d+ warnings recomputed");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
