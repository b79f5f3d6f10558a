package org.fagai.funds.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@FagaiIntegrationTest
class FundsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    /** A project outside the demo city, with a granted approval on the platform, so a test owns its province and year. */
    String projectWithApproval(String region, int serial) {
        String code = String.format("3101-%s-04-01-%06d", region, serial);
        jdbc.sql("""
                INSERT INTO approval_application (kind, status, applicant_name, applicant_credit_code, project_code, title,
                  region_code, received_at, received_by, closed_at, closed_by, document_number)
                VALUES ('FEASIBILITY', 'APPROVED', '测试单位', '91339902MA2K0A01XX', ?, '可研批复', ?, now(), 'city', now(), 'city', ?)""")
                .params(code, region, "测发改审〔2031〕" + serial + "号").update();
        return code;
    }

    static String bond(String code, String region, String sector, String amount, boolean asCapital, String extra) {
        return """
                {"channel":"SPECIAL_BOND","projectCode":"%s","year":2031,"amountRequested":%s,"use":"管网建设","sector":"%s",
                 "asCapital":%s,"projectName":"测试专项债项目","regionCode":"%s","totalInvestment":100000,
                 "expectedIncome":120000,"debtService":100000,"planDocument":"实施方案","financeDocument":"财务评价报告书",
                 "legalDocument":"法律意见书","landDocument":"测自然资〔2031〕1号","declaredOn":"2025-03-01"%s}"""
                .formatted(code, amount, sector, asCapital, region, extra);
    }

    ResultActions declare(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/funds/applications").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic(user, DEMO_PASSWORD)));
    }

    long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
                "$.application.id")).longValue();
    }

    @Test
    void theDemoYear2023GivesTheSeedsFiguresAndSentence() throws Exception {
        mvc.perform(get("/api/v1/funds/summary").param("year", "2023").param("region", "339900").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channels.SPECIAL_BOND.declared.count").value(122))
                .andExpect(jsonPath("$.channels.SPECIAL_BOND.declared.totalInvestment").value(3320000.0))
                .andExpect(jsonPath("$.channels.SPECIAL_BOND.approved.count").value(112))
                .andExpect(jsonPath("$.channels.SPECIAL_BOND.approved.totalInvestment").value(2930000.0))
                .andExpect(jsonPath("$.superiorRequested").value(2800000.0))
                .andExpect(jsonPath("$.channels.CENTRAL_BUDGET.declared.requested").value(1600000.0))
                .andExpect(jsonPath("$.total.declared.count").value(Matchers.greaterThan(122)))
                .andExpect(jsonPath("$.sentence").value(Matchers.containsString(
                        "申请中央预算及上级资金280亿元，申报专项债项目122个，总投资332亿元。截至目前，已通过国家发改委、财政部审核项目112个，总投资293亿元")));
    }

    @Test
    void aDistrictSeesOnlyItsOwnFiguresAndNoOtherRegion() throws Exception {
        mvc.perform(get("/api/v1/funds/summary").param("year", "2023").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.region").value("339902"))
                .andExpect(jsonPath("$.channels.SPECIAL_BOND.declared.count").value(Matchers.lessThan(122)));
        mvc.perform(get("/api/v1/funds/summary").param("year", "2023").param("region", "339903").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void everySectorOnTheNegativeListIsRefusedByName() throws Exception {
        String code = projectWithApproval("120101", 1);
        List<Sector> negative = jdbc.sql("SELECT code, name, negative, negative_reason, capital_allowed FROM funds_sector WHERE negative")
                .query((rs, n) -> new Sector(rs.getString(1), rs.getString(2), true, rs.getString(4), false)).list();
        assertThat(negative).extracting(Sector::code).contains("OFFICE_BUILDING", "IMAGE_PROJECT", "REAL_ESTATE");
        for (Sector sector : negative) {
            declare("admin", bond(code, "120101", sector.code(), "5000", false, ""))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].rule").value("NEGATIVE_LIST"))
                    .andExpect(jsonPath("$.detail").value(Matchers.containsString(sector.name().substring(0, 2))));
        }
    }

    @Test
    void theCapitalCapAllowsThirtyPercentExactlyAndRefusesOneWanMore() throws Exception {
        String first = projectWithApproval("130102", 2);
        String second = projectWithApproval("130102", 3);
        String third = projectWithApproval("130102", 4);
        declare("admin", bond(first, "130102", "SEWAGE", "7000", false, "")).andExpect(status().isCreated());
        declare("admin", bond(second, "130102", "SEWAGE", "3000", true, "")).andExpect(status().isCreated());
        declare("admin", bond(third, "130102", "SEWAGE", "1", true, ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("CAPITAL_CAP"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("超过上限30%")));
        declare("admin", bond(third, "130102", "EDUCATION", "1", true, ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("CAPITAL_SECTOR"));
    }

    @Test
    void missingDocumentsAFailedBalanceTestAndMissingPreparationAreEachNamed() throws Exception {
        String code = projectWithApproval("140105", 5);
        declare("admin", bond(code, "140105", "SEWAGE", "5000", false, "").replace("\"legalDocument\":\"法律意见书\"", "\"legalDocument\":\"\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("DOCUMENTS_MISSING"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("法律意见书")));
        declare("admin", bond(code, "140105", "SEWAGE", "5000", false, "").replace("\"expectedIncome\":120000", "\"expectedIncome\":109999"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("BALANCE_TEST"));
        declare("admin", bond(code, "140105", "SEWAGE", "5000", false, "").replace("\"expectedIncome\":120000", "\"expectedIncome\":110000"))
                .andExpect(status().isCreated());
        declare("admin", bond("3101-140105-04-01-999999", "140105", "WATER", "5000", false, "").replace("\"landDocument\":\"测自然资〔2031〕1号\"", "\"landDocument\":null"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].rule").value(Matchers.contains("PREPARATION_APPROVAL", "PREPARATION_LAND")));
    }

    @Test
    void theSameCostAskedFromASecondChannelIsDoubleFunding() throws Exception {
        String code = projectWithApproval("150102", 6);
        declare("admin", bond(code, "150102", "SEWAGE", "5000", false, ",\"costItem\":\"管网工程费\"")).andExpect(status().isCreated());
        String central = """
                {"channel":"CENTRAL_BUDGET","program":"AGRICULTURE_WATER","projectCode":"%s","year":2031,"amountRequested":3000,
                 "use":"管网建设","costItem":"管网 工程费","sector":"SEWAGE","projectName":"测试专项债项目","regionCode":"150102",
                 "totalInvestment":100000,"landDocument":"地","declaredOn":"2025-03-01"}""".formatted(code);
        declare("admin", central).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("DOUBLE_FUNDING"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("地方政府专项债券")));
        declare("admin", central.replace("管网 工程费", "设备购置费")).andExpect(status().isCreated());
        declare("admin", central.replace("\"program\":\"AGRICULTURE_WATER\",", "").replace("管网 工程费", "其他费用"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("PROGRAM_REQUIRED"));
    }

    @Test
    void stepsOutOfOrderAre409AndTheLifeCycleRunsToSpendingWithEveryStepDatedAndAudited() throws Exception {
        String code = projectWithApproval("210102", 7);
        long id = id(declare("admin", bond(code, "210102", "SEWAGE", "5000", false, "")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.application.state").value("DECLARED"))
                .andExpect(jsonPath("$.application.roundNo").value(1)));
        String base = "/api/v1/funds/applications/" + id;
        step(base + "/review", "{\"stage\":\"FINANCE\",\"passed\":true}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("当前状态为「已申报」")));
        step(base + "/allocate", "{\"amount\":100,\"document\":\"文\"}").andExpect(status().isConflict());
        step(base + "/review", "{\"stage\":\"DRC\",\"passed\":true,\"on\":\"2025-02-01\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("不能早于上一步")));
        step(base + "/review", "{\"stage\":\"XX\",\"passed\":true}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stage"));
        step(base + "/review", "{\"stage\":\"DRC\",\"passed\":true,\"on\":\"2025-03-10\"}").andExpect(status().isOk());
        step(base + "/review", "{\"stage\":\"FINANCE\",\"passed\":true,\"amount\":4000,\"on\":\"2025-04-01\"}")
                .andExpect(jsonPath("$.application.approvedAmount").value(4000.0));
        step(base + "/allocate", "{\"amount\":4000,\"document\":\"冀财债〔2025〕3号\",\"on\":\"2025-04-20\"}").andExpect(status().isOk());
        step(base + "/disburse", "{\"amount\":4000.01,\"on\":\"2025-05-01\"}").andExpect(status().isConflict());
        step(base + "/disburse", "{\"amount\":3000,\"on\":\"2025-05-01\"}").andExpect(jsonPath("$.application.state").value("DISBURSED"));
        step("/api/v1/funds/spending", "{\"applicationId\":%d,\"month\":\"2025-05\",\"amount\":3000.01}".formatted(id))
                .andExpect(status().isConflict());
        step("/api/v1/funds/spending", "{\"applicationId\":%d,\"month\":\"2025-13\",\"amount\":1}".formatted(id))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("month"));
        step("/api/v1/funds/spending", "{\"applicationId\":%d,\"month\":\"2025-05\",\"amount\":1200}".formatted(id))
                .andExpect(jsonPath("$.application.spentAmount").value(1200.0))
                .andExpect(jsonPath("$.steps[*].step").value(Matchers.contains("DECLARED", "DRC_PASSED", "APPROVED", "ALLOCATED",
                        "DISBURSED", "SPENT")))
                .andExpect(jsonPath("$.spending[0].month").value("2025-05"));
        long audited = jdbc.sql("SELECT count(*) FROM audit_log WHERE target_type = 'funds' AND target_id = ?")
                .param(String.valueOf(id)).query(Long.class).single();
        assertThat(audited).isEqualTo(6);
    }

    @Test
    void aKeyProjectsApplicationTakesItsRecordAndAppearsOnItsPagePanel() throws Exception {
        var project = jdbc.sql("SELECT code, name, total_investment FROM project WHERE region_code = '339903' ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getBigDecimal(3).toPlainString())).single();
        String body = """
                {"channel":"SUPERIOR_FUNDS","projectCode":"%s","year":2026,"amountRequested":1,"use":"省级产业发展专项","sector":"OTHER",
                 "costItem":"省级专项补助（测试）","projectName":"别的名字"}""".formatted(project.get(0));
        declare("city", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.application.keyProject").value(true))
                .andExpect(jsonPath("$.application.projectName").value(project.get(1)))
                .andExpect(jsonPath("$.application.totalInvestment").value(Double.parseDouble(project.get(2))));
        String panel = mvc.perform(get("/funds/projects/" + project.get(0) + "/panel")
                        .session(org.fagai.Sessions.signIn(mvc, "city")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(panel).contains("project-funds").contains("其他上级资金");
    }

    @Test
    void aLeaderCannotDeclareAndAnOwnerSeesOnlyHisOwnUnitsApplications() throws Exception {
        declare("leader", bond("3101-220102-04-01-000009", "220102", "SEWAGE", "5", false, "")).andExpect(status().isForbidden());
        String body = mvc.perform(get("/api/v1/funds/applications").param("size", "200").with(httpBasic("owner", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> owners = JsonPath.read(body, "$.items[*].ownerUnit");
        assertThat(owners).isNotEmpty().containsOnly("示范市城建投资集团有限公司");
    }

    ResultActions step(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic("admin", DEMO_PASSWORD)));
    }
}
