package org.fagai.organization.internal;

import java.util.Optional;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.UserDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

@Service
class SecurityUserDirectory implements UserDirectory {

    @Override
    public Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    @Override
    public CurrentUser requireCurrent() {
        return current().orElseThrow(() -> new AccessDeniedException("未登录"));
    }
}
