package org.fagai.project.internal.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The monthly report form lists the owner's projects with the months open for each, read for all of them at once; the
 * sentence after a report reaches the project page in the reader's language.
 */
@FagaiIntegrationTest
class ReportFormTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(810_000);

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

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

    @Test
    void theSavedSentenceReachesTheProjectPageInTheReadersLanguageWithoutASessionWrite() throws Exception {
        String code = ownersProject("913399027345678902", "339902");
        String month = year() + "-05";
        reopen(code, month);
        MockHttpSession session = Sessions.signIn(mvc, "owner");
        Cookie english = new Cookie("FAGAI_LANG", "en");
        long flashRows = flashRowsInSessions();

        MockHttpServletResponse posted = mvc.perform(post("/projects/report").session(session).cookie(english).with(csrf())
                        .param("code", code).param("month", month).param("completedInvestment", "120")
                        .param("siteStatus", "主体施工").param("problems", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();
        Cookie flash = posted.getCookie("FAGAI_FLASH");

        assertThat(flash).as("the sentence travels in the flash cookie").isNotNull();
        assertThat(flashRowsInSessions()).as("no flash attribute written to a session").isEqualTo(flashRows);
        String page = mvc.perform(get(posted.getRedirectedUrl()).session(session).cookie(english, flash))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Progress of " + month + " reported");
        String again = mvc.perform(get(posted.getRedirectedUrl()).session(session).cookie(english))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).as("shown once").doesNotContain("Progress of " + month + " reported");
    }

    private long flashRowsInSessions() {
        return jdbc.sql("SELECT count(*) FROM spring_session_attributes WHERE attribute_name LIKE '%FLASH_MAPS'")
                .query(Long.class).single();
    }
}
