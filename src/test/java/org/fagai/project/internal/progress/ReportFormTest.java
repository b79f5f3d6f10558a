package org.fagai.project.internal.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The monthly report form lists the owner's projects with the months open for each, read for all of them at once. */
@FagaiIntegrationTest
class ReportFormTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(810_000);

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    private String as(String user, MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request.with(httpBasic(user, DEMO_PASSWORD))).andExpect(status().is(status)).andReturn()
                .getResponse().getContentAsString();
    }

    /** Last year: its months are within the form's look-back of 36 months. */
    private int year() {
        return LocalDate.now(clock).getYear() - 1;
    }

    /** A project of the unit on last year's list. */
    private String ownersProject(String creditCode, String region) throws Exception {
        String code = (year() % 100) + "01-" + region + "-04-01-" + SERIAL.incrementAndGet();
        as("city", post("/api/v1/projects").contentType(MediaType.APPLICATION_JSON).content("""
                {"code":"%s","name":"填报表单测试项目","ownerUnit":"测试公司","ownerCreditCode":"%s",
                 "regionCode":"%s","industryCode":"3741","totalInvestment":10000,"fundSelf":10000,
                 "completedBefore":0,"stage":"前期","startMonth":"%d-01","endMonth":"%d-12",
                 "planYear":%d,"level":"市级","nature":"新建","plannedInvestment":4000}""".formatted(code, creditCode, region, year(),
                year() + 1, year())), 201);
        return code;
    }

    private void reopen(String code, String month) throws Exception {
        as("city", post("/api/v1/projects/" + code + "/progress/" + month + "/reopen"), 200);
    }

    private static String monthsOffered(String form, String code) {
        Matcher option = Pattern.compile("<option value=\"" + Pattern.quote(code) + "\"[^>]*data-months=\"([^\"]*)\"").matcher(form);
        return option.find() ? option.group(1) : null;
    }

    @Test
    void eachProjectOffersItsReopenedMonthsOfTheYearsItIsListedIn() throws Exception {
        String first = ownersProject("913399027345678902", "339902");
        String second = ownersProject("913399027345678902", "339902");
        String otherUnits = ownersProject("91350100M000100Y43", "339902");
        int y = year();
        reopen(first, y + "-04");
        reopen(first, y + "-07");
        reopen(first, (y - 1) + "-12");     // the project is on no list of that year: not open to report
        reopen(second, y + "-02");
        reopen(otherUnits, y + "-03");

        String form = mvc.perform(get("/projects/report").session(Sessions.signIn(mvc, "owner"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(monthsOffered(form, first)).isEqualTo(y + "-07," + y + "-04");
        assertThat(monthsOffered(form, second)).isEqualTo(y + "-02");
        assertThat(form).as("another unit's project").doesNotContain(otherUnits);
    }
}
