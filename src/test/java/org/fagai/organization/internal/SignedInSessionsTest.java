package org.fagai.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.fagai.organization.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

@FagaiIntegrationTest
class SignedInSessionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration users;
    @Autowired
    JdbcClient jdbc;

    private static UserForm staff(String username, boolean enabled) {
        return new UserForm(username, "会话测试", Role.STAFF, null, "339902", null, null, enabled, "Strong#Pass1");
    }

    private <T> T asAdministrator(java.util.function.Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long sessionsOf(String username) {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(username)
                .query(Long.class).single();
    }

    @Test
    void disablingAnAccountEndsItsSessionsInTheSharedStore() throws Exception {
        UserView created = asAdministrator(() -> users.create(staff("session-disable", true)));
        Cookie session = mvc.perform(formLogin().user("session-disable").password("Strong#Pass1"))
                .andReturn().getResponse().getCookie(Sessions.COOKIE);
        assertThat(session).isNotNull();
        assertThat(sessionsOf("session-disable")).isEqualTo(1);
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

        asAdministrator(() -> users.update(created.id(), staff("session-disable", false)));

        assertThat(sessionsOf("session-disable")).isZero();
        mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void anEditThatKeepsTheAccountEnabledLeavesItsSessionsAlone() throws Exception {
        UserView created = asAdministrator(() -> users.create(staff("session-keep", true)));
        mvc.perform(formLogin().user("session-keep").password("Strong#Pass1"));
        asAdministrator(() -> users.update(created.id(), staff("session-keep", true)));
        assertThat(sessionsOf("session-keep")).isEqualTo(1);
    }
}
