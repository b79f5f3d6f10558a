package org.fagai.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class BlockerLoopBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficerRoutesABlockerOnTheProjectPageAndSeesTheStateOfItsItem() {
        String code = jdbc.sql("SELECT code FROM project WHERE region_code = '339902' ORDER BY code DESC LIMIT 1").query(String.class).single();
        signIn("city");
        page.navigate(url("/projects/" + code));
        Locator raise = page.locator("#blockers form[action$='/blockers']");
        raise.locator("select[name=category]").selectOption("DEMOLITION");
        raise.locator("input[name=description]").fill("浏览器测试：拆迁户未签约需转督办");
        raise.locator("input[name=department]").fill("东湖区人民政府");
        raise.locator("button[type=submit]").click();

        Locator row = page.locator("#project-blockers tr", new Page.LocatorOptions().setHasText("浏览器测试：拆迁户未签约需转督办"));
        assertThat(row.locator(".fagai-loop")).hasCount(0);
        row.locator("select[name=leadUnitId]").selectOption(new SelectOption().setLabel("综合科"));
        row.locator("select[name=leadPersonId]").selectOption(new SelectOption().setLabel("王科员"));
        row.locator(".fagai-route button[type=submit]").click();

        Locator routed = page.locator("#project-blockers tr", new Page.LocatorOptions().setHasText("浏览器测试：拆迁户未签约需转督办"));
        assertThat(routed.locator(".fagai-loop")).hasText("待签收 · 王科员");
        assertThat(routed.locator(".fagai-route")).hasCount(0);
        routed.locator(".fagai-loop").click();
        assertThat(page.locator("#item-state")).hasText("待签收");
        assertThat(page.locator("#item-title")).containsText("项目问题");
    }
}
