package org.fagai.approval.internal;

import org.fagai.Reads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.fagai.credit.CreditCheckResult;
import org.fagai.shared.web.StoredTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The credit check's outcome reads in the reader's language on the application's and the enterprise's pages. */
@FagaiIntegrationTest
class CreditCheckLanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private String page(String path, MockHttpSession session) throws Exception {
        return Reads.page(mvc, path, session);
    }

    @Test
    void anApplicantNotListedIsSaidSoInEnglishUnderEnglishAndAsBeforeInChinese() throws Exception {
        long id = jdbc.queryForObject("SELECT min(id) FROM approval_application WHERE credit_listed = false", Long.class);
        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        assertThat(page("/approvals/" + id + "?lang=en", admin)).contains("Not on the list of dishonest entities under joint punishment")
                .doesNotContain("未列入失信联合惩戒对象名单");
        assertThat(page("/approvals/" + id + "?lang=zh_CN", admin)).contains("未列入失信联合惩戒对象名单");
    }

    @Test
    void aListedApplicantIsSaidSoWithItsListingsAsRecorded() throws Exception {
        long id = jdbc.queryForObject("SELECT min(id) FROM approval_application WHERE credit_listed = true", Long.class);
        String detail = CreditCheckResult.asStored(
                jdbc.queryForObject("SELECT credit_detail FROM approval_application WHERE id = ?", String.class, id));
        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        assertThat(StoredTexts.english(detail)).startsWith("On the list of dishonest entities under joint punishment: ");
        assertThat(page("/approvals/" + id + "?lang=en", admin)).contains(StoredTexts.english(detail)).doesNotContain("列入失信");
        assertThat(StoredTexts.chinese(detail)).startsWith("列入失信联合惩戒对象名单：");
        assertThat(page("/approvals/" + id + "?lang=zh_CN", admin)).contains(StoredTexts.chinese(detail));
    }

    @Test
    void aDetailRecordedBeforeAsChineseTextReadsAsTheSameSentence() {
        assertThat(StoredTexts.english(CreditCheckResult.asStored("列入失信联合惩戒对象名单：失信被执行人（（2024）示0921执1号）")))
                .isEqualTo("On the list of dishonest entities under joint punishment: 失信被执行人（（2024）示0921执1号）");
        assertThat(StoredTexts.english(CreditCheckResult.asStored("未列入失信联合惩戒对象名单")))
                .isEqualTo("Not on the list of dishonest entities under joint punishment");
        assertThat(StoredTexts.chinese(CreditCheckResult.asStored("未列入失信联合惩戒对象名单"))).isEqualTo("未列入失信联合惩戒对象名单");
    }
}
