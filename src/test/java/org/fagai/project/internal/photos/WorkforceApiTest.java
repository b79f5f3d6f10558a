package org.fagai.project.internal.photos;

import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Workers and machines on site: reported with the month, summed by region and month. */
@FagaiIntegrationTest
class WorkforceApiTest {

    @Autowired
    MockMvc mvc;

    private ResultActions postJson(String path, String json) throws Exception {
        return mvc.perform(post(path).with(httpBasic("city", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void theReportCarriesWorkersAndMachinesAndTheDashboardSumsThemByRegionAndMonth() throws Exception {
        String code = "1801-339921-04-01-000321";
        postJson("/api/v1/projects", """
                {"code":"%s","name":"施工人数测试项目","ownerUnit":"测试公司","ownerCreditCode":"91350100M000100Y43",
                 "regionCode":"339921","industryCode":"3741","totalInvestment":10000,"fundSelf":10000,"stage":"在建",
                 "startMonth":"2018-01","endMonth":"2020-12","planYear":2018,"level":"区级","nature":"新建","plannedInvestment":4000}"""
                .formatted(code)).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/projects/" + code + "/progress/2018-04/reopen").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk());
        postJson("/api/v1/projects/" + code + "/progress", """
                {"month":"2018-04","completedInvestment":300,"workersPlanned":-1,"workersOnSite":1.5,"machines":100001}""")
                .andExpect(status().isBadRequest());
        postJson("/api/v1/projects/" + code + "/progress", """
                {"month":"2018-04","completedInvestment":300,"workersPlanned":-1,"machines":100001}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("workersPlanned", "machines")));
        postJson("/api/v1/projects/" + code + "/progress", """
                {"month":"2018-04","completedInvestment":300,"workersPlanned":120,"workersOnSite":96,"machines":14}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.progress.workersPlanned").value(120))
                .andExpect(jsonPath("$.progress.workersOnSite").value(96))
                .andExpect(jsonPath("$.progress.machines").value(14));
        mvc.perform(get("/api/v1/projects/workforce?year=2018").with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.regionCode == '339921')].workersOnSite[3]").value(96))
                .andExpect(jsonPath("$[?(@.regionCode == '339921')].machines[3]").value(14));
    }
}
