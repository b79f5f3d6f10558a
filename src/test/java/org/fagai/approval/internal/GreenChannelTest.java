package org.fagai.approval.internal;

import static org.fagai.approval.internal.ApprovalApiTest.as;
import static org.fagai.approval.internal.ApprovalApiTest.json;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.fagai.FagaiIntegrationTest;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.CreditCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** 守信激励 in approvals: approval asks credit (CreditIncentives) at filing and acceptance; it never reads credit's tables. */
@FagaiIntegrationTest
class GreenChannelTest {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 9000));

    @Autowired
    MockMvc mvc;

    static String freshCode() {
        return CreditCode.withCheckDigits("91339902MA3R" + String.format("%04d", 1000 + SERIAL.incrementAndGet() % 9000)).value();
    }

    void redList(String code, String incentives) throws Exception {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        mvc.perform(json(post("/api/v1/credit/red-list"), """
                        {"entityName":"示范市守信样板有限公司","creditCode":"%s","source":"纳税信用A级","sourceDocument":"示税发〔2026〕8号",
                         "incentives":[%s],"validFrom":"%s","validTo":"%s"}""".formatted(code, incentives, today.minusMonths(1),
                        today.plusYears(2))).with(as("city")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inForce").value(true));
    }

    long fileAndAccept(String kind, String code) throws Exception {
        String body = mvc.perform(json(post("/api/v1/approvals"), """
                        {"kind":"%s","applicantName":"示范市守信样板有限公司","applicantCreditCode":"%s",
                         "projectCode":"2406-339902-04-03-000777","title":"绿色通道测试","receivedAt":"2024-09-27T15:30"}"""
                        .formatted(kind, code)).with(as("city")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(json(post("/api/v1/approvals/" + id + "/accept"), "{\"at\":\"2024-09-27T16:00\"}").with(as("city")))
                .andExpect(status().isOk());
        return id;
    }

    @Test
    void aRedListedApplicantIsMarkedAndAFilingGetsTheShorterFourHourLimit() throws Exception {
        String code = freshCode();
        redList(code, "\"GREEN_CHANNEL\"");
        long listed = fileAndAccept("FILING", code);
        // 4 working hours from Friday 27 Sep 2024 16:00: two that day, two on the working Sunday 29 Sep (09:00–11:00).
        mvc.perform(get("/api/v1/approvals/" + listed).with(as("city")))
                .andExpect(jsonPath("$.limitValue").value(4))
                .andExpect(jsonPath("$.deadline").value("2024-09-29T11:00"))
                .andExpect(jsonPath("$.creditCheck.redListed").value(true))
                .andExpect(jsonPath("$.creditCheck.greenChannel").value(true));
        long other = fileAndAccept("FILING", freshCode());
        mvc.perform(get("/api/v1/approvals/" + other).with(as("city")))
                .andExpect(jsonPath("$.limitValue").value(8))
                .andExpect(jsonPath("$.deadline").value("2024-09-29T16:00"))
                .andExpect(jsonPath("$.creditCheck.redListed").value(false))
                .andExpect(jsonPath("$.creditCheck.greenChannel").value(false));
    }

    @Test
    void theRedListsDetailReadsInTheReadersLanguageInTheStatusAndOnTheApplication() throws Exception {
        String code = freshCode();
        redList(code, "\"GREEN_CHANNEL\"");
        String until = LocalDate.now(ChinaTime.ZONE).plusYears(2).toString();
        mvc.perform(get("/api/v1/credit/red-list/status/" + code).with(as("city")))
                .andExpect(jsonPath("$.detail").value("守信激励对象：纳税信用A级（示税发〔2026〕8号，至 " + until + "）"));
        mvc.perform(get("/api/v1/credit/red-list/status/" + code + "?lang=en").with(as("city")))
                .andExpect(jsonPath("$.detail").value("Trustworthy entity: 纳税信用A级 (示税发〔2026〕8号, until " + until + ")"));
        mvc.perform(get("/api/v1/credit/red-list/status/" + freshCode() + "?lang=en").with(as("city")))
                .andExpect(jsonPath("$.detail").value("Not on the list of trustworthy entities"));
        long listed = fileAndAccept("FILING", code);
        mvc.perform(get("/api/v1/approvals/" + listed + "?lang=en").with(as("city")))
                .andExpect(jsonPath("$.creditCheck.redListDetail").value("Trustworthy entity: 纳税信用A级 (示税发〔2026〕8号, until " + until + ")"));
        mvc.perform(get("/api/v1/approvals/" + listed).with(as("city")))
                .andExpect(jsonPath("$.creditCheck.redListDetail").value("守信激励对象：纳税信用A级（示税发〔2026〕8号，至 " + until + "）"));
    }

    @Test
    void aKindThatDoesNotShortenAndAnEntryWithoutTheGreenChannelOnlyMarkTheApplication() throws Exception {
        String code = freshCode();
        redList(code, "\"GREEN_CHANNEL\"");
        long approval = fileAndAccept("APPROVAL", code);
        mvc.perform(get("/api/v1/approvals/" + approval).with(as("city")))
                .andExpect(jsonPath("$.limitValue").value(20))
                .andExpect(jsonPath("$.creditCheck.redListed").value(true))
                .andExpect(jsonPath("$.creditCheck.greenChannel").value(false));
        String lending = freshCode();
        redList(lending, "\"CREDIT_LENDING\"");
        long filing = fileAndAccept("FILING", lending);
        mvc.perform(get("/api/v1/approvals/" + filing).with(as("city")))
                .andExpect(jsonPath("$.limitValue").value(8))
                .andExpect(jsonPath("$.creditCheck.redListed").value(true))
                .andExpect(jsonPath("$.creditCheck.greenChannel").value(false));
    }

    @Test
    void theGreenChannelLimitIsConfigurableByAdministratorsOnlyAndMustBeShorter() throws Exception {
        mvc.perform(json(put("/api/v1/approvals/kinds/APPROVAL/green-channel"), "{\"limit\":15}").with(as("city")))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/approvals/kinds/APPROVAL/green-channel"), "{\"limit\":20}").with(as("admin")))
                .andExpect(status().is4xxClientError());
        mvc.perform(json(put("/api/v1/approvals/kinds/APPROVAL/green-channel"), "{\"limit\":15}").with(as("admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.limit").value(15));
        String code = freshCode();
        redList(code, "\"GREEN_CHANNEL\"");
        mvc.perform(get("/api/v1/approvals/" + fileAndAccept("APPROVAL", code)).with(as("city")))
                .andExpect(jsonPath("$.limitValue").value(15));
        mvc.perform(json(put("/api/v1/approvals/kinds/APPROVAL/green-channel"), "{\"limit\":null}").with(as("admin")))
                .andExpect(status().isOk());
    }

    @Test
    void theRedListRefusesADishonestSubjectAndBadInputNamingTheField() throws Exception {
        mvc.perform(json(post("/api/v1/credit/red-list"), """
                        {"entityName":"西山恒达建材有限公司","creditCode":"%s","source":"诚信典型","sourceDocument":"示发改信用〔2026〕1号",
                         "incentives":["GREEN_CHANNEL"],"validFrom":"2026-01-01","validTo":"2027-01-01"}"""
                        .formatted(ApprovalApiTest.LISTED_CODE)).with(as("city")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("creditCode")));
        mvc.perform(json(post("/api/v1/credit/red-list"), """
                        {"entityName":"","creditCode":"9133","source":"","sourceDocument":"","incentives":[],
                         "validFrom":"2026-01-01","validTo":"2035-01-01"}""").with(as("city")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("entityName", "creditCode", "source", "sourceDocument",
                        "incentives", "validTo")));
        mvc.perform(json(post("/api/v1/credit/red-list"), """
                        {"entityName":"x","creditCode":"%s","source":"x","sourceDocument":"x","incentives":["EVERYTHING"],
                         "validFrom":"2026-01-01","validTo":"2027-01-01"}""".formatted(freshCode())).with(as("city")))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/credit/red-list"), "{\"entityName\":\"x\"}").with(as("owner")))
                .andExpect(status().isForbidden());
    }
}
