package org.fagai.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.fagai.organization.Role;

/** A sign-in account, with the lock-out rule of 等保 2.0: five failures lock it for fifteen minutes. */
@Entity
@Table(name = "app_user")
class UserAccount {

    static final int MAX_FAILED_ATTEMPTS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String displayName;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private Long departmentId;
    private String regionCode;
    private String ownerUnit;
    private String ownerCreditCode;
    private boolean enabled = true;
    private int failedAttempts;
    private Instant lockedUntil;
    private Instant passwordChangedAt;
    private Instant createdAt;
    @Version
    private int version;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        this.createdAt = now;
    }

    void describe(String newDisplayName, Role newRole, Long newDepartmentId, String newRegionCode,
                  String newOwnerUnit, String newOwnerCreditCode, boolean isEnabled) {
        this.displayName = newDisplayName;
        this.role = newRole;
        this.departmentId = newDepartmentId;
        this.regionCode = newRegionCode;
        this.ownerUnit = newOwnerUnit;
        this.ownerCreditCode = newOwnerCreditCode;
        this.enabled = isEnabled;
    }

    /** Counts a failed sign-in; returns true when this failure locks the account. */
    boolean recordFailedLogin(Instant now) {
        if (isLocked(now)) {
            return false;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    void recordSuccessfulLogin() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void unlock() {
        recordSuccessfulLogin();
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        unlock();
    }

    Long id() { return id; }
    String username() { return username; }
    String displayName() { return displayName; }
    String passwordHash() { return passwordHash; }
    Role role() { return role; }
    Long departmentId() { return departmentId; }
    String regionCode() { return regionCode; }
    String ownerUnit() { return ownerUnit; }
    String ownerCreditCode() { return ownerCreditCode; }
    boolean enabled() { return enabled; }
    int failedAttempts() { return failedAttempts; }
    Instant lockedUntil() { return lockedUntil; }
}
