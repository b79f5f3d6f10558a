package org.fagai.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private final Instant start = Instant.parse("2024-09-27T08:00:00Z");

    @Test
    void theFifthFailureInARowLocksTheAccountForFifteenMinutes() {
        UserAccount account = new UserAccount("u", "hash", start);
        for (int i = 1; i <= 4; i++) {
            assertThat(account.recordFailedLogin(start.plusSeconds(i))).isFalse();
        }
        assertThat(account.isLocked(start.plusSeconds(4))).isFalse();
        assertThat(account.recordFailedLogin(start.plusSeconds(5))).isTrue();
        assertThat(account.isLocked(start.plusSeconds(5))).isTrue();
        assertThat(account.isLocked(start.plusSeconds(5).plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
        assertThat(account.isLocked(start.plusSeconds(5).plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        UserAccount account = new UserAccount("u", "hash", start);
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(start);
        }
        account.recordSuccessfulLogin();
        for (int i = 0; i < 4; i++) {
            assertThat(account.recordFailedLogin(start)).isFalse();
        }
        assertThat(account.isLocked(start)).isFalse();
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        UserAccount account = new UserAccount("u", "hash", start);
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(start);
        }
        assertThat(account.recordFailedLogin(start.plus(Duration.ofMinutes(10)))).isFalse();
        assertThat(account.isLocked(start.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aNewPasswordUnlocksTheAccount() {
        UserAccount account = new UserAccount("u", "hash", start);
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(start);
        }
        account.changePassword("new-hash", start.plusSeconds(60));
        assertThat(account.isLocked(start.plusSeconds(60))).isFalse();
        assertThat(account.passwordHash()).isEqualTo("new-hash");
    }
}
