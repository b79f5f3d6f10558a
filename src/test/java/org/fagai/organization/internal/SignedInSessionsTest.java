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
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.TransactionTemplate;
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
    @Autowired
    SignedInSessions signedIn;
    @Autowired
    TransactionTemplate transactions;

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

    private long lastAccessOf(String username) {
        return jdbc.sql("SELECT last_access_time FROM spring_session WHERE principal_name = ?").param(username)
                .query(Long.class).single();
    }

    /** Moves the session's last access (and so its expiry) back, as if its user had been away that long. */
    private void age(String username, long millis) {
        jdbc.sql("""
                UPDATE spring_session SET last_access_time = last_access_time - ?, expiry_time = expiry_time - ?
                WHERE principal_name = ?""").params(millis, millis, username).update();
    }

    private Cookie signIn(String username) throws Exception {
        asAdministrator(() -> users.create(staff(username, true)));
        return mvc.perform(formLogin().user(username).password("Strong#Pass1")).andReturn().getResponse()
                .getCookie(Sessions.COOKIE);
    }

    @Test
    void aRequestWithinAMinuteOfTheLastWrittenAccessLeavesTheSessionRowAsItIs() throws Exception {
        Cookie session = signIn("session-quiet");
        age("session-quiet", 30_000);
        long written = lastAccessOf("session-quiet");

        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

        assertThat(lastAccessOf("session-quiet")).isEqualTo(written);
    }

    @Test
    void aRequestAMinuteOrMoreAfterTheLastWrittenAccessMovesTheSessionsExpiry() throws Exception {
        Cookie session = signIn("session-moved");
        age("session-moved", 61_000);
        long before = System.currentTimeMillis();

        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

        long access = lastAccessOf("session-moved");
        assertThat(access).isGreaterThanOrEqualTo(before);
        assertThat(jdbc.sql("SELECT expiry_time FROM spring_session WHERE principal_name = 'session-moved'")
                .query(Long.class).single()).isEqualTo(access + 30 * 60 * 1000);
    }

    @Test
    void theThirtyMinuteIdleTimeoutHoldsWithTheAccessWrittenOncePerMinute() throws Exception {
        Cookie kept = signIn("session-kept");
        Cookie idle = signIn("session-idle");
        // 29 minutes away: the next request still finds the session (and writes its access, being over a minute old).
        age("session-kept", 29 * 60 * 1000);
        mvc.perform(get("/").cookie(kept)).andExpect(status().isOk());
        assertThat(lastAccessOf("session-kept")).isGreaterThan(System.currentTimeMillis() - 60_000);
        // 30 minutes away: gone, its user signs in again.
        age("session-idle", 30 * 60 * 1000);
        mvc.perform(get("/").cookie(idle)).andExpect(status().is3xxRedirection());
    }

    @Test
    void sessionsEndedInsideATransactionStayEndedWhenItRollsBackAndItKeepsItsOwnConnection() throws Exception {
        Cookie session = signIn("session-inside");
        transactions.executeWithoutResult(status -> {
            long before = jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single();
            assertThat(signedIn.endAllOf("session-inside")).isEqualTo(1);
            // the caller's transaction goes on, on its own connection, after the sessions' own transaction
            assertThat(jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single()).isEqualTo(before);
            assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = 'session-inside'")
                    .query(Long.class).single()).isZero();
            status.setRollbackOnly();
        });
        assertThat(sessionsOf("session-inside")).isZero();
        mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aPageViewWithinAMinuteReadsTheSessionAndWritesNothingToIt(CapturedOutput output)
            throws Exception {
        Cookie session = signIn("session-unwritten");
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk()); // the first page may store its CSRF token
        var logging = LoggingSystem.get(getClass().getClassLoader());
        String logger = "org.springframework.jdbc.core.JdbcTemplate";
        int from = output.length();
        logging.setLogLevel(logger, LogLevel.DEBUG);
        try {
            mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        } finally {
            logging.setLogLevel(logger, null);
        }
        String statements = output.toString().substring(from);
        assertThat(statements).contains("SPRING_SESSION_ATTRIBUTES SA"); // the session's read
        assertThat(statements).doesNotContain("UPDATE SPRING_SESSION").doesNotContain("INTO SPRING_SESSION");
    }
}
