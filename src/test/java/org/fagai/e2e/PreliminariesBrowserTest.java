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

    @Autowired
    org.fagai.shared.web.Formats fmt;

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
        assertThat(page.locator("#mine-by-type [data-type=GOVERNMENT] .mine-type-count")).containsText("个项目");
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

    @Test
    void anAdministratorSetsTheRequiredMilestonesOfAnInvestmentTypeOnItsPage() {
        List<String> failures = failedResponses();
        signIn("admin");
        page.navigate(url("/admin/project-milestone-requirements"));
        var enterprise = page.locator("#requirements-ENTERPRISE");
        assertThat(enterprise.locator("#kind-ENTERPRISE-PROPOSAL")).isChecked();
        assertThat(enterprise.locator("#kind-ENTERPRISE-EIA")).not().isChecked();
        assertThat(page.locator("#requirements-GOVERNMENT .requirement-chain")).hasText("立项（建议书/核准/备案） → 可行性研究报告 → 初步设计");
        enterprise.locator("#kind-ENTERPRISE-EIA").check();
        enterprise.locator("button[type=submit]").click();
        assertThat(page.locator(".alert-success")).containsText("企业投资");
        assertThat(page.locator("#requirements-ENTERPRISE .requirement-chain")).hasText("立项（建议书/核准/备案） → 环评");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE target_type = "
                + "'project_milestone_requirement' AND target_id = 'ENTERPRISE'").query(String.class).list().stream()
                .map(fmt::storedChinese)).anyMatch(d -> d.contains("环境影响评价"));
        page.locator("#requirements-ENTERPRISE #kind-ENTERPRISE-EIA").uncheck();   // as the demo had it
        page.locator("#requirements-ENTERPRISE button[type=submit]").click();
        assertThat(page.locator("#requirements-ENTERPRISE .requirement-chain")).hasText("立项（建议书/核准/备案）");
        org.assertj.core.api.Assertions.assertThat(failures).isEmpty();
        onPhone();
        signIn("admin");
        page.navigate(url("/admin/project-milestone-requirements"));
        assertThat(page.locator("#requirements-GOVERNMENT")).isVisible();
        assertNoOverflow();
        screenshot("milestone-requirements-phone");
    }

    @Test
    void staffCannotOpenTheRequiredMilestonesPage() {
        signIn("city");
        var response = page.navigate(url("/admin/project-milestone-requirements"));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
    }

    private void assertNoOverflow() {
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
        org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
    }
}
