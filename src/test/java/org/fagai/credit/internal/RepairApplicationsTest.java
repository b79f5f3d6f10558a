package org.fagai.credit.internal;

import static org.fagai.credit.internal.CreditApiTest.as;
import static org.fagai.credit.internal.CreditApiTest.penalty;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.fagai.FagaiIntegrationTest;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@FagaiIntegrationTest
class RepairApplicationsTest {

    /** The demo enterprise account's own credit code (示范市东湖精密机械有限公司). */
    static final String ENTERPRISE = "91339902MA0000015J";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    int publishedPenalty(String category, LocalDate decided) throws Exception {
        int id = JsonPath.read(mvc.perform(post("/api/v1/credit/penalties").contentType(MediaType.APPLICATION_JSON)
                        .content(penalty(category, decided.toString(), "2099-12-31", ENTERPRISE, null)).with(as("city")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
        mvc.perform(post("/api/v1/credit/disclosures/penalty/" + id + "/publish").with(as("city"))).andExpect(status().isOk());
        return id;
    }

    static MockMultipartFile pdf(String name) {
        return new MockMultipartFile("files", name, "application/pdf", PDF);
    }

    @Test
    void aRepairIsRefusedBeforeTheMinimumPeriodAndGrantedAfterItEndingPublicationOnThePublicPage() throws Exception {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        int early = publishedPenalty("FOOD", today.minusYears(1).plusDays(1));
        mvc.perform(multipart("/api/v1/credit/repairs").file(pdf("缴款凭证.pdf")).param("penaltyId", String.valueOf(early))
                        .param("reason", "已缴纳罚款并整改").param("commitment", "承诺守信经营").with(as("enterprise")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("最短公示期未满")));

        int due = publishedPenalty("FOOD", today.minusYears(1));
        String document = jdbc.sql("SELECT cf_wsh FROM credit_penalty WHERE id = ?").param(due).query(String.class).single();
        mvc.perform(get("/public/credit").param("q", ENTERPRISE)).andExpect(content().string(containsString(document)));
        String body = mvc.perform(multipart("/api/v1/credit/repairs").file(pdf("缴款凭证.pdf")).file(pdf("整改报告.pdf"))
                        .param("penaltyId", String.valueOf(due)).param("reason", "已缴纳罚款并完成整改")
                        .param("commitment", "承诺守信经营").with(as("enterprise")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.materials.length()").value(2))
                .andExpect(jsonPath("$.dueDate").value(calendar.current().addWorkingDays(today, 5).deadline().toString()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        int id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/credit/repairs?status=SUBMITTED&size=100").with(as("city")))
                .andExpect(jsonPath("$.items[*].id", hasItem(id)));
        // On the credit section's to-do list, due on the limit's last working day.
        mvc.perform(get("/api/v1/todo").with(as("city")))
                .andExpect(jsonPath("$[?(@.kind == 'credit.repair')].title", hasItem("信用修复申请：" + document + " 测试相对人")));
        mvc.perform(post("/api/v1/credit/repairs/" + id + "/decide").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"granted\":false}").with(as("city")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/credit/repairs/" + id + "/decide").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"granted\":true}").with(as("enterprise")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/credit/repairs/" + id + "/decide").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"granted\":true,\"reason\":\"材料齐全，准予修复\"}").with(as("city")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("GRANTED"));
        mvc.perform(get("/public/credit").param("q", ENTERPRISE)).andExpect(content().string(not(containsString(document))));
        mvc.perform(post("/api/v1/credit/repairs/" + id + "/decide").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"granted\":true}").with(as("city")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anApplicationNeedsMaterialsThatPassTheUploadGuardAndOnlyTheEnterpriseItselfMayApply() throws Exception {
        int due = publishedPenalty("GENERAL", LocalDate.now(ChinaTime.ZONE).minusMonths(4));
        mvc.perform(multipart("/api/v1/credit/repairs").param("penaltyId", String.valueOf(due)).with(as("enterprise")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("reason", "commitment", "files")));
        MockMultipartFile renamed = new MockMultipartFile("files", "证明.pdf", "application/pdf",
                "=cmd|' /C calc'!A0".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/credit/repairs").file(renamed).param("penaltyId", String.valueOf(due))
                        .param("reason", "已整改").param("commitment", "承诺").with(as("enterprise")))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(multipart("/api/v1/credit/repairs").file(pdf("a.pdf")).param("penaltyId", String.valueOf(due))
                        .param("reason", "已整改").param("commitment", "承诺").with(as("owner")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/credit/repairs").file(pdf("a.pdf")).param("penaltyId", "abc").with(as("enterprise")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/credit/repairs?size=100").with(as("enterprise")))
                .andExpect(jsonPath("$.items[*].creditCode", not(hasItem("91339903MA2K0K10XN"))));
    }
}
