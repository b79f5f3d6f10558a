package org.fagai.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class EnterpriseBrowserTest extends BrowserTest {

    private static final String MINE = "91339902MA0000015J";

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEnterpriseAccountSeesOnlyItsOwnPagesNoSearchBoxAndRaisesADemandThatStaffRoute() {
        signIn("enterprise");
        assertThat(page.locator("#sidebar")).containsText("本企业");
        assertThat(page.locator("#sidebar")).containsText("企业诉求");
        assertThat(page.locator("#sidebar")).not().containsText("项目库");
        assertThat(page.locator("#global-search")).hasCount(0);
        page.click("#sidebar >> text=本企业");
        assertThat(page.locator("#enterprise-name")).hasText("示范市东湖精密机械有限公司");
        page.selectOption("#raise-category", "LAND");
        page.fill("#raise-content", "浏览器测试：扩建厂房需新增用地");
        page.click("#raise");
        assertThat(page.locator("#demand-state")).hasText("待派单");
        String demand = page.url();
        org.assertj.core.api.Assertions.assertThat(page.navigate(url("/projects")).status()).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(page.navigate(url("/search?q=有限公司")).status()).isEqualTo(403);

        page.navigate(url("/"));
        page.click("#logout");
        signIn("city");
        assertThat(page.locator("#global-search")).isVisible();
        page.navigate(demand);
        page.selectOption("#leadPersonId", new SelectOption().setLabel("系统管理员"));
        page.click("#route");
        assertThat(page.locator("#demand-state")).hasText("办理中");
        screenshot("enterprise-demand-routed");
    }

    @Test
    void staffRecordAVisitWithADemandOnAPhoneThroughTheMenu() {
        onPhone();
        signIn("district");
        assertThat(page.locator("#sidebar-panel")).not().isInViewport();
        page.click("#menu-toggle");
        page.click("#sidebar a[data-nav='enterprises']");
        assertThat(page.locator("#sidebar-panel")).not().isInViewport();
        page.fill("#q", "东湖精密");
        page.press("#q", "Enter");
        page.click("#enterprise-table >> text=示范市东湖精密机械有限公司");
        page.fill("#metWith", "刘强（总经理）");
        page.fill("#discussed", "浏览器测试：了解四季度订单情况");
        page.selectOption("#demandCategory", "LABOUR");
        page.fill("#demandContent", "浏览器测试：急需数控技工20人");
        page.setInputFiles("#photo", new FilePayload[] {new FilePayload("visit.png", "image/png", png()),
                new FilePayload("workshop.png", "image/png", png())});
        page.click("#save-visit");
        assertThat(page.locator("#visits")).containsText("浏览器测试：了解四季度订单情况");
        assertThat(page.locator("#visits li").first().locator("a[href*='/enterprises/photos/']")).hasCount(2);
        assertThat(page.locator("#profile-demands")).containsText("浏览器测试：急需数控技工20人");
        assertFitsThePhone();
        screenshot("enterprise-visit-phone");
    }

    @Test
    void anInspectorRecordsAnInspectionWithAPhotoOnAPhoneAndIssuesTheNotice() {
        onPhone();
        signIn("city");
        page.click("#menu-toggle");
        page.click("#sidebar a[data-nav='safety']");
        assertThat(page.locator("#safety-stats")).isVisible();
        assertFitsThePhone();
        page.click("#new-inspection");
        page.selectOption("#check-DUST", "DUST:FAIL");
        page.fill("#hazard0", "浏览器测试：锯石机传动皮带无防护罩");
        page.selectOption("#level0", "MAJOR");
        page.setInputFiles("#photo0", new FilePayload("site.png", "image/png", png()));
        assertFitsThePhone();
        page.click("#save-inspection");
        assertThat(page.locator("#inspection-checklist")).containsText("粉尘防控：不符合");
        assertThat(page.locator("#inspection-hazards")).containsText("浏览器测试：锯石机传动皮带无防护罩");
        page.click("#inspection-hazards .hazard-link");
        assertThat(page.locator("#found-photos a")).hasCount(1);
        page.fill("#measures", "加装防护罩，停机检修前不得作业");
        page.fill("#workingDays", "5");
        page.selectOption("#leadPersonId", new SelectOption().setLabel("系统管理员"));
        page.click("#issue-notice");
        assertThat(page.locator("#hazard-state")).hasText("整改中");
        assertThat(page.locator("#notice-number")).containsText("安整〔");
        assertThat(page.locator("#notice-clock")).containsText("剩余");
        assertFitsThePhone();
        screenshot("safety-hazard-phone");
        String print = page.locator("#notice-card .fagai-print-link").getAttribute("href");
        page.navigate(url(print));
        assertThat(page.locator("#notice-title")).hasText("安全生产隐患整改通知书");
        assertThat(page.locator("#notice-deadline")).containsText("5个工作日");
    }

    @Test
    void theEnterpriseReportsItsRectificationWithAPhotoOnAPhone() {
        long hazard = hazardWithNoticeForMine();
        onPhone();
        signIn("enterprise");
        page.click("#menu-toggle");
        page.click("#sidebar a[data-nav='my-enterprise']");
        page.click("#profile-hazards a[href$='/safety/hazards/" + hazard + "']");
        assertThat(page.locator("#notice-measures")).hasText("配电箱接地并复测");
        page.fill("#rectification-text", "浏览器测试：已完成接地并复测合格");
        page.fill("#evidence", "接地电阻检测报告");
        page.setInputFiles("#rectification-photo", new FilePayload("after.png", "image/png", png()));
        page.click("#report-rectification");
        assertThat(page.locator("#hazard-state")).hasText("企业已报整改");
        assertThat(page.locator("#evidence-photos a")).hasCount(1);
        assertFitsThePhone();
    }

    @Test
    void aPetitionIsRegisteredAcceptedAndExtendedOnItsPagesWithItsLimitsShown() {
        signIn("city");
        page.click("#sidebar a[data-nav='petitions']");
        page.click("#new-petition");
        page.fill("#petitioner", "浏览器测试信访人");
        page.fill("#content", "浏览器测试：反映石材厂粉尘污染");
        page.click("#save-petition");
        assertThat(page.locator("#petition-state")).hasText("待受理");
        assertThat(page.locator("#accept-outcome")).containsText("剩余");
        page.selectOption("#leadPersonId", new SelectOption().setLabel("系统管理员"));
        page.click("#accept");
        assertThat(page.locator("#petition-state")).hasText("办理中");
        String due = page.locator("#answer-due").textContent();
        page.fill("#extension-reason", "浏览器测试：需现场检测");
        page.click("#extend");
        assertThat(page.locator("#answer-due")).not().hasText(due);
        assertThat(page.locator("#petition-limits")).containsText("已延长 30 日");
        page.click("#petition-item");
        assertThat(page.locator("section")).containsText("期限调整");
        screenshot("petition-extended");
    }

    @Test
    void theRegistryServiceRatesSafetyAndPetitionPagesDrawWithoutErrors() {
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
        page.locator("#hazard-table a[href*='/notice']").first().click();
        assertThat(page.locator("#notice-number")).containsText("安整〔");
        page.navigate(url("/petitions"));
        assertThat(page.locator("#petition-table")).containsText("已超期");
        org.assertj.core.api.Assertions.assertThat(failures).isEmpty();
    }

    /** A hazard of the enterprise account's own enterprise with its notice, made through the API as staff. */
    private long hazardWithNoticeForMine() {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("city:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        APIResponse inspected = context.request().post(url("/api/v1/safety/inspections"), RequestOptions.create()
                .setHeader("Authorization", basic).setHeader("Content-Type", "application/json")
                .setData("{\"creditCode\":\"" + MINE + "\",\"inspectors\":\"李科长\",\"hazards\":[{\"description\":\"浏览器测试：配电箱未接地\"}]}"));
        org.assertj.core.api.Assertions.assertThat(inspected.status()).isEqualTo(201);
        long hazard = ((Number) JsonPath.read(inspected.text(), "$.hazards[0]")).longValue();
        long unit = jdbc.sql("SELECT department_id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        long admin = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        APIResponse notice = context.request().post(url("/api/v1/safety/hazards/" + hazard + "/notice"), RequestOptions.create()
                .setHeader("Authorization", basic).setHeader("Content-Type", "application/json")
                .setData("{\"measures\":\"配电箱接地并复测\",\"workingDays\":3,\"departmentId\":" + unit + ",\"leadPersonId\":" + admin + "}"));
        org.assertj.core.api.Assertions.assertThat(notice.status()).as(notice.text()).isEqualTo(200);
        return hazard;
    }

    private void assertFitsThePhone() {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue()).as("page wider than the phone").isLessThanOrEqualTo(1);
    }

    private static byte[] png() {
        try {
            BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
            image.setRGB(8, 8, 0x1F77B4);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
