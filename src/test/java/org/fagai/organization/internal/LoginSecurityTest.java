package org.fagai.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import org.fagai.FagaiIntegrationTest;
import org.fagai.organization.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@FagaiIntegrationTest
class LoginSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Clock clock;
    @Autowired
    AccountDetailsService details;

    private void createUser(String username) {
        UserAccount account = new UserAccount(username, encoder.encode(DEMO_PASSWORD), clock.instant());
        account.describe("测试用户", Role.STAFF, null, "339900", null, null, true);
        accounts.save(account);
    }

    private long audited(String actor, String action) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE actor = ? AND action = ?").params(actor, action)
                .query(Long.class).single();
    }

    @Test
    void aGoodSignInLandsOnTheHomePageAndIsAudited() throws Exception {
        createUser("login-ok");
        mvc.perform(formLogin().user("login-ok").password(DEMO_PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(audited("login-ok", "LOGIN")).isEqualTo(1);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        createUser("login-lock");
        for (int i = 1; i <= 4; i++) {
            mvc.perform(formLogin().user("login-lock").password("Wrong#" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user("login-lock").password("Wrong#5")).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(formLogin().user("login-lock").password(DEMO_PASSWORD)).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/api/v1/calendar/days/2024-10-01").with(httpBasic("login-lock", DEMO_PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("锁定")));
        assertThat(audited("login-lock", "LOGIN_FAILED")).isGreaterThanOrEqualTo(5);
        assertThat(audited("login-lock", "ACCOUNT_LOCKED")).isEqualTo(1);
        assertThat(accounts.findByUsername("login-lock").orElseThrow().isLocked(clock.instant())).isTrue();
    }

    @Test
    void anUnknownUserFailsLikeAWrongPasswordAndIsAudited() throws Exception {
        mvc.perform(formLogin().user("nobody-here").password("Wrong#1")).andExpect(redirectedUrl("/login?error"));
        assertThat(audited("nobody-here", "LOGIN_FAILED")).isEqualTo(1);
    }

    @Test
    void signingOutIsAudited() throws Exception {
        createUser("login-out");
        mvc.perform(post("/logout").with(user(details.loadUserByUsername("login-out"))).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));
        assertThat(audited("login-out", "LOGOUT")).isEqualTo(1);
    }

    @Test
    void formsWithoutACsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/admin/departments").with(user("admin").roles("ADMIN")).param("name", "x").param("regionCode", "339900"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/departments").with(user("admin").roles("ADMIN")).with(csrf()).param("name", "")
                        .param("regionCode", "339900"))
                .andExpect(status().isOk());
    }

    @Test
    void staffCannotOpenAdministrationPages() throws Exception {
        mvc.perform(get("/admin/users").with(user("city").roles("STAFF")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSignInPageIsChineseByDefault() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("发改工作平台")));
        mvc.perform(get("/login?lang=en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in")));
    }
}
