package org.fagai.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.credit.internal.CreditApiTest.as;
import static org.fagai.credit.internal.CreditApiTest.penalty;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.fagai.shared.ChinaTime;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The publication periods table an administrator keeps, and CF_GSJZQ as the public page and the export follow it. */
@FagaiIntegrationTest
class PublicationPeriodsTest {

    @Autowired
    org.fagai.shared.web.Formats fmt;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Flyway flyway;

    @Test
    void theTableStartsWithTheNationalPeriodsOfOrder58() throws Exception {
        mvc.perform(get("/api/v1/credit/publication-periods").with(as("city")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.category == 'GENERAL')].minimumMonths").value(3))
                .andExpect(jsonPath("$[?(@.category == 'FOOD')].minimumMonths").value(12))
                .andExpect(jsonPath("$[?(@.category == 'DRUG')].minimumMonths").value(12))
                .andExpect(jsonPath("$[?(@.category == 'SPECIAL_EQUIPMENT')].minimumMonths").value(12))
                .andExpect(jsonPath("$[?(@.category == 'SAFETY_PRODUCTION')].minimumMonths").value(12))
                .andExpect(jsonPath("$[?(@.category == 'FIRE')].minimumMonths").value(12))
                .andExpect(jsonPath("$[*].maximumMonths").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(36))));
    }

    @Test
    void aPeriodAnAdministratorSetsForALawGovernsNewAndRecordedPenaltiesAndIsAudited() throws Exception {
        int recorded = create(penalty("DRUG", "2024-04-10", "2099-12-31", "91339905MA2K0D047J", null));
        try {
            mvc.perform(put("/api/v1/credit/publication-periods/DRUG").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"minimumMonths\":24,\"maximumMonths\":60,\"legalBasis\":\"《药品管理法》（示例）\"}")
                            .with(as("city")))
                    .andExpect(status().isForbidden());
            mvc.perform(put("/api/v1/credit/publication-periods/DRUG").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"minimumMonths\":24,\"maximumMonths\":12,\"legalBasis\":\"\"}").with(as("admin")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("maximumMonths", "legalBasis")));
            mvc.perform(put("/api/v1/credit/publication-periods/NOSUCH").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"minimumMonths\":1,\"maximumMonths\":12,\"legalBasis\":\"x\"}").with(as("admin")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("category"));
            mvc.perform(put("/api/v1/credit/publication-periods/DRUG").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"minimumMonths\":24,\"maximumMonths\":60,\"legalBasis\":\"《药品管理法》（示例）\"}")
                            .with(as("admin")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.recomputedPenalties").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
            assertThat(stored(recorded, "cf_gsjzq")).isEqualTo(LocalDate.of(2029, 4, 10));
            assertThat(stored(recorded, "repairable_from")).isEqualTo(LocalDate.of(2026, 4, 10));
            int fresh = create(penalty("GENERAL", "2024-06-03", "2024-06-03", "91339905MA2K0D047J", null)
                    .replace("\"category\":\"GENERAL\"", "\"category\":\"GENERAL\",\"additionalCategories\":[\"DRUG\"]"));
            assertThat(stored(fresh, "cf_gsjzq")).isEqualTo(LocalDate.of(2029, 6, 3));
            assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE target_type = 'credit-publication-period' AND target_id = 'DRUG'")
                    .query(String.class).list()).anySatisfy(d -> assertThat(fmt.storedChinese(d)).contains("最短公示期（月）：12 → 24", "最长公示期（月）：36 → 60", "药品管理法"));
        } finally {
            mvc.perform(put("/api/v1/credit/publication-periods/DRUG").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"minimumMonths\":12,\"maximumMonths\":36,\"legalBasis\":\"国家发展改革委令2023年第58号\"}")
                    .with(as("admin"))).andExpect(status().isOk());
        }
        assertThat(stored(recorded, "cf_gsjzq")).isEqualTo(LocalDate.of(2027, 4, 10));
    }

    @Test
    void theAdministratorsPageShowsAndSavesThePeriods() throws Exception {
        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        mvc.perform(get("/admin/credit-periods").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("国家发展改革委令2023年第58号")))
                .andExpect(content().string(containsString("药品")));
        mvc.perform(post("/admin/credit-periods/FIRE").session(admin).with(csrf()).param("minimumMonths", "abc")
                        .param("maximumMonths", "36").param("legalBasis", "国家发展改革委令2023年第58号"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("errors"));
        mvc.perform(post("/admin/credit-periods/FIRE").session(admin).with(csrf()).param("minimumMonths", "12")
                        .param("maximumMonths", "36").param("legalBasis", "国家发展改革委令2023年第58号"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("saved"));
        mvc.perform(get("/admin/credit-periods").session(Sessions.signIn(mvc, "city"))).andExpect(status().isForbidden());
    }

    @Test
    void thePublicPageShowsAPenaltyOnItsLastPublicDayAndHidesItTheDayAfter() throws Exception {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        int lastDay = create(penalty("GENERAL", today.minusYears(3).toString(), today.minusYears(3).toString(),
                "91339905MA2K0D047J", null).replace("测试相对人", "公示末日测试商行"));
        int pastEnd = create(penalty("GENERAL", today.minusYears(3).minusDays(1).toString(), "2099-12-31",
                "91339905MA2K0D047J", null).replace("测试相对人", "公示届满测试商行"));
        for (int id : new int[] {lastDay, pastEnd}) {
            mvc.perform(post("/api/v1/credit/disclosures/penalty/" + id + "/publish").with(as("city"))).andExpect(status().isOk());
        }
        mvc.perform(get("/public/credit").param("q", "公示末日测试商行"))
                .andExpect(content().string(containsString(docOf(lastDay))));
        mvc.perform(get("/public/credit").param("q", "公示届满测试商行"))
                .andExpect(content().string(not(containsString(docOf(pastEnd)))));
        mvc.perform(get("/api/v1/credit/disclosures?type=penalty&q=公示届满测试商行").with(as("city")))
                .andExpect(jsonPath("$.items[0].publicNow").value(false));
    }

    @Test
    void theMigrationRecomputesStoredPeriodsWithThePenaltyPeriodRule() throws Exception {
        // The history table is the owner's (the application's role cannot read it): ask Flyway, which migrates as the owner.
        assertThat(Arrays.stream(flyway.info().applied())
                .filter(m -> m.getVersion().getVersion().equals("202612022202"))
                .map(m -> m.getState())).containsExactly(MigrationState.SUCCESS);
        int oldRule = create(penalty("SAFETY_PRODUCTION", "2024-07-01", "2024-07-01", "91339905MA2K0D047J", null));
        int repaired = create(penalty("GENERAL", "2024-07-01", "2099-12-31", "91339905MA2K0D047J", null));
        // As the old rule stored them: CF_YXQ pulled up to the minimum, and a repaired one left at its old end.
        jdbc.sql("UPDATE credit_penalty SET cf_gsjzq = '2025-07-01', publication_minimum_months = 0 WHERE id = ?").param(oldRule).update();
        jdbc.sql("UPDATE credit_penalty SET cf_gsjzq = '2027-07-01', repaired_at = '2024-12-02 10:00+08', repaired_by = 'city', "
                + "repair_reason = '已整改' WHERE id = ?").param(repaired).update();
        assertThat(StoredPenaltyPeriods.recompute(jdbc, EnumSet.allOf(PenaltyCategory.class))).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("SELECT cf_gsjzq FROM credit_penalty WHERE id = ?").param(oldRule).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(jdbc.sql("SELECT publication_minimum_months FROM credit_penalty WHERE id = ?").param(oldRule)
                .query(Integer.class).single()).isEqualTo(12);
        assertThat(jdbc.sql("SELECT cf_gsjzq FROM credit_penalty WHERE id = ?").param(repaired).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2024, 12, 1));
    }

    LocalDate stored(int id, String column) {
        return jdbc.sql("SELECT " + column + " FROM credit_penalty WHERE id = ?").param(id).query(LocalDate.class).single();
    }

    String docOf(int id) {
        return jdbc.sql("SELECT cf_wsh FROM credit_penalty WHERE id = ?").param(id).query(String.class).single();
    }

    int create(String json) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/credit/penalties").contentType(MediaType.APPLICATION_JSON)
                .content(json).with(as("city"))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
    }
}
