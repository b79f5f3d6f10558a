package org.fagai.attraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.fagai.FagaiIntegrationTest;
import org.fagai.businessenv.InvestmentInterestRegistered;
import org.fagai.shared.CreditCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An investor's interest in a project offered to private capital, announced by 营商环境, becomes a 招商 lead of the offer's
 * region for its officer, source 民间投资项目推介, audited; the same interest delivered again changes nothing.
 */
@FagaiIntegrationTest
@EnableScenarios
class InterestLeadScenarioTest {

    /** Interest ids far above the ones the public page creates in other tests. */
    private static final AtomicLong INTEREST = new AtomicLong(9_000_000_000L + System.nanoTime() % 1_000_000);

    @Autowired
    org.fagai.shared.web.Formats fmt;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    InterestLeads leads;
    @Autowired
    TransactionTemplate transactions;

    private static InvestmentInterestRegistered interest(long id, String creditCode, String projectCode) {
        return new InvestmentInterestRegistered(id, 77, "西山水厂特许经营项目", projectCode, "339903", "深圳民营水务投资有限公司",
                creditCode, "钱总", "13800000000", "有意参与特许经营");
    }

    private Long leadOf(long interestId) {
        return jdbc.sql("SELECT id FROM attraction_lead WHERE interest_id = ?").param(interestId).query(Long.class).optional()
                .orElse(null);
    }

    @Test
    void anInterestRegisteredBecomesALeadOfTheOffersRegionForTheCitysOfficerAndIsAudited(Scenario scenario) {
        long interestId = INTEREST.incrementAndGet();
        String code = CreditCode.withCheckDigits("91440300MA5F" + String.format("%04d", interestId % 10_000)).value();
        scenario.publish(interest(interestId, code, "2304-339903-04-01-000123"))
                .andWaitForStateChange(() -> leadOf(interestId))
                .andVerify(id -> {
                    Map<String, Object> lead = jdbc.sql("SELECT * FROM attraction_lead WHERE id = ?").param(id).query().singleRow();
                    assertThat(lead.get("investor_name")).isEqualTo("深圳民营水务投资有限公司");
                    assertThat(lead.get("investor_credit_code")).isEqualTo(code);
                    assertThat(lead.get("project_name")).isEqualTo("西山水厂特许经营项目");
                    assertThat(lead.get("region_code")).isEqualTo("339903");
                    assertThat(lead.get("source")).isEqualTo("OFFER");
                    assertThat(lead.get("origin")).as("a Shenzhen (44) credit code is 省外").isEqualTo("OUTSIDE_PROVINCE");
                    assertThat(lead.get("stage")).isEqualTo("LEAD");
                    assertThat((String) lead.get("source_note")).contains("西山水厂特许经营项目", "2304-339903-04-01-000123");
                    assertThat(lead.get("contact_person")).isEqualTo("钱总");
                    long cityOfficer = jdbc.sql("SELECT min(id) FROM app_user WHERE enabled AND role IN ('STAFF', 'DISTRICT')"
                            + " AND region_code = '339900'").query(Long.class).single();
                    assertThat(lead.get("officer_id")).as("西山区 has no staff: the city's officer").isEqualTo(cityOfficer);
                    assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE target_type = 'attraction-lead' AND target_id = ?"
                            + " AND actor = 'system'").param(String.valueOf(id)).query(String.class).list().stream().map(fmt::storedChinese).toList())
                            .singleElement().asString().contains("民间投资意向转为招商线索", "意向登记 " + interestId);
                    assertThat(jdbc.sql("SELECT link FROM supervision_notification WHERE recipient_id = ? AND dedupe_key = ?")
                            .params(cityOfficer, "attraction.lead:" + id + ":from-offer").query(String.class).list())
                            .as("the officer is told").containsExactly("/attraction/leads/" + id);
                });
    }

    @Test
    void theSameInterestDeliveredAgainKeepsItsOneLead() {
        long interestId = INTEREST.incrementAndGet();
        String code = CreditCode.withCheckDigits("91339902MA5G" + String.format("%04d", interestId % 10_000)).value();
        InvestmentInterestRegistered event = interest(interestId, code, null);
        Long first = transactions.execute(s -> leads.created(event));
        Long again = transactions.execute(s -> leads.created(event));
        assertThat(again).isEqualTo(first);
        assertThat(jdbc.sql("SELECT count(*) FROM attraction_lead WHERE interest_id = ?").param(interestId).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT origin FROM attraction_lead WHERE id = ?").param(first).query(String.class).single())
                .as("a registrant of the same province is 市外 until the officer corrects it").isEqualTo("OUTSIDE_CITY");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE target_type = 'attraction-lead' AND target_id = ?")
                .param(String.valueOf(first)).query(Long.class).single()).isEqualTo(1);
    }
}
