package org.fagai.enterprise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fagai.enterprise.internal.EnterpriseApiTest.as;
import static org.fagai.enterprise.internal.EnterpriseApiTest.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.fagai.FagaiIntegrationTest;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.WorkCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@FagaiIntegrationTest
class PetitionLimitsTest {

    @Autowired
    WorkingCalendar calendar;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    PetitionLimits limits = PetitionLimits.REGULATION;

    @Test
    void fifteenDaysFromTheSixteenthOfSeptemberEndOnTheFirstWorkingDayAfterNationalDay() {
        WorkCalendar c = calendar.current();
        assertThat(limits.acceptDue(LocalDate.of(2024, 9, 16), c)).isEqualTo("2024-10-08");
        assertThat(limits.acceptDue(LocalDate.of(2024, 9, 22), c)).as("10-07 is the last holiday").isEqualTo("2024-10-08");
        assertThat(limits.acceptDue(LocalDate.of(2024, 9, 14), c)).as("Sunday 09-29 is an adjusted working day").isEqualTo("2024-09-29");
        assertThat(limits.acceptDue(LocalDate.of(2024, 9, 10), c)).as("a plain working day stays").isEqualTo("2024-09-25");
    }

    @Test
    void sixtyDaysFromAcceptanceAndOneExtensionOfAtMostThirty() {
        WorkCalendar c = calendar.current();
        assertThat(limits.answerDue(LocalDate.of(2024, 8, 2), 0, c)).as("08-02 + 60 = 10-01, National Day").isEqualTo("2024-10-08");
        assertThat(limits.answerDue(LocalDate.of(2024, 8, 2), 30, c)).isEqualTo("2024-10-31");
        assertThat(limits.answerDue(LocalDate.of(2024, 8, 9), 0, c)).as("10-08 is a working Tuesday").isEqualTo("2024-10-08");
        assertThatThrownBy(() -> limits.answerDue(LocalDate.of(2024, 8, 2), 31, c)).isInstanceOf(FieldErrors.class);
    }

    @Test
    void aCaseIsAcceptedOntoTheLoopExtendedOnceWithItsItemsDeadlineAndAnsweredWithItsLimitsKept() throws Exception {
        long unit = jdbc.sql("SELECT department_id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        long district = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        long id = DemandLoopTest.id(mvc.perform(json(post("/api/v1/petitions"), """
                        {"petitioner":"张某","regionCode":"339902","content":"反映企业噪声扰民","receivedOn":"2024-09-16"}""")
                        .with(as("city")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("RECEIVED"))
                .andExpect(jsonPath("$.acceptDue").value("2024-10-08")), "$.id");
        mvc.perform(json(post("/api/v1/petitions/" + id + "/decision"), """
                        {"accept":true,"on":"2024-10-08","departmentId":%d,"leadPersonId":%d}""".formatted(unit, district))
                        .with(as("city")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACCEPTED"))
                .andExpect(jsonPath("$.acceptedOnTime").value(true))
                .andExpect(jsonPath("$.answerDue").value("2024-12-09"))
                .andExpect(jsonPath("$.itemId").isNumber());
        mvc.perform(json(post("/api/v1/petitions/" + id + "/extension"), """
                        {"days":30,"reason":"需现场检测"}""").with(as("city")))
                .andExpect(jsonPath("$.answerDue").value("2025-01-06"));
        long item = jdbc.sql("SELECT item_id FROM petition WHERE id = ?").param(id).query(Long.class).single();
        mvc.perform(get("/api/v1/supervision/items/" + item).with(as("city")))
                .andExpect(jsonPath("$.deadline").value("2025-01-06"));
        mvc.perform(get("/api/v1/supervision/items/" + item + "/timeline").with(as("city")))
                .andExpect(jsonPath("$[?(@.kind == 'DEADLINE_MOVED')].note")
                        .value(org.hamcrest.Matchers.contains("期限由 2024-12-09 调整为 2025-01-06：信访件依法延长办理期限 30 日：需现场检测")));
        mvc.perform(json(post("/api/v1/petitions/" + id + "/extension"), """
                        {"days":5,"reason":"再延"}""").with(as("city"))).andExpect(status().isConflict());
        mvc.perform(json(post("/api/v1/petitions/" + id + "/answer"), """
                        {"on":"2025-01-06","answer":"已责令企业整改并复测达标"}""").with(as("city")))
                .andExpect(jsonPath("$.state").value("ANSWERED"))
                .andExpect(jsonPath("$.answeredOnTime").value(true));
    }
}
