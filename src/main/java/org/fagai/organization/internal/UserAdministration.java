package org.fagai.organization.internal;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.shared.StoredText;
import org.fagai.organization.Role;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.CreditCode;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.RegionCode;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize("hasRole('ADMIN')")
class UserAdministration {

    private final UserAccountRepository accounts;
    private final DepartmentRepository departments;
    private final RegionDirectory regions;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final SignedInSessions sessions;

    UserAdministration(UserAccountRepository accounts, DepartmentRepository departments, RegionDirectory regions,
                       PasswordEncoder encoder, AuditLog audit, Clock clock, SignedInSessions sessions) {
        this.accounts = accounts;
        this.departments = departments;
        this.regions = regions;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    Page<UserView> search(UserQuery query) {
        Specification<UserAccount> spec = (root, q, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (query.keyword() != null && !query.keyword().isBlank()) {
                String like = "%" + query.keyword().trim().toLowerCase() + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("username")), like), cb.like(cb.lower(root.get("displayName")), like)));
            }
            if (query.role() != null) {
                where.add(cb.equal(root.get("role"), query.role()));
            }
            if (query.regionCode() != null && !query.regionCode().isBlank()) {
                where.add(cb.equal(root.get("regionCode"), query.regionCode().trim()));
            }
            if (query.enabled() != null) {
                where.add(cb.equal(root.get("enabled"), query.enabled()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        Page<UserAccount> page = accounts.findAll(spec, PageRequest.of(query.page(), query.size(), Sort.by("username")));
        Map<Long, String> departmentNames = departments.findAll().stream()
                .collect(Collectors.toMap(Department::id, Department::name));
        Function<UserAccount, UserView> toView = a -> view(a, departmentNames);
        return page.map(toView);
    }

    @Transactional(readOnly = true)
    UserView get(long id) {
        return view(find(id), departmentNames());
    }

    @Transactional
    UserView create(UserForm form) {
        List<FieldErrors.FieldError> errors = check(form);
        if (accounts.existsByUsername(form.username().trim())) {
            errors.add(new FieldErrors.FieldError("username", StoredText.of("organization.error.usernameTaken", form.username().trim())));
        }
        PasswordPolicy.problem(form.password()).ifPresent(p -> errors.add(new FieldErrors.FieldError("password", p)));
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        UserAccount account = new UserAccount(form.username().trim(), encoder.encode(form.password()), clock.instant());
        describe(account, form);
        accounts.save(account);
        audit.record(AuditAction.CREATE, "user", account.username(), summary(account));
        return view(account, departmentNames());
    }

    @Transactional
    UserView update(long id, UserForm form) {
        List<FieldErrors.FieldError> errors = check(form);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        UserAccount account = find(id);
        String before = summary(account);
        describe(account, form);
        audit.record(AuditAction.UPDATE, "user", account.username(), StoredText.of("user.audit.changed", before, summary(account)));
        if (!account.enabled()) {
            sessions.endAllOf(account.username());
        }
        return view(account, departmentNames());
    }

    @Transactional
    void resetPassword(long id, String newPassword) {
        PasswordPolicy.problem(newPassword).ifPresent(p -> {
            throw FieldErrors.of("password", p);
        });
        UserAccount account = find(id);
        account.changePassword(encoder.encode(newPassword), clock.instant());
        audit.record(AuditAction.UPDATE, "user", account.username(), StoredText.of("audit.detail.passwordReset"));
    }

    @Transactional
    void unlock(long id) {
        UserAccount account = find(id);
        account.unlock();
        audit.record(AuditAction.UPDATE, "user", account.username(), StoredText.of("audit.detail.unlocked"));
    }

    private void describe(UserAccount account, UserForm form) {
        boolean owner = form.role() != null && form.role().unitAccount();
        account.describe(form.displayName().trim(), form.role(), owner ? null : form.departmentId(), form.regionCode(),
                owner ? blankToNull(form.ownerUnit()) : null,
                owner ? CreditCode.of(form.ownerCreditCode()).value() : null, form.enabled());
    }

    private List<FieldErrors.FieldError> check(UserForm form) {
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        if (regions.find(form.regionCode()).isEmpty()) {
            errors.add(new FieldErrors.FieldError("regionCode", StoredText.of("organization.error.noRegion", form.regionCode())));
        } else if (!RegionCode.of(form.regionCode()).isCountyOrAbove()) {
            errors.add(new FieldErrors.FieldError("regionCode", StoredText.of("organization.error.userCounty", form.regionCode())));
        }
        if (form.departmentId() != null && (form.role() == null || !form.role().unitAccount()) && !departments.existsById(form.departmentId())) {
            errors.add(new FieldErrors.FieldError("departmentId", StoredText.of("organization.error.departmentGone")));
        }
        if (form.role() != null && form.role().unitAccount()) {
            if (form.ownerUnit() == null || form.ownerUnit().isBlank()) {
                errors.add(new FieldErrors.FieldError("ownerUnit", StoredText.of(form.role() == Role.OWNER ? "organization.error.ownerUnit" : "organization.error.enterpriseUnit")));
            }
            CreditCode.Check check = CreditCode.check(form.ownerCreditCode() == null ? "" : form.ownerCreditCode());
            if (!check.valid()) {
                errors.add(new FieldErrors.FieldError("ownerCreditCode", StoredText.of("organization.error.creditCode", check.reason())));
            }
        }
        return errors;
    }

    private UserAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException(StoredText.of("organization.error.noUser", id)));
    }

    private Map<Long, String> departmentNames() {
        return departments.findAll().stream().collect(Collectors.toMap(Department::id, Department::name));
    }

    private UserView view(UserAccount a, Map<Long, String> departmentNames) {
        String regionName = regions.find(a.regionCode()).map(RegionView::name).orElse(a.regionCode());
        return new UserView(a.id(), a.username(), a.displayName(), a.role(), a.departmentId(),
                a.departmentId() == null ? null : departmentNames.get(a.departmentId()), a.regionCode(), regionName,
                a.ownerUnit(), a.ownerCreditCode(), a.enabled(), a.isLocked(clock.instant()),
                a.lockedUntil() == null ? null : LocalDateTime.ofInstant(a.lockedUntil(), ChinaTime.ZONE));
    }

    private static String summary(UserAccount a) {
        return StoredText.of(a.enabled() ? "user.audit.summary" : "user.audit.summaryDisabled", a.displayName(),
                StoredText.label("role." + a.role().name()), a.regionCode());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
