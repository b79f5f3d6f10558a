package org.fagai.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

class SignInBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Clock clock;

    @ParameterizedTest
    @CsvSource({
            "admin,    系统管理员, 示范市, true",
            "leader,   委领导,     示范市, false",
            "city,     科室人员,   示范市, false",
            "district, 区县发改,   东湖区, false",
            "owner,    项目单位,   东湖区, false"})
    void eachDemoRoleSeesItsNameRoleRegionAndOnlyTheMenusItMayUse(String username, String role, String region,
                                                                   boolean administers) {
        signIn(username);
        assertThat(page.locator("#current-user")).containsText(role);
        assertThat(page.locator("#current-user")).containsText(region);
        assertThat(page.locator("#sidebar")).containsText("首页");
        assertThat(page.locator("#sidebar")).containsText("工作日历");
        if (administers) {
            assertThat(page.locator("#sidebar")).containsText("用户管理");
            assertThat(page.locator("#sidebar")).containsText("审计日志");
        } else {
            assertThat(page.locator("#sidebar")).not().containsText("用户管理");
            assertThat(page.locator("#sidebar")).not().containsText("系统管理");
        }
        if (!"owner".equals(username)) {
            assertThat(page.locator("#home-projects")).isVisible();
        }
        screenshot("home-" + username);
        page.click("#logout");
        assertThat(page.locator("body")).containsText("您已安全退出");
    }

    @Test
    void theLanguageSwitchToEnglishIsRemembered() {
        signIn("city");
        page.click("#lang-en");
        assertThat(page.locator("#sidebar")).containsText("Working calendar");
        page.navigate(url("/calendar"));
        assertThat(page.locator("#sidebar")).containsText("Home");
        assertThat(page.locator("h1")).hasText("Working calendar");
        page.click("#lang-zh");
        assertThat(page.locator("#sidebar")).containsText("工作日历");
    }

    @Test
    void fiveFailedSignInsShowTheLockMessage() {
        jdbc.sql("INSERT INTO app_user (username, display_name, password_hash, role, region_code) VALUES (?, ?, ?, 'STAFF', '339900')")
                .params("browser-lock", "锁定测试", encoder.encode("Right#Pass1")).update();
        for (int i = 1; i <= 4; i++) {
            signIn("browser-lock", "Wrong#Pass" + i);
            assertThat(page.locator("#login-error")).containsText("用户名或密码错误");
        }
        signIn("browser-lock", "Wrong#Pass5");
        assertThat(page.locator("#login-locked")).containsText("锁定15分钟");
        signIn("browser-lock", "Right#Pass1");
        assertThat(page.locator("#login-locked")).isVisible();
        screenshot("login-locked");
    }

    @Test
    void aDistrictUserMeetsAFriendlyForbiddenPageAndUnknownPagesAreNotFound() {
        signIn("district");
        page.navigate(url("/admin/users"));
        assertThat(page.locator("h1")).hasText("无权访问");
        page.navigate(url("/no-such-page"));
        assertThat(page.locator("h1")).hasText("页面不存在");
    }
}
