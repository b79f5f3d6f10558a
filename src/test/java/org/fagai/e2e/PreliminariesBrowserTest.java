package org.fagai.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 前期手续 on the project page, the three-year rolling plan, land demand and a leader's own projects, desktop and phone. */
class PreliminariesBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private List<String> failedResponses() {
        List<String> failures = new ArrayList<>();
        page.onResponse(r -> {
            if (r.status() >= 400) {
                failures.add(r.status() + " " + r.url());
            }
        });
        return failures;
    }

    /** A demo project still in 前期 whose 可研 and 初设 are missing, its planned start long past. */
    private String projectMissingMilestones() {
        return jdbc.sql("""
                SELECT p.code FROM project p WHERE p.actual_start_date IS NULL AND p.start_month < DATE '2025-01-01'
                  AND NOT EXISTS (SELECT 1 FROM project_milestone m WHERE m.project_id = p.id AND m.kind = 'FEASIBILITY')
                ORDER BY p.id LIMIT 1""").query(String.class).single();
    }

    @Test
    void staffSeeTheChainWithOverdueStepsAndRecordTheMissingOneWithItsFile() {
        List<String> failures = failedResponses();
        String code = projectMissingMilestones();
        signIn("city");
        page.navigate(url("/projects/" + code));
        assertThat(page.locator("#milestone-chain [data-kind=PROPOSAL]")).hasAttribute("data-state", "DONE");
        assertThat(page.locator("#milestone-chain [data-kind=FEASIBILITY]")).hasAttribute("data-state", "OVERDUE");
        assertThat(page.locator("#project-land")).isVisible();
        assertThat(page.locator("#project-leaders")).isVisible();
        page.locator("#project-milestones summary").click();
        page.selectOption("#milestone-kind", "FEASIBILITY");
        page.fill("#milestone-number", "示发改审批〔2023〕88号");
        page.fill("#milestone-date", "2023-02-10");
        page.fill("#milestone-authority", "示范市发展和改革委员会");
        page.setInputFiles("#milestone-file", new com.microsoft.playwright.options.FilePayload("可研批复.pdf", "application/pdf",
                "%PDF-1.4\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        page.locator("#milestone-form button[type=submit]").click();
        assertThat(page.locator("#milestone-chain [data-kind=FEASIBILITY]")).hasAttribute("data-state", "DONE");
        assertThat(page.locator("#milestone-table [data-kind=FEASIBILITY] .milestone-file")).hasText("可研批复.pdf");
        screenshot("project-milestones");
        org.assertj.core.api.Assertions.assertThat(failures).isEmpty();
    }

    @Test
    void theRollingPlanShowsTotalsByYearRegionAndSectorAndTheLandDemandItsRegions() {
        List<String> failures = failedResponses();
        signIn("city");
        page.navigate(url("/projects/rolling-plan"));
        assertThat(page.locator("#rolling-table tbody tr").first()).isVisible();
        assertThat(page.locator("#rolling-by-region tbody tr").first()).isVisible();
        assertThat(page.locator("#rolling-by-sector tbody tr").first()).isVisible();
        assertThat(page.locator("#rolling-table .rolling-selected").first()).isVisible();
        screenshot("rolling-plan");
        page.navigate(url("/projects/land"));
        assertThat(page.locator("#land-by-region tbody tr").first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(failures).isEmpty();
    }

    @Test
    void onAPhoneTheChainTheRollingPlanAndTheLeadersProjectsFitTheScreen() {
        String code = projectMissingMilestones();
        onPhone();
        signIn("leader");
        page.navigate(url("/projects/mine"));
        assertThat(page.locator("#mine-table tbody tr[data-code]").first()).isVisible();
        assertNoOverflow();
        page.navigate(url("/projects/" + code));
        assertThat(page.locator("#milestone-chain")).isVisible();
        assertNoOverflow();
        screenshot("project-milestones-phone");
        page.navigate(url("/projects/rolling-plan"));
        assertThat(page.locator("#rolling-table tbody tr").first()).isVisible();
        assertNoOverflow();
        screenshot("rolling-plan-phone");
    }

    private void assertNoOverflow() {
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
        org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
    }
}
