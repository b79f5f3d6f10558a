package org.fagai.energy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fagai.FagaiIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@FagaiIntegrationTest
class EnergyReportApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FactorStore factors;

    @Test
    void theShippedTableHoldsTheStandardsCoefficientsAndTheGridFactorsOf2021And2022() {
        Factors f = factors.current();
        assertThat(f.of(org.fagai.energy.EnergyType.RAW_COAL).coefficient()).isEqualByComparingTo("0.7143");
        assertThat(f.of(org.fagai.energy.EnergyType.NATURAL_GAS).coefficient()).isEqualByComparingTo("1.2143");
        assertThat(f.of(org.fagai.energy.EnergyType.HEAT).coefficient()).isEqualByComparingTo("0.03412");
        assertThat(f.of(org.fagai.energy.EnergyType.ELECTRICITY).coefficient()).isEqualByComparingTo("0.1229");
        assertThat(f.years().get(2021).gridFactor()).isEqualByComparingTo("0.5568");
        assertThat(f.years().get(2022).gridFactor()).isEqualByComparingTo("0.5366");
    }

    @Test
    void theIssuesExampleAnswers201WithTheTceAndCo2() throws Exception {
        EnergyFixtures fx = new EnergyFixtures(mvc);
        String code = fx.enterprise("130102", 1, "测试焦化有限公司", 2024);
        fx.report("admin", code, "2024-03", """
                        "items":[{"type":"RAW_COAL","amount":1000},{"type":"ELECTRICITY","amount":500}],
                        "rawMaterial":[{"type":"RAW_COAL","amount":200}],"outputValue":5600""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tce").value(1328.8))
                .andExpect(jsonPath("$.tceExcludingRawMaterial").value(1185.94))
                .andExpect(jsonPath("$.tceControlled").value(1185.94))
                // 800 t × 1.9003 + 5,000 MWh × 0.5366 (2022's factor, the latest published before 2024)
                .andExpect(jsonPath("$.co2").value(4203.24))
                .andExpect(jsonPath("$.factorYear").value(2022))
                .andExpect(jsonPath("$.items[0].tce").value(714.3))
                .andExpect(jsonPath("$.items[1].tce").value(614.5));
    }

    @Test
    void aNegativeAmountIsA400NamingItsLineAndStoresNothing() throws Exception {
        EnergyFixtures fx = new EnergyFixtures(mvc);
        String code = fx.enterprise("130102", 2, "测试水泥有限公司", 2024);
        fx.report("admin", code, "2024-03", "\"items\":[{\"type\":\"COKE\",\"amount\":10},{\"type\":\"DIESEL\",\"amount\":-1}]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[1].amount"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("不能为负数")));
        fx.report("admin", code, "2024-03", "\"items\":[{\"type\":\"COKE\",\"amount\":10}],\"rawMaterial\":[{\"type\":\"COKE\",\"amount\":11}]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rawMaterial"));
        fx.report("admin", code, "2024-03", "\"items\":[{\"type\":\"COKE\",\"amount\":10}],\"nonFossil\":[{\"type\":\"COKE\",\"amount\":1}]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("化石能源")));
        fx.report("admin", code, "2099-01", "\"items\":[{\"type\":\"COKE\",\"amount\":10}]")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("month"));
        assertThat(jdbc.sql("SELECT count(*) FROM energy_report WHERE credit_code = ?").param(code).query(Long.class).single()).isZero();
    }

    @Test
    void aMonthOfTenTimesTheLastAndAMonthAfterAGapAreFlaggedAndASecondReportReplacesTheFirst() throws Exception {
        EnergyFixtures fx = new EnergyFixtures(mvc);
        String code = fx.enterprise("130102", 3, "测试钢铁有限公司", 2024);
        fx.electricity(code, "2024-01", "100");
        fx.report("admin", code, "2024-02", "\"items\":[{\"type\":\"ELECTRICITY\",\"amount\":1000}]")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.spike").value(true));
        fx.report("admin", code, "2024-04", "\"items\":[{\"type\":\"ELECTRICITY\",\"amount\":1000}]")
                .andExpect(jsonPath("$.previousMissing").value(true)).andExpect(jsonPath("$.spike").value(false));
        // filling in March clears April's gap; correcting February clears its spike
        fx.electricity(code, "2024-03", "1000");
        fx.report("admin", code, "2024-02", "\"items\":[{\"type\":\"ELECTRICITY\",\"amount\":120}]")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.spike").value(false));
        assertThat(jdbc.sql("SELECT count(*) FROM energy_report WHERE credit_code = ?").param(code).query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT previous_missing FROM energy_report WHERE credit_code = ? AND month = 4").param(code)
                .query(Boolean.class).single()).isFalse();
        // March is now more than eight times February, not ten: no flag
        assertThat(jdbc.sql("SELECT spike FROM energy_report WHERE credit_code = ? AND month = 3").param(code)
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void unitAccountsAndOtherDistrictsCannotReport() throws Exception {
        EnergyFixtures fx = new EnergyFixtures(mvc);
        String code = fx.enterprise("130102", 4, "测试玻璃有限公司", 2024);
        fx.report("owner", code, "2024-03", "\"items\":[{\"type\":\"COKE\",\"amount\":10}]").andExpect(status().isForbidden());
        fx.report("district", code, "2024-03", "\"items\":[{\"type\":\"COKE\",\"amount\":10}]")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("creditCode"));
        mvc.perform(get("/api/v1/energy/reports/999999999").with(httpBasic("city", DEMO_PASSWORD))).andExpect(status().isNotFound());
    }
}
