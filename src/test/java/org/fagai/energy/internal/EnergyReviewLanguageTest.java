package org.fagai.energy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A 节能审查's filing flag reads in English under English and as stored in Chinese. */
@FagaiIntegrationTest
class EnergyReviewLanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReviewsFilingFlagIsEnglishUnderEnglishAndTheStoredSentenceInChinese() throws Exception {
        var review = jdbc.queryForMap("SELECT id, filing_flag FROM energy_review WHERE filing_flag IS NOT NULL ORDER BY id LIMIT 1");
        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        String path = "/energy/reviews/" + review.get("id");
        String english = mvc.perform(get(path + "?lang=en").session(admin)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).doesNotContain((String) review.get("filing_flag")).containsPattern("no separate energy review|provincial energy review");
        String chinese = mvc.perform(get(path + "?lang=zh_CN").session(admin)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(chinese).contains((String) review.get("filing_flag"));
    }
}
