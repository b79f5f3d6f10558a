package org.fagai.organization.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fagai.organization.ActingUsers;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

@Service
class JdbcActingUsers implements ActingUsers {

    private final JdbcClient jdbc;
    private final RegionDirectory regions;

    JdbcActingUsers(JdbcClient jdbc, RegionDirectory regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    @Override
    public List<CurrentUser> enabled() {
        Map<String, String> regionNames = new HashMap<>();
        return jdbc.sql("""
                        SELECT u.id, u.username, u.display_name, u.role, u.region_code, d.name AS department, u.owner_credit_code
                          FROM app_user u LEFT JOIN department d ON d.id = u.department_id
                         WHERE u.enabled ORDER BY u.id""")
                .query((rs, n) -> {
                    String region = rs.getString("region_code");
                    String regionName = regionNames.computeIfAbsent(region, c -> regions.find(c).map(RegionView::name).orElse(c));
                    return new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                            Role.valueOf(rs.getString("role")), region, regionName, rs.getString("department"),
                            rs.getString("owner_credit_code"));
                })
                .list();
    }

    @Override
    public <T> T as(CurrentUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        AccountPrincipal principal = new AccountPrincipal(user, null, true, false);
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(acting);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
