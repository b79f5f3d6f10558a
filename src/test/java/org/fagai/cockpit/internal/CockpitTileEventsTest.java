package org.fagai.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.fagai.FagaiIntegrationTest;
import org.fagai.attraction.AttractionFiguresChanged;
import org.fagai.energy.EnergyFiguresChanged;
import org.fagai.funds.FundsApplicationChanged;
import org.fagai.indicator.IndicatorFiguresChanged;
import org.fagai.shared.CreditCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Indicators, funds, energy and attraction announce their changes: a change made through each module's API publishes the
 * module's event, and the cockpit drops the tiles that event names (and no other) once the change has committed. Every
 * change is made outside the demo city (or in a year no other test reads), so the demo's figures stay as they are.
 */
@FagaiIntegrationTest
@RecordApplicationEvents
class CockpitTileEventsTest {

    private static final List<String> KEYS = List.of("economy", "projects", "approvals", "credit", "attraction", "funds", "energy",
            "supervision", "service");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TileChanges changes;
    @Autowired
    ApplicationEvents events;

    private Map<String, Long> seen() {
        return KEYS.stream().collect(Collectors.toMap(k -> k, changes::lastChange));
    }

    /** Waits until each of {@code dropped} has changed since {@code before} (the listener runs after the commit, apart). */
    private void assertDropped(Map<String, Long> before, Set<String> dropped) {
        await().atMost(Duration.ofSeconds(10)).until(() -> dropped.stream().allMatch(k -> changes.lastChange(k) > before.get(k)));
    }

    /** The tiles an event drops, and no other: heard by a listener of its own, so no other test's change can interfere. */
    private static Set<String> droppedBy(Consumer<TileChanges> event) {
        TileChanges alone = new TileChanges();
        event.accept(alone);
        return KEYS.stream().filter(k -> alone.lastChange(k) > 0).collect(Collectors.toSet());
    }

    private void send(MockHttpServletRequestBuilder request, String body) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic("admin", DEMO_PASSWORD))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isBetween(200, 299);
    }

    @Test
    void anIndicatorTargetAndAValueDropTheEconomyAndEnergyTiles() throws Exception {
        Map<String, Long> before = seen();
        send(put("/api/v1/indicators/targets"), """
                {"indicatorCode":"RETAIL","regionCode":"150102","year":2021,"growthTarget":6.5}""");
        assertThat(events.stream(IndicatorFiguresChanged.class))
                .containsExactly(new IndicatorFiguresChanged(Set.of("150102"), Set.of(2021)));
        assertDropped(before, Set.of("economy", "energy"));

        Map<String, Long> again = seen();
        send(post("/api/v1/indicators/values"), """
                {"indicatorCode":"TRADE","regionCode":"150102","period":"2021-06","value":120.5}""");
        assertThat(events.stream(IndicatorFiguresChanged.class)).hasSize(2);
        assertDropped(again, Set.of("economy", "energy"));
    }

    @Test
    void aFundsDeclarationDropsTheFundsTileOnly() throws Exception {
        String code = "3101-150102-04-01-000001";
        jdbc.sql("""
                INSERT INTO approval_application (kind, status, applicant_name, applicant_credit_code, project_code, title,
                  region_code, received_at, received_by, closed_at, closed_by, document_number)
                VALUES ('FEASIBILITY', 'APPROVED', '测试单位', '91339902MA2K0A01XX', ?, '可研批复', '150102', now(), 'city', now(), 'city',
                  '测发改审〔2031〕901号')""").param(code).update();
        Map<String, Long> before = seen();
        send(post("/api/v1/funds/applications"), """
                {"channel":"SPECIAL_BOND","projectCode":"%s","year":2031,"amountRequested":5000,"use":"管网建设","sector":"SEWAGE",
                 "asCapital":false,"projectName":"驾驶舱刷新测试项目","regionCode":"150102","totalInvestment":100000,
                 "expectedIncome":120000,"debtService":100000,"planDocument":"实施方案","financeDocument":"财务评价报告书",
                 "legalDocument":"法律意见书","landDocument":"测自然资〔2031〕1号","declaredOn":"2025-03-01"}""".formatted(code));
        assertThat(events.stream(FundsApplicationChanged.class)).singleElement()
                .satisfies(e -> assertThat(e.year()).isEqualTo(2031))
                .satisfies(e -> assertThat(e.regionCode()).isEqualTo("150102"));
        assertDropped(before, Set.of("funds"));
    }

    @Test
    void anEnergyReportDropsTheEnergyTileOnly() throws Exception {
        String company = CreditCode.withCheckDigits("91150102MA" + "000091").value();
        send(post("/api/v1/enterprises"), """
                {"creditCode":"%s","name":"驾驶舱刷新测试化工有限公司","regionCode":"150102","industryCode":"3011","flags":"KEY_ENERGY",
                 "flagYear":2021}""".formatted(company));
        Map<String, Long> before = seen();
        send(post("/api/v1/energy/reports"), """
                {"creditCode":"%s","month":"2021-03","items":[{"type":"ELECTRICITY","amount":100}]}""".formatted(company));
        assertThat(events.stream(EnergyFiguresChanged.class)).containsExactly(new EnergyFiguresChanged("REPORTS"));
        assertDropped(before, Set.of("energy"));
    }

    @Test
    void aTripAndALeadDropTheAttractionTileOnly() throws Exception {
        Map<String, Long> before = seen();
        send(post("/api/v1/attraction/trips"), """
                {"regionCode":"150102","startedOn":"2019-03-01","principal":true,"leaders":"区委书记","destination":"深圳"}""");
        assertThat(events.stream(AttractionFiguresChanged.class)).containsExactly(new AttractionFiguresChanged("150102"));
        assertDropped(before, Set.of("attraction"));

        Map<String, Long> again = seen();
        send(post("/api/v1/attraction/leads"), """
                {"investorName":"驾驶舱刷新测试投资有限公司","origin":"OUTSIDE_PROVINCE","industryCode":"3741","intendedInvestment":100000,
                 "regionCode":"150102","foundOn":"2019-03-02"}""");
        assertThat(events.stream(AttractionFiguresChanged.class)).hasSizeGreaterThanOrEqualTo(2)
                .allMatch(e -> e.regionCode().equals("150102"));
        assertDropped(again, Set.of("attraction"));
    }

    @Test
    void eachEventDropsTheTilesItsFiguresFeedAndNoOther() {
        assertThat(droppedBy(c -> c.on(new IndicatorFiguresChanged(Set.of("339900"), Set.of(2023))))).containsOnly("economy", "energy");
        assertThat(droppedBy(c -> c.on(new FundsApplicationChanged(1, 2023, "339900")))).containsOnly("funds");
        assertThat(droppedBy(c -> c.on(new EnergyFiguresChanged("TARGETS")))).containsOnly("energy");
        assertThat(droppedBy(c -> c.on(new AttractionFiguresChanged("339902")))).containsOnly("attraction");
    }
}
