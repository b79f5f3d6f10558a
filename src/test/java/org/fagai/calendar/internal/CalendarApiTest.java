package org.fagai.calendar.internal;

import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@FagaiIntegrationTest
class CalendarApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdjustedWorkingSundayIsAWorkdayNamedAfterItsHoliday() throws Exception {
        mvc.perform(get("/api/v1/calendar/days/2024-09-29").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"date":"2024-09-29","workday":true,"name":"国庆节"}"""));
    }

    @Test
    void aHolidayIsNotAWorkdayAndAnOrdinaryDayHasNoName() throws Exception {
        mvc.perform(get("/api/v1/calendar/days/2025-01-29").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.workday").value(false))
                .andExpect(jsonPath("$.name").value("春节"));
        mvc.perform(get("/api/v1/calendar/days/2024-09-30").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.workday").value(true))
                .andExpect(jsonPath("$.name").value(nullValue()));
    }

    @Test
    void threeWorkingDaysFromTheFridayBeforeNationalDay2024EndOnOctoberEighth() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline?from=2024-09-27&workingDays=3").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2024-10-08"))
                .andExpect(jsonPath("$.provisional").value(false));
    }

    @Test
    void eightWorkingHoursFromFridayFourPmEndOnTheWorkingSunday() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline?from=2024-09-27T16:00&workingHours=8").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.deadline").value("2024-09-29T16:00"))
                .andExpect(jsonPath("$.provisional").value(false));
    }

    @Test
    void aDeadlineReachingAnUnannouncedYearIsProvisional() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline?from=2026-12-28&workingDays=10").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.deadline").value("2027-01-11"))
                .andExpect(jsonPath("$.provisional").value(true));
        mvc.perform(get("/api/v1/calendar/deadline?from=2026-12-30T17:00&workingHours=16").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.provisional").value(true));
    }

    @Test
    void aMalformedStartOrMissingLimitIsAProblemNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline?from=2024-13-01&workingDays=3").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/calendar/deadline?from=2024-09-27").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("workingDays")));
    }

    @Test
    void withoutCredentialsTheApiAnswersAProblemNotALoginPage() throws Exception {
        mvc.perform(get("/api/v1/calendar/days/2024-09-29"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void onlyAnAdministratorMayChangeADay() throws Exception {
        mvc.perform(put("/api/v1/calendar/days/2031-05-06").with(httpBasic("city", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"HOLIDAY","name":"测试"}"""))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anAdministratorsDayChangeTakesEffectAndIsAudited() throws Exception {
        mvc.perform(put("/api/v1/calendar/days/2031-05-07").with(httpBasic("admin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"HOLIDAY","name":"劳动节"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workday").value(false))
                .andExpect(jsonPath("$.name").value("劳动节"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE target_type = 'calendar' AND target_id = '2031-05-07' AND actor = 'admin'")
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(put("/api/v1/calendar/days/2031-05-07").with(httpBasic("admin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"ORDINARY"}"""))
                .andExpect(jsonPath("$.workday").value(true))
                .andExpect(jsonPath("$.name").value(nullValue()));
    }

    @Test
    void aNewYearsScheduleIsLoadedFromJsonAndEndsTheProvisionalFlag() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline?from=2032-09-30&workingDays=2").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.provisional").value(true));
        String schedule = """
                {"year":2032,"papers":["https://www.gov.cn/example"],"days":[
                  {"name":"国庆节","date":"2032-10-01","isOffDay":true},
                  {"name":"国庆节","date":"2032-10-04","isOffDay":true},
                  {"name":"国庆节","date":"2032-10-09","isOffDay":false}]}""";
        mvc.perform(post("/api/v1/calendar/schedules").with(httpBasic("admin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(schedule))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2032))
                .andExpect(jsonPath("$.announced").value(true))
                .andExpect(jsonPath("$.holidayCount").value(2))
                .andExpect(jsonPath("$.adjustedWorkdayCount").value(1));
        // 2032-09-30 is a Thursday; 10-01 and 10-04 are off, 10-02/03 a weekend: 2 working days end on 10-06.
        mvc.perform(get("/api/v1/calendar/deadline?from=2032-09-30&workingDays=2").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.deadline").value("2032-10-06"))
                .andExpect(jsonPath("$.provisional").value(false));
        mvc.perform(get("/api/v1/calendar/schedules").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(jsonPath("$[*].year", hasItem(2032)));
    }

    @Test
    void aScheduleWithBadEntriesIsRefusedWholeWithEveryErrorNamed() throws Exception {
        String schedule = """
                {"year":2033,"papers":[],"days":[
                  {"name":"元旦","date":"2033-01-01","isOffDay":true},
                  {"name":"","date":"2033-01-02","isOffDay":true},
                  {"name":"春节","date":"2033/01/31","isOffDay":true},
                  {"name":"春节","date":"2033-02-01","isOffDay":"yes"}]}""";
        mvc.perform(post("/api/v1/calendar/schedules").with(httpBasic("admin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(schedule))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("第2条")));
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_day WHERE day BETWEEN '2033-01-01' AND '2033-12-31'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_year WHERE year = 2033").query(Long.class).single()).isZero();
    }
}
