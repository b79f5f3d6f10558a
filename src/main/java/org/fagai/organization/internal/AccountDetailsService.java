package org.fagai.organization.internal;

import java.time.Clock;
import org.fagai.organization.CurrentUser;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final DepartmentRepository departments;
    private final RegionDirectory regions;
    private final Clock clock;

    AccountDetailsService(UserAccountRepository accounts, DepartmentRepository departments, RegionDirectory regions,
                          Clock clock) {
        this.accounts = accounts;
        this.departments = departments;
        this.regions = regions;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        String departmentName = account.departmentId() == null ? null
                : departments.findById(account.departmentId()).map(Department::name).orElse(null);
        String regionName = regions.find(account.regionCode()).map(RegionView::name).orElse(account.regionCode());
        CurrentUser user = new CurrentUser(account.id(), account.username(), account.displayName(), account.role(),
                account.regionCode(), regionName, departmentName, account.ownerCreditCode());
        return new AccountPrincipal(user, account.passwordHash(), account.enabled(), account.isLocked(clock.instant()));
    }
}
