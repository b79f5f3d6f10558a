package org.fagai.supervision.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.organization.OrganizationDirectory.Person;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.WorkCalendar;
import org.fagai.supervision.NewItem;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: this year's plan in seed 004's eight areas with tasks in every state and colour, leader instructions,
 * meeting decisions, and seed 000's problem list of 31 problems with 67 measures.
 */
@Component
@Profile("demo")
@Order(90)
class DemoSupervision implements ApplicationRunner {

    private final ItemRepository items;
    private final ProblemLists problemLists;
    private final Areas areas;
    private final OrganizationDirectory directory;
    private final WorkingCalendar calendar;
    private final Clock clock;

    DemoSupervision(ItemRepository items, ProblemLists problemLists, Areas areas, OrganizationDirectory directory,
                    WorkingCalendar calendar, Clock clock) {
        this.items = items;
        this.problemLists = problemLists;
        this.areas = areas;
        this.directory = directory;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (items.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        areas.define(year, DemoPlan.AREAS);
        Cast cast = new Cast(person("district"), person("city"), person("leader"), directory.units());
        int n = 0;
        for (int area = 1; area <= DemoPlan.TASKS.size(); area++) {
            for (String title : DemoPlan.TASKS.get(area - 1)) {
                save(build(cast, title, "ANNUAL_TASK", null, area, null, n++, today));
            }
        }
        for (String title : DemoPlan.INSTRUCTIONS) {
            save(build(cast, title, "LEADER_INSTRUCTION", "批示" + year + "-" + n, null, null, n++, today));
        }
        for (String title : DemoPlan.DECISIONS) {
            save(build(cast, title, "MEETING_DECISION", "联席会" + year + "-" + n, 3, null, n++, today));
        }
        long list = problemLists.insertList(year + "年调研发现问题整改清单", year);
        int measure = 0;
        for (int p = 1; p <= 31; p++) {
            long problem = problemLists.insertProblem(list, p, DemoPlan.problem(p));
            int measures = p <= 5 ? 3 : 2;
            for (int m = 1; m <= measures; m++, measure++) {
                Item item = build(cast, DemoPlan.measure(p, m), "PROBLEM_LIST", "PL" + list + "-" + p + "-" + m,
                        (p % 8) + 1, problem, measure < 40 ? 5 : measure, today);
                save(item);
            }
        }
    }

    private record Cast(Person lead, Person supervisor, Person leader, List<OrganizationDirectory.Unit> units) {
    }

    /** An item taken to a state chosen by {@code n}: the demo shows every state and colour. */
    private Item build(Cast cast, String title, String source, String ref, Integer area, Long problemId, int n, LocalDate today) {
        WorkCalendar cal = calendar.current();
        boolean swap = n % 3 == 2;
        Person lead = swap ? cast.supervisor() : cast.lead();
        Person supervisor = swap ? cast.lead() : cast.supervisor();
        Actor leadActor = new Actor(lead.id(), lead.displayName(), lead.role());
        Actor supervisorActor = new Actor(supervisor.id(), supervisor.displayName(), supervisor.role());
        Actor leader = new Actor(cast.leader().id(), cast.leader().displayName(), cast.leader().role());
        int stateKind = n % 9;
        LocalDate assigned = today.minusDays(20 + (n * 7L) % 200);
        LocalDate deadline = switch (stateKind) {
            case 2 -> cal.addWorkingDays(today, 2).deadline();
            case 3, 6 -> today.minusDays(5 + n % 20);
            default -> today.plusDays(30 + (n * 11L) % 150);
        };
        if (deadline.isBefore(assigned)) {
            assigned = deadline.minusDays(30);
        }
        long unit = cast.units().get(n % cast.units().size()).id();
        ItemDraft draft = new ItemDraft(title, null, source, ref, null, area, problemId, unit, lead.id(), List.of(),
                supervisor.id(), cast.leader().id(), "339900", assigned, null, deadline,
                n % 4 == 1 ? List.of(new NewItem.NewMilestone("形成阶段性成果", assigned.plusDays(10))) : List.of(), "demo");
        Item item = new Item(draft, supervisorActor, at(assigned));
        ColourRules rules = ColourRules.DEFAULT;
        if (stateKind == 0) {
            return refreshed(item, today);
        }
        LocalDate signed = assigned.plusDays(2);
        item.sign(leadActor, signed, cal, rules, at(signed));
        if (stateKind != 7 || n % 2 == 0) {
            item.report(leadActor, "按计划推进，已完成阶段性工作", signed.plusDays(10), cal, rules, at(signed.plusDays(10)));
        }
        switch (stateKind) {
            case 4 -> item.requestClosure(leadActor, "已按要求完成", "工作总结及相关文件", at(today.minusDays(1)));
            case 5 -> close(item, leadActor, supervisorActor, deadline.isBefore(today) ? deadline : today.minusDays(1));
            case 6 -> close(item, leadActor, supervisorActor, today.minusDays(1));
            case 8 -> item.requestExtension(leadActor, deadline.plusMonths(2), "涉及跨部门协调，需延长办理时间", at(today.minusDays(2)));
            default -> {
            }
        }
        if (stateKind == 1 && n % 2 == 1 && problemId == null) {
            item.cancel(leader, "任务调整，并入其他事项", at(today.minusDays(3)));
        }
        return refreshed(item, today);
    }

    private void close(Item item, Actor lead, Actor supervisor, LocalDate on) {
        item.requestClosure(lead, "已按要求完成", "验收报告及现场照片", at(on.minusDays(1)));
        item.verify(supervisor, on, at(on));
    }

    private Item refreshed(Item item, LocalDate today) {
        item.refresh(today, calendar.current(), ColourRules.DEFAULT, clock.instant());
        return item;
    }

    private void save(Item item) {
        items.save(item);
    }

    private Person person(String username) {
        return directory.people().stream().filter(p -> p.username().equals(username)).findFirst().orElseThrow();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ChinaTime.ZONE).toInstant();
    }
}
