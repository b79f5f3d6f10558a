package org.fagai.attraction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.fagai.FagaiIntegrationTest;
import org.fagai.enterprise.EnterpriseRegistry;
import org.fagai.project.KeyProjectInvestment;
import org.fagai.shared.CreditCode;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The API end to end on the demo data. Each test writes into a region outside the demo city of its own, so the figures it
 * reads are its own and the demo's stay as the seed states them.
 */
@FagaiIntegrationTest
class AttractionApiTest {

    @Autowired
    org.fagai.shared.web.Formats fmt;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EnterpriseRegistry enterprises;
    @Autowired
    KeyProjectInvestment projects;
    @Autowired
    StalledLeads stalled;

    ResultActions send(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic("admin", DEMO_PASSWORD)));
    }

    ResultActions read(String path, String user, String... params) throws Exception {
        var request = get(path).with(httpBasic(user, DEMO_PASSWORD));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    static long id(ResultActions result, String path) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), path)).longValue();
    }

    long lead(String region, String origin, String foundOn) throws Exception {
        return id(send("/api/v1/attraction/leads", """
                {"investorName":"测试投资有限公司","origin":"%s","industryCode":"3741","intendedInvestment":100000,"regionCode":"%s",
                 "foundOn":"%s"}""".formatted(origin, region, foundOn)).andExpect(status().isCreated()), "$.lead.id");
    }

    ResultActions sign(long lead, String type, String on, String amount) throws Exception {
        return send("/api/v1/attraction/signings", """
                {"leadId":%d,"type":"%s","signedOn":"%s","amount":%s}""".formatted(lead, type, on, amount));
    }

    ResultActions summary(String region, int year) throws Exception {
        return read("/api/v1/attraction/summary", "admin", "year", String.valueOf(year), "region", region).andExpect(status().isOk());
    }

    @Test
    void theDemoYear2023StatesTheSeedsFiguresAndSentence() throws Exception {
        read("/api/v1/attraction/summary", "city", "from", "2023-01-01", "to", "2023-12-31", "region", "339900")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trips").value(130))
                .andExpect(jsonPath("$.negotiations").value(832))
                .andExpect(jsonPath("$.majorEvents").value(32))
                .andExpect(jsonPath("$.signedProjects").value(370))
                .andExpect(jsonPath("$.agreedInvestment").value(15800000.0))
                .andExpect(jsonPath("$.sentence").value(Matchers.containsString(
                        "外出招商130次，召开洽谈会832次，参加省级以上重大签约活动32次，签约项目370个，协议投资1580亿元")));
    }

    @Test
    void theIssuesOwnLeadBodyIsAccepted() throws Exception {
        send("/api/v1/attraction/leads", """
                {"investorName":"深圳华创科技有限公司","origin":"OUTSIDE_PROVINCE","industryCode":"3741","intendedInvestment":100000,
                 "regionCode":"339902"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lead.stage").value("LEAD"))
                .andExpect(jsonPath("$.lead.projectName").value("深圳华创科技有限公司投资项目"))
                .andExpect(jsonPath("$.lead.intendedInvestment").value(100000.0));
    }

    @Test
    void aReferralNamesAnEnterpriseAlreadyInTheRegistry() throws Exception {
        String known = jdbc.sql("SELECT credit_code FROM enterprise ORDER BY credit_code LIMIT 1").query(String.class).single();
        String body = """
                {"investorName":"以商招商测试有限公司","origin":"OUTSIDE_CITY","intendedInvestment":1000,"regionCode":"440105",
                 "source":"REFERRAL","referrerCreditCode":"%s"}""";
        send("/api/v1/attraction/leads", body.formatted(CreditCode.withCheckDigits("91440105MD000001").value()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("referrerCreditCode"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("不在企业库中")));
        send("/api/v1/attraction/leads", body.formatted(known)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.lead.source").value("REFERRAL"))
                .andExpect(jsonPath("$.lead.referrerCreditCode").value(known));
    }

    @Test
    void aFrameworkThenAContractNextYearIsOneProjectCountedInTheFirstSigningsYearWithTheContractsAmount() throws Exception {
        long lead = lead("110101", "OUTSIDE_PROVINCE", "2023-03-01");
        sign(lead, "FRAMEWORK", "2023-11-20", "80000").andExpect(status().isCreated()).andExpect(jsonPath("$.counted").value(true));
        summary("110101", 2023).andExpect(jsonPath("$.signedProjects").value(1)).andExpect(jsonPath("$.agreedInvestment").value(80000.0));

        sign(lead, "CONTRACT", "2024-02-05", "120000").andExpect(status().isCreated()).andExpect(jsonPath("$.counted").value(false));
        summary("110101", 2023).andExpect(jsonPath("$.signedProjects").value(1)).andExpect(jsonPath("$.agreedInvestment").value(120000.0));
        summary("110101", 2024).andExpect(jsonPath("$.signedProjects").value(0)).andExpect(jsonPath("$.agreedInvestment").value(0.0));

        sign(lead, "SUPPLEMENT", "2025-01-08", "150000").andExpect(status().isCreated()).andExpect(jsonPath("$.counted").value(false));
        summary("110101", 2023).andExpect(jsonPath("$.signedProjects").value(1)).andExpect(jsonPath("$.agreedInvestment").value(150000.0));
        summary("110101", 2025).andExpect(jsonPath("$.signedProjects").value(0));

        sign(lead, "CONTRACT", "2025-02-01", "1").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("补充协议")));
        read("/api/v1/attraction/leads/" + lead, "admin").andExpect(status().isOk())
                .andExpect(jsonPath("$.signings[*].counted").value(Matchers.contains(true, false, false)))
                .andExpect(jsonPath("$.lead.signedOn").value("2023-11-20"))
                .andExpect(jsonPath("$.lead.agreement").value("CONTRACT"));
        assertThat(jdbc.sql("SELECT count(*) FROM attraction_signing WHERE lead_id = ? AND counted").param(lead).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aDollarAgreementIsConvertedAtTheRateOfItsDayOrTheLatestBeforeItAndRefusedWithoutOne() throws Exception {
        mvc.perform(put("/api/v1/attraction/rates").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currency\":\"USD\",\"date\":\"2022-11-10\",\"rate\":7.1234,\"source\":\"测试\"}")
                        .with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isOk());
        long lead = lead("310101", "FOREIGN", "2022-10-01");
        send("/api/v1/attraction/signings", "{\"leadId\":%d,\"type\":\"CONTRACT\",\"signedOn\":\"2022-10-20\",\"amountUsd\":1000}"
                .formatted(lead))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amountUsd"));
        send("/api/v1/attraction/signings", "{\"leadId\":%d,\"type\":\"CONTRACT\",\"signedOn\":\"2022-11-12\",\"amountUsd\":1000,\"amount\":1}"
                .formatted(lead))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        send("/api/v1/attraction/signings", "{\"leadId\":%d,\"type\":\"CONTRACT\",\"signedOn\":\"2022-11-12\",\"amountUsd\":1000}"
                .formatted(lead))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value(7123.40))
                .andExpect(jsonPath("$.amountUsd").value(1000.0))
                .andExpect(jsonPath("$.rate").value(7.1234))
                .andExpect(jsonPath("$.rateDate").value("2022-11-10"));
        summary("310101", 2022).andExpect(jsonPath("$.agreedInvestment").value(7123.40));
        read("/api/v1/attraction/funnel", "admin", "year", "2022", "region", "310101")
                .andExpect(jsonPath("$.origins[2].origin").value("FOREIGN"))
                .andExpect(jsonPath("$.origins[2].projectShare").value(1.0))
                .andExpect(jsonPath("$.origins[0].projectShare").value(0.0));
    }

    @Test
    void registrationPutsTheCompanyInTheRegistryAndTheStartLinksTheKeyProjectWhoseInvestmentCountsAsMoneyInPlace() throws Exception {
        String planned = jdbc.sql("SELECT code FROM project WHERE stage = 'PREPARATION' AND NOT provisional_code ORDER BY id LIMIT 1")
                .query(String.class).single();
        String building = jdbc.sql("""
                        SELECT code FROM project WHERE stage = 'CONSTRUCTION' AND NOT provisional_code AND completed_before > 0
                        ORDER BY id LIMIT 1""")
                .query(String.class).single();
        BigDecimal completed = projects.completedSinceStart(java.util.List.of(building)).get(building);
        long lead = lead("320102", "OUTSIDE_PROVINCE", "2024-01-10");
        String stage = "/api/v1/attraction/leads/" + lead + "/stage";
        send(stage, "{\"stage\":\"REGISTERED\",\"creditCode\":\"91320102MC0000011X\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"));
        String code = CreditCode.withCheckDigits("91320102MC000001").value();
        send(stage, "{\"stage\":\"REGISTERED\",\"creditCode\":\"%s\",\"on\":\"2024-03-01\"}".formatted(code))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(Matchers.containsString("签约")));
        sign(lead, "CONTRACT", "2024-02-01", "50000").andExpect(status().isCreated());
        send(stage, "{\"stage\":\"STARTED\",\"projectCode\":\"%s\",\"on\":\"2024-03-01\"}".formatted(building))
                .andExpect(status().isConflict());
        send(stage, "{\"stage\":\"REGISTERED\",\"creditCode\":\"%s\",\"companyName\":\"测试落地有限公司\",\"on\":\"2024-03-01\"}"
                .formatted(code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lead.stage").value("REGISTERED"))
                .andExpect(jsonPath("$.company.creditCode").value(code));
        assertThat(enterprises.find(code)).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("测试落地有限公司"));

        send(stage, "{\"stage\":\"STARTED\",\"projectCode\":\"9999-320102-04-01-999999\",\"on\":\"2024-05-01\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("projectCode"));
        send(stage, "{\"stage\":\"STARTED\",\"projectCode\":\"%s\",\"on\":\"2024-05-01\"}".formatted(planned))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(Matchers.containsString("尚未开工")));
        send(stage, "{\"stage\":\"STARTED\",\"projectCode\":\"%s\",\"on\":\"2024-05-01\"}".formatted(building))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lead.stage").value("STARTED"))
                .andExpect(jsonPath("$.lead.projectCode").value(building))
                .andExpect(jsonPath("$.project.code").value(building));
        send(stage, "{\"stage\":\"PRODUCING\",\"on\":\"2024-09-01\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("尚未投产")));
        send("/api/v1/attraction/leads/" + lead + "/funds", "{\"amount\":1000,\"arrivedOn\":\"2024-06-01\"}").andExpect(status().isOk());

        read("/api/v1/attraction/funnel", "admin", "year", "2024", "region", "320102")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signed.projects").value(1))
                .andExpect(jsonPath("$.signed.registered").value(1))
                .andExpect(jsonPath("$.signed.started").value(1))
                .andExpect(jsonPath("$.signed.projectInvestment").value(completed.doubleValue()))
                .andExpect(jsonPath("$.signed.reportedFunds").value(1000.0))
                .andExpect(jsonPath("$.rates.landing").value(1.0))
                .andExpect(jsonPath("$.rates.start").value(1.0))
                .andExpect(jsonPath("$.rates.production").value(0.0))
                .andExpect(jsonPath("$.rates.fundsInPlace").value(
                        completed.add(new BigDecimal("1000")).divide(new BigDecimal("50000"), 4, java.math.RoundingMode.HALF_UP).doubleValue()));
    }

    @Test
    void ratesAtTheirEdgesNoLeadsGiveNoRatesAndOneLeadOfTwoSignedConvertsAtOneHalf() throws Exception {
        read("/api/v1/attraction/funnel", "admin", "year", "2024", "region", "440104")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[0].count").value(0))
                .andExpect(jsonPath("$.rates.signingConversion").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.rates.fundsInPlace").value(Matchers.nullValue()));
        long signed = lead("440104", "OUTSIDE_CITY", "2024-02-01");
        lead("440104", "OUTSIDE_CITY", "2024-02-02");
        sign(signed, "FRAMEWORK", "2024-04-01", "3000").andExpect(status().isCreated());
        read("/api/v1/attraction/funnel", "admin", "year", "2024", "region", "440104", "groupBy", "CHAIN")
                .andExpect(jsonPath("$.stages[0].count").value(2))
                .andExpect(jsonPath("$.stages[2].count").value(1))
                .andExpect(jsonPath("$.rates.signingConversion").value(0.5))
                .andExpect(jsonPath("$.rates.landing").value(0.0))
                .andExpect(jsonPath("$.rates.fundsInPlace").value(0.0))
                .andExpect(jsonPath("$.origins[0].investmentShare").value(1.0))
                .andExpect(jsonPath("$.groups[0].key").value("OTHER"))
                .andExpect(jsonPath("$.definitions.landing").value(Matchers.containsString("注册")));
        read("/api/v1/attraction/funnel", "admin", "from", "2024-04-02", "to", "2024-12-31", "region", "440104")
                .andExpect(jsonPath("$.signed.projects").value(0))
                .andExpect(jsonPath("$.rates.landing").value(Matchers.nullValue()));
    }

    @Test
    void activitiesCountAsTheSeedCountsThemOnlyPrincipalLeadersTripsAndOnlyProvincialOrNationalEvents() throws Exception {
        send("/api/v1/attraction/trips", """
                {"regionCode":"440103","startedOn":"2024-03-01","endedOn":"2024-03-03","principal":true,"leaders":"区委书记",
                 "destination":"深圳"}""").andExpect(status().isCreated());
        send("/api/v1/attraction/trips", """
                {"regionCode":"440103","startedOn":"2024-04-01","principal":false,"leaders":"招商中心主任","destination":"上海"}""")
                .andExpect(status().isCreated());
        send("/api/v1/attraction/trips", """
                {"regionCode":"440103","startedOn":"2024-04-05","endedOn":"2024-04-01","leaders":"区长","destination":"上海"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endedOn"));
        send("/api/v1/attraction/events", """
                {"name":"全省重大项目集中签约","heldOn":"2024-05-01","level":"PROVINCIAL","regionCode":"440103"}""")
                .andExpect(status().isCreated());
        send("/api/v1/attraction/events", """
                {"name":"区项目签约仪式","heldOn":"2024-05-02","level":"COUNTY","regionCode":"440103"}""").andExpect(status().isCreated());
        send("/api/v1/attraction/events", """
                {"name":"x","heldOn":"2024-05-02","level":"GALACTIC","regionCode":"440103"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("level"));
        long lead = lead("440103", "OUTSIDE_CITY", "2024-01-15");
        send("/api/v1/attraction/negotiations", """
                {"heldOn":"2024-02-01","regionCode":"440103","topic":"用地洽谈","leadIds":[%d]}""".formatted(lead))
                .andExpect(status().isCreated());
        read("/api/v1/attraction/leads/" + lead, "admin").andExpect(jsonPath("$.lead.stage").value("NEGOTIATING"))
                .andExpect(jsonPath("$.lead.negotiatingOn").value("2024-02-01"))
                .andExpect(jsonPath("$.negotiations[0].topic").value("用地洽谈"));
        summary("440103", 2024)
                .andExpect(jsonPath("$.trips").value(1))
                .andExpect(jsonPath("$.negotiations").value(1))
                .andExpect(jsonPath("$.majorEvents").value(1))
                .andExpect(jsonPath("$.signedProjects").value(0));
        read("/api/v1/attraction/trips", "admin", "region", "440103", "year", "2024").andExpect(jsonPath("$.total").value(2));
        read("/api/v1/attraction/events", "admin", "region", "440103", "major", "true").andExpect(jsonPath("$.total").value(1));
        read("/api/v1/attraction/negotiations", "admin", "region", "440103").andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void aLeadWithoutProgressForNinetyDaysIsFlaggedAndItsOfficerToldOnceNotOnTheEightyNinthDay() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        long old = lead("320105", "OUTSIDE_CITY", today.minusDays(90).toString());
        long fresh = lead("320105", "OUTSIDE_CITY", today.minusDays(89).toString());
        read("/api/v1/attraction/leads", "admin", "region", "320105", "stalled", "true")
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(old))
                .andExpect(jsonPath("$.items[0].stalled").value(true));
        read("/api/v1/attraction/leads/" + fresh, "admin").andExpect(jsonPath("$.lead.stalled").value(false))
                .andExpect(jsonPath("$.lead.stalledFrom").value(today.plusDays(1).toString()));
        stalled.notifyStalled();
        stalled.notifyStalled();
        long officer = jdbc.sql("SELECT officer_id FROM attraction_lead WHERE id = ?").param(old).query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM supervision_notification WHERE recipient_id = ? AND dedupe_key LIKE ?")
                .params(officer, "attraction.lead:" + old + ":stalled:%").query(Long.class).single()).isEqualTo(1);
        String[] stored = jdbc.sql("SELECT title, body FROM supervision_notification WHERE recipient_id = ? AND dedupe_key LIKE ?")
                .params(officer, "attraction.lead:" + old + ":stalled:%").query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        try {
            org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
            assertThat(fmt.stored(stored[0])).startsWith("招商线索超过90天无进展：");
            assertThat(fmt.stored(stored[1])).contains("当前阶段「线索」");
            org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
            assertThat(fmt.stored(stored[0])).startsWith("Investment lead without progress for over 90 days: ");
            assertThat(fmt.stored(stored[1])).contains("last progress on ").doesNotContain("当前阶段");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM supervision_notification WHERE dedupe_key LIKE ?")
                .param("attraction.lead:" + fresh + ":%").query(Long.class).single()).isZero();
    }

    @Test
    void aDistrictSeesOnlyItsRegionAndUnitAccountsNothing() throws Exception {
        read("/api/v1/attraction/summary", "district", "year", "2023").andExpect(status().isOk())
                .andExpect(jsonPath("$.region").value("339902"))
                .andExpect(jsonPath("$.signedProjects").value(Matchers.lessThan(370)));
        read("/api/v1/attraction/summary", "district", "year", "2023", "region", "339903").andExpect(status().isForbidden());
        read("/api/v1/attraction/leads", "district", "size", "100").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].regionCode").value(Matchers.everyItem(Matchers.is("339902"))));
        read("/api/v1/attraction/leads", "owner").andExpect(status().isForbidden());
        long other = jdbc.sql("SELECT id FROM attraction_lead WHERE region_code = '339903' ORDER BY id LIMIT 1").query(Long.class).single();
        read("/api/v1/attraction/leads/" + other, "district").andExpect(status().isNotFound());
        read("/api/v1/attraction/ranking", "city", "year", "2023").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].rank").value(1))
                .andExpect(jsonPath("$[*].region").value(Matchers.hasItems("339902", "339903")));
    }

    @Test
    void hostileOrMalformedInputIsA400NamingTheFieldAndChangesNothing() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM attraction_lead").query(Long.class).single();
        Map<String, String> bodies = Map.of(
                "origin", "{\"investorName\":\"x\",\"origin\":\"MARS\",\"intendedInvestment\":1,\"regionCode\":\"440105\"}",
                "intendedInvestment", "{\"investorName\":\"x\",\"origin\":\"FOREIGN\",\"intendedInvestment\":-5,\"regionCode\":\"440105\"}",
                "investorName", "{\"investorName\":\"" + "长".repeat(201) + "\",\"origin\":\"FOREIGN\",\"intendedInvestment\":1}",
                "industryCode", "{\"investorName\":\"x\",\"origin\":\"FOREIGN\",\"intendedInvestment\":1,\"industryCode\":\"9999\",\"regionCode\":\"440105\"}",
                "regionCode", "{\"investorName\":\"x\",\"origin\":\"FOREIGN\",\"intendedInvestment\":1,\"regionCode\":\"<script>\"}",
                "foundOn", "{\"investorName\":\"x\",\"origin\":\"FOREIGN\",\"intendedInvestment\":1,\"foundOn\":\"2999-01-01\",\"regionCode\":\"440105\"}");
        for (var body : bodies.entrySet()) {
            send("/api/v1/attraction/leads", body.getValue()).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItem(body.getKey())));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM attraction_lead").query(Long.class).single()).isEqualTo(before);
        send("/api/v1/attraction/signings", "{\"leadId\":1,\"type\":\"LOAN\",\"amount\":1}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        send("/api/v1/attraction/leads/1/stage", "{\"stage\":\"SIGNED\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stage"));
        read("/api/v1/attraction/summary", "admin", "from", "2023-05-01", "to", "2023-04-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        read("/api/v1/attraction/summary", "admin", "region", "33990'--").andExpect(status().isBadRequest());
        read("/api/v1/attraction/funnel", "admin", "groupBy", "EVERYTHING").andExpect(status().isBadRequest());
        read("/api/v1/attraction/leads", "admin", "size", "100000").andExpect(status().isBadRequest());
    }
}
