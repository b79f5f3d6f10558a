package org.fagai.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnergyBrowserTest extends BrowserTest {

    private List<String> failures() {
        List<String> failures = new ArrayList<>();
        page.onResponse(r -> {
            if (r.status() >= 400) {
                failures.add(r.status() + " " + r.url());
            }
        });
        return failures;
    }

    @Test
    void aLeaderReadsTheCitysEnergyAccountsReviewsChecksAndPublishedResults() {
        List<String> failures = failures();
        signIn("leader");
        page.navigate(url("/energy?year=2023&month=12"));
        assertThat(page.locator("main")).containsText("2023");
        page.navigate(url("/energy/reports?year=2023&month=11"));
        assertThat(page.locator("#reports-table tbody tr").first()).containsText("2023");
        page.navigate(url("/energy/reviews?warnings=true"));
        assertThat(page.locator("#reviews-table")).containsText("意见已失效");
        page.navigate(url("/energy/checks"));
        assertThat(page.locator("#checks-table")).containsText("差异待整改");
        page.navigate(url("/energy/assessments?year=2023"));
        assertThat(page.locator("#assessments-table tbody tr").first()).containsText("2023");
        // the four published by the demo (other tests may publish more); leaders never see the scoring form
        org.assertj.core.api.Assertions.assertThat(page.locator("#assessments-table tbody tr").count()).isGreaterThanOrEqualTo(4);
        assertThat(page.locator("#assessment-form")).hasCount(0);
        screenshot("energy-assessments");
        org.assertj.core.api.Assertions.assertThat(failures).isEmpty();
    }

    @Test
    void staffFileAReviewThatNeedsNoneAndSeeItFlaggedOnAPhone() {
        onPhone();
        signIn("city");
        page.navigate(url("/energy/reviews"));
        page.fill("#rv-code", "2024-339902-44-03-990001");
        page.fill("#rv-name", "浏览器测试仓储项目");
        page.fill("#rv-region", "339902");
        page.fill("#rv-tce", "600");
        page.fill("#rv-kwh", "200");
        page.locator("#review-form").evaluate("form => form.requestSubmit()");
        assertThat(page.locator("#review-class")).hasText("不单独进行节能审查");
        assertThat(page.locator("#review-flag")).containsText("不再单独进行节能审查");
        page.waitForLoadState();
        Number width = (Number) page.evaluate("document.querySelector('main').scrollWidth");
        org.assertj.core.api.Assertions.assertThat(width.intValue()).as("the page's own content fits 390 px").isLessThanOrEqualTo(400);
        page.navigate(url("/energy?year=2023&month=12"));
        page.waitForLoadState();
        width = (Number) page.evaluate("document.querySelector('main').scrollWidth");
        org.assertj.core.api.Assertions.assertThat(width.intValue()).as("the overview fits 390 px").isLessThanOrEqualTo(400);
        screenshot("energy-review-phone");
    }

    @Test
    void anAdministratorOpensTheScorecardFromTheAssessmentsAndIsToldWhenTheWeightsMissOneHundred() {
        List<String> failures = failures();
        onPhone();
        signIn("admin");
        page.navigate(url("/energy/assessments"));
        page.click("#scorecard-link");
        assertThat(page.locator("#sc-name-3")).hasValue("节能重点工作任务落实情况");
        page.fill("#sc-weight-3", "25");
        page.locator("#scorecard-form").evaluate("form => form.requestSubmit()");
        assertThat(page.locator("main")).containsText("调整后为105");
        assertThat(page.locator("#sc-weight-3")).hasValue("20.00");
        page.waitForLoadState();
        Number width = (Number) page.evaluate("document.querySelector('main').scrollWidth");
        org.assertj.core.api.Assertions.assertThat(width.intValue()).as("the scorecard fits 390 px").isLessThanOrEqualTo(400);
        screenshot("energy-scorecard-phone");
        org.assertj.core.api.Assertions.assertThat(failures).isEmpty();
    }
}
