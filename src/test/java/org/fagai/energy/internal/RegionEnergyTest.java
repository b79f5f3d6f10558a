package org.fagai.energy.internal;

import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two counties of 太原 (140105, 140106): three key users' electricity in the first quarters of 2022 and 2023, GDP with
 * reported real growth, targets. Every figure below follows from them by hand.
 */
@FagaiIntegrationTest
class RegionEnergyTest {

    @Autowired
    MockMvc mvc;

    private static boolean loaded;

    @BeforeEach
    void load() throws Exception {
        if (loaded) {
            return;
        }
        loaded = true;
        EnergyFixtures fx = new EnergyFixtures(mvc);
        String a = fx.enterprise("140105", 11, "小店电解铝有限公司", 2023);
        String b = fx.enterprise("140105", 12, "小店硅材料有限公司", 2023);
        String c = fx.enterprise("140106", 13, "迎泽数据中心有限公司", 2023);
        for (int m = 1; m <= 3; m++) {
            fx.electricity(a, "2022-0" + m, "100");
            fx.electricity(b, "2022-0" + m, "50");
            fx.electricity(c, "2022-0" + m, "80");
            fx.electricity(a, "2023-0" + m, "110");
            fx.electricity(b, "2023-0" + m, "40");
            fx.electricity(c, "2023-0" + m, "100");
        }
        fx.gdp("140105", "2022Q1", "100", "6");
        fx.gdp("140105", "2023Q1", "108", "5");
        fx.gdp("140106", "2022Q1", "50", "6");
        fx.gdp("140106", "2023Q1", "53", "4");
        fx.gdp("140100", "2021Q4", "580", "8");
        fx.gdp("140100", "2022Q1", "150", "6");
        fx.gdp("140100", "2022Q4", "620", "5");
        fx.gdp("140100", "2023Q1", "161", "4.8");
        fx.target("140105", 2023, "3", "3.5", "2000").andExpect(status().isOk());
        fx.target("140106", 2023, "3", "3.5", "1000").andExpect(status().isOk());
        mvc.perform(put("/api/v1/energy/targets/five-year").contentType(MediaType.APPLICATION_JSON).with(httpBasic("admin", DEMO_PASSWORD))
                .content("""
                        {"regionCode":"140100","name":"十四五","baseYear":2020,"endYear":2025,"baseEnergy":3600,"baseCo2":20000,
                         "baseGdp":560,"intensityDecline":13.5,"co2IntensityDecline":18}"""))
                .andExpect(status().isOk());
    }

    @Test
    void aCountysDeclineUsesLastYearsGdpAtTheReportedRealGrowthAndMeetsItsTarget() throws Exception {
        mvc.perform(get("/api/v1/energy/regions/140105?year=2023&month=3").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periodLabel").value("2023年1-3月"))
                // (110 + 40) × 3 months × 1.229 tce per 万kWh
                .andExpect(jsonPath("$.current.tceControlled").value(553.05))
                .andExpect(jsonPath("$.lastYear.tceControlled").value(553.05))
                .andExpect(jsonPath("$.growth").value(0.0))
                .andExpect(jsonPath("$.intensity.periodLabel").value("2023年一季度"))
                .andExpect(jsonPath("$.intensity.comparableGdp").value(105.0))
                .andExpect(jsonPath("$.intensity.energyIntensity").value(0.000512))
                // 1 − (553.05 / 553.05) / 1.05
                .andExpect(jsonPath("$.intensity.decline").value(4.76))
                .andExpect(jsonPath("$.annualTarget.intensityDecline").value(3.0))
                .andExpect(jsonPath("$.annualTarget.gap").value(1.76))
                .andExpect(jsonPath("$.annualTarget.warning").value("GREEN"))
                // 553.05 of 2,000 tce = 27.65% at 序时进度 25%
                .andExpect(jsonPath("$.annualTarget.capUsed").value(27.65))
                .andExpect(jsonPath("$.annualTarget.timeProgress").value(25.0))
                .andExpect(jsonPath("$.annualTarget.capWarning").value("GREEN"));
    }

    @Test
    void theCityRanksItsCountiesByDeclineAndNamesTheEnterprisesBehindTheChange() throws Exception {
        mvc.perform(get("/api/v1/energy/regions/140100?year=2023&month=2023-03").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                // 1 − (750 / 690) / 1.048
                .andExpect(jsonPath("$.intensity.decline").value(-3.72))
                .andExpect(jsonPath("$.districts[0].regionCode").value("140105"))
                .andExpect(jsonPath("$.districts[0].rank").value(1))
                .andExpect(jsonPath("$.districts[1].regionCode").value("140106"))
                .andExpect(jsonPath("$.districts[1].decline").value(-20.19))
                .andExpect(jsonPath("$.districts[1].warning").value("RED"))
                .andExpect(jsonPath("$.districts[1].rank").value(2))
                .andExpect(jsonPath("$.increases[0].name").value("迎泽数据中心有限公司"))
                .andExpect(jsonPath("$.increases[0].change").value(73.74))
                .andExpect(jsonPath("$.decreases[0].name").value("小店硅材料有限公司"))
                .andExpect(jsonPath("$.current.enterprises").value(3));
    }

    @Test
    void againstTheBaseYearGdpIsCarriedToBaseYearPricesByTheFullYearGrowthsSince() throws Exception {
        // 2023 Q1 at 2020 prices: 150 × 1.048 × (560 × 1.08 × 1.05 ÷ 620) = 161.0134亿元; 921.75 tce on it against 3,600 on 560
        mvc.perform(get("/api/v1/energy/regions/140100?year=2023&month=3").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.intensity.baseDecline").value(10.95))
                .andExpect(jsonPath("$.periodTarget.name").value("十四五"))
                .andExpect(jsonPath("$.periodTarget.intensityDecline").value(13.5))
                // (2023 − 2020 − 1) × 12 + 3 months of 60 = 45%; 10.95 of 13.5 = 81.11%
                .andExpect(jsonPath("$.periodTarget.timeProgress").value(45.0))
                .andExpect(jsonPath("$.periodTarget.completion").value(81.11))
                .andExpect(jsonPath("$.periodTarget.warning").value("GREEN"));
    }

    @Test
    void aBadRegionOrMonthIsA400NamingItAndAnotherDistrictIsForbidden() throws Exception {
        mvc.perform(get("/api/v1/energy/regions/12?year=2023").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(get("/api/v1/energy/regions/140105?year=2023&month=13").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("month"));
        mvc.perform(get("/api/v1/energy/regions/140105?year=2023&month=3").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
