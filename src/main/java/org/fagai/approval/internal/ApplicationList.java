package org.fagai.approval.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Parameter;
import jakarta.persistence.TypedQuery;
import org.fagai.approval.ApplicationStatus;
import org.fagai.approval.ApplicationSummary;
import org.fagai.approval.ApprovalAttention;
import org.fagai.approval.ClockState;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.RegionCode;
import org.fagai.shared.WorkCalendar;
import org.fagai.shared.web.RequestMemo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application list and the home page's attention list. A page is one query (the page's applications with their
 * suspensions and the total), plus one for its licences and one for its linked projects. The clock state is read
 * from what {@link Application#recordClock} stored, so no clock is computed to filter.
 */
@Service
class ApplicationList implements ApprovalAttention {

    private static final Set<Role> HANDLERS = EnumSet.of(Role.STAFF, Role.DISTRICT, Role.LEADER);
    /** The longest list asked for on a page (the to-do source's); a shorter one is its head. */
    private static final int ATTENTION_READ = 30;

    private final RequestMemo<List<ApplicationSummary>> requestMemo = new RequestMemo<>(ApplicationList.class.getName() + ".attention");

    private final EntityManager entityManager;
    private final UserDirectory users;
    private final ApplicationViews views;
    private final WorkingCalendar calendar;
    private final Clock clock;

    ApplicationList(EntityManager entityManager, UserDirectory users, ApplicationViews views, WorkingCalendar calendar,
                    Clock clock) {
        this.entityManager = entityManager;
        this.users = users;
        this.views = views;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    ListPage<ApplicationView> search(ApplicationQuery q) {
        Filter filter = new Filter(q, users.requireCurrent(), now());
        TypedQuery<Object[]> page = entityManager.createQuery("select a, (select count(c) from Application c" + filter.where("c")
                + ") from Application a left join fetch a.suspensions where a.id in (select b.id from Application b"
                + filter.where("b") + q.order("b") + " limit " + q.size() + " offset " + (long) q.page() * q.size()
                + ")" + q.order("a"), Object[].class);
        filter.bind(page);
        Map<Long, Application> applications = new LinkedHashMap<>();
        long total = 0;
        for (Object[] row : page.getResultList()) {   // one row per suspension: the same application repeats
            Application a = (Application) row[0];
            applications.putIfAbsent(a.id(), a);
            total = (Long) row[1];
        }
        if (applications.isEmpty() && q.page() > 0) {
            TypedQuery<Long> count = entityManager.createQuery("select count(c) from Application c" + filter.where("c"), Long.class);
            filter.bind(count);
            total = count.getSingleResult();
        }
        return new ListPage<>(views.views(List.copyOf(applications.values())), total, q.page(), q.size());
    }

    /**
     * The most urgent open applications in warning or overdue: running ones by deadline, suspended and stopped ones by
     * the time left when they stopped — the same order as the working time left — at most {@code limit} of each (two queries).
     */
    @Override
    @Transactional(readOnly = true)
    public List<ApplicationSummary> needingAttention(int limit) {
        CurrentUser user = users.current().orElse(null);
        if (user == null || !(HANDLERS.contains(user.role()) || user.role() == Role.ADMIN)) {
            return List.of();
        }
        // the home page asks for its list and its to-do source asks again: one reading of the longest list per request
        int read = Math.max(limit, ATTENTION_READ);
        List<ApplicationSummary> urgent = requestMemo.computeIfAbsent(user.id() + ":" + read,
                () -> readNeedingAttention(user, read));
        return urgent.size() <= limit ? urgent : urgent.subList(0, limit);
    }

    private List<ApplicationSummary> readNeedingAttention(CurrentUser user, int limit) {
        LocalDateTime now = now();
        WorkCalendar cal = calendar.current();
        List<Application> urgent = new ArrayList<>(mostUrgent(user, now, EnumSet.of(ApplicationStatus.ACCEPTED), "b.countdown.deadline", limit));
        urgent.addAll(mostUrgent(user, now, EnumSet.of(ApplicationStatus.SUSPENDED, ApplicationStatus.STOPPED),
                "b.countdown.remainingAtSuspension", limit));
        return urgent.stream().map(a -> summary(a, a.clock(now, cal)))
                .filter(s -> s.state() == ClockState.WARNING || s.state() == ClockState.OVERDUE)
                .sorted(Comparator.comparingLong(ApplicationSummary::remainingWorkingMinutes)).limit(limit).toList();
    }

    private List<Application> mostUrgent(CurrentUser user, LocalDateTime now, Set<ApplicationStatus> statuses, String order, int limit) {
        Filter filter = new Filter(new ApplicationQuery(null, null, null, null, 0, limit), user, now);
        filter.add("%1$s.status in :statuses", "statuses", statuses);
        TypedQuery<Application> query = entityManager.createQuery("select distinct a from Application a left join fetch a.suspensions"
                + " where a.id in (select b.id from Application b" + filter.where("b") + " and (" + Filter.stateHql("b", ClockState.WARNING)
                + " or " + Filter.stateHql("b", ClockState.OVERDUE) + ") order by " + order + ", b.id limit " + limit + ")",
                Application.class);
        filter.bind(query);
        Filter.bindStates(query, now);
        return query.getResultList();
    }

    private static ApplicationSummary summary(Application a, ClockReading clock) {
        return new ApplicationSummary(a.id(), a.kind(), a.status(), a.applicantName(), a.title(), a.regionCode(),
                clock.deadline(), clock.remainingWorkingMinutes(), clock.state());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    /**
     * The list's filters as an HQL where clause over any alias, with its parameters; the same names for every alias. The
     * state conditions are package-visible so a test runs them against the aggregate ({@code StoredClockStateQueryTest}).
     */
    static final class Filter {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new HashMap<>();
        private final boolean states;
        private final LocalDateTime now;

        Filter(ApplicationQuery q, CurrentUser user, LocalDateTime now) {
            this.now = now;
            if (user.role() == Role.OWNER) {
                add("%1$s.applicantCreditCode = :owner", "owner", user.ownerCreditCode() == null ? "-" : user.ownerCreditCode());
            } else if (user.role() != Role.ADMIN) {
                add("%1$s.regionCode like :region", "region", RegionCode.of(user.regionCode()).scopePrefix() + "%");
            }
            if (q.status() != null) {
                add("%1$s.status = :status", "status", q.status());
            }
            if (q.kind() != null) {
                add("%1$s.kind = :kind", "kind", q.kind());
            }
            if (q.keyword() != null && !q.keyword().isBlank()) {
                String keyword = q.keyword().strip();
                params.put("like", "%" + keyword + "%");
                add("(%1$s.applicantName like :like or %1$s.title like :like or %1$s.applicantCreditCode = :code"
                        + " or %1$s.projectCode = :code)", "code", keyword.toUpperCase());
            }
            this.states = q.state() != null;
            if (states) {
                conditions.add(stateHql("%1$s", q.state()));
            }
        }

        /**
         * Reads the state {@link Application#recordClock} stored: a stopped clock keeps its state; a running one is in
         * warning from warning_at to its deadline and overdue after it.
         */
        static String stateHql(String alias, ClockState state) {
            String overdueByNow = "(%1$s.countdown.warningAt is not null and %1$s.countdown.deadline < :now)";
            return (switch (state) {
                case OVERDUE -> "(%1$s.countdown.clockState = :overdue or " + overdueByNow + ")";
                case WARNING -> "((%1$s.countdown.clockState = :warning or (%1$s.countdown.clockState = :normal and %1$s.countdown.warningAt <= :now))"
                        + " and not " + overdueByNow + ")";
                case NORMAL -> "(%1$s.countdown.clockState = :normal and (%1$s.countdown.warningAt is null or %1$s.countdown.warningAt > :now))";
            }).formatted(alias);
        }

        /** Binds the moment and the states the query names (a state filter uses some of them). */
        static void bindStates(TypedQuery<?> query, LocalDateTime now) {
            Set<String> named = query.getParameters().stream().map(Parameter::getName).collect(Collectors.toSet());
            Map<String, Object> values = Map.of("now", now, "normal", ClockState.NORMAL, "warning", ClockState.WARNING,
                    "overdue", ClockState.OVERDUE);
            values.forEach((name, value) -> {
                if (named.contains(name)) {
                    query.setParameter(name, value);
                }
            });
        }

        private void add(String condition, String name, Object value) {
            conditions.add(condition);
            params.put(name, value);
        }

        String where(String alias) {
            return conditions.isEmpty() ? " where 1 = 1" : " where " + String.join(" and ", conditions).formatted(alias);
        }

        void bind(TypedQuery<?> query) {
            params.forEach(query::setParameter);
            if (states) {
                bindStates(query, now);
            }
        }
    }
}
