package org.fagai.enterprise.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.supervision.Colour;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The enterprise module's work not yet on the loop, one summary line each (the lists are a click away): demands waiting
 * to be routed (red once one waited more than a working day), answered demands waiting for their return visit, and the
 * staff member's packages behind this quarter's visit plan. Undated, so they follow the dated items of the loop.
 */
@Component
class EnterpriseTodos implements TodoSource {

    private final JdbcClient jdbc;
    private final PackageList packages;
    private final WorkingCalendar calendar;
    private final Clock clock;

    EnterpriseTodos(JdbcClient jdbc, PackageList packages, WorkingCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.packages = packages;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public List<TodoEntry> entriesFor(CurrentUser user) {
        if (user.role().unitAccount()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<TodoEntry> entries = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        String scope = EnterpriseAccess.scope(user, "d", params);
        jdbc.sql("""
                        SELECT count(*) FILTER (WHERE d.state = 'SUBMITTED'), min(d.raised_on) FILTER (WHERE d.state = 'SUBMITTED'),
                               count(*) FILTER (WHERE d.state = 'ANSWERED')
                        FROM enterprise_demand d WHERE d.state IN ('SUBMITTED', 'ANSWERED') AND\s""" + scope)
                .params(params)
                .query((rs, n) -> {
                    long toRoute = rs.getLong(1);
                    if (toRoute > 0) {
                        LocalDate oldest = rs.getObject(2, LocalDate.class);
                        boolean late = calendar.current().addWorkingDays(oldest, 1).deadline().isBefore(today);
                        entries.add(new TodoEntry("enterprise.route", toRoute + " 项企业诉求待派单", null,
                                late ? Colour.RED : Colour.YELLOW, "/demands?state=SUBMITTED"));
                    }
                    if (rs.getLong(3) > 0) {
                        entries.add(new TodoEntry("enterprise.returnVisit", rs.getLong(3) + " 项企业诉求已答复、待回访", null,
                                Colour.YELLOW, "/demands?state=ANSWERED"));
                    }
                    return null;
                }).list();
        if (user.role() == Role.STAFF || user.role() == Role.DISTRICT) {
            long behind = packages.list(new PackageList.Filter(user.id(), null, null, true, 0, 1), user).total();
            if (behind > 0) {
                entries.add(new TodoEntry("enterprise.visit", behind + " 家服务包企业本季度走访计划未完成", null, Colour.YELLOW,
                        "/enterprises/service?behind=true"));
            }
        }
        return entries;
    }
}
