package org.fagai.organization.internal;

import java.time.Clock;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.shared.StoredText;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins (locking after five) and audits every sign-in, failure and sign-out. */
@Component
class LoginAttempts {

    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final SignedInSessions sessions;

    LoginAttempts(UserAccountRepository accounts, AuditLog audit, Clock clock, SignedInSessions sessions) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.sessions = sessions;
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        String ip = ip(event.getAuthentication());
        if (event instanceof AuthenticationFailureLockedEvent) {
            audit.recordAs(username, ip, AuditAction.LOGIN_FAILED, "user", username, StoredText.of("audit.detail.lockedRefused"));
            return;
        }
        audit.recordAs(username, ip, AuditAction.LOGIN_FAILED, "user", username, event.getException().getClass().getSimpleName());
        accounts.findByUsername(username).ifPresent(account -> {
            if (account.recordFailedLogin(clock.instant())) {
                audit.recordAs(username, ip, AuditAction.ACCOUNT_LOCKED, "user", username,
                        StoredText.of("audit.detail.locked", UserAccount.MAX_FAILED_ATTEMPTS, UserAccount.LOCK_DURATION.toMinutes()));
                sessions.endAllOf(username);
            }
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName())
                .filter(a -> a.failedAttempts() > 0 || a.lockedUntil() != null)
                .ifPresent(UserAccount::recordSuccessfulLogin);
    }

    @EventListener
    public void onInteractiveLogin(InteractiveAuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        audit.recordAs(auth.getName(), ip(auth), AuditAction.LOGIN, "user", auth.getName(), StoredText.of("audit.detail.login"));
    }

    @EventListener
    public void onLogout(LogoutSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        audit.recordAs(auth.getName(), ip(auth), AuditAction.LOGOUT, "user", auth.getName(), StoredText.of("audit.detail.logout"));
    }

    boolean isLocked(String username) {
        return accounts.findByUsername(username).map(a -> a.isLocked(clock.instant())).orElse(false);
    }

    private static String ip(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
