package org.fagai.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.organization.OrganizationDirectory.Person;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.WorkCalendar;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: seed 000's 2023 problem list — the problems the 2023 主题教育 research found, 31 problems with 67
 * measures (the first five with three, the rest two: {@link DemoPlan}'s texts, as this year's list), each measure an
 * item of the loop assigned in the summer of 2023 and verified closed by December (two of them after their deadline),
 * so the 2023 work summary states "列出问题清单31项、整改措施67条" from data. Deterministic: the same dates on every start.
 */
@Component
@Profile("demo")
@Order(91)
class DemoPastProblemList implements ApplicationRunner {

    static final int YEAR = 2023;
    static final String TITLE = YEAR + "年主题教育检视问题整改清单";

    private final ItemRepository items;
    private final ProblemLists problemLists;
    private final OrganizationDirectory directory;
    private final WorkingCalendar calendar;
    private final JdbcClient jdbc;

    DemoPastProblemList(ItemRepository items, ProblemLists problemLists, OrganizationDirectory directory,
                        WorkingCalendar calendar, JdbcClient jdbc) {
        this.items = items;
        this.problemLists = problemLists;
        this.directory = directory;
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM supervision_problem_list WHERE year = ?").param(YEAR).query(Long.class).single() > 0) {
            return;
        }
        Person district = person("district");
        Person city = person("city");
        List<OrganizationDirectory.Unit> units = directory.units();
        WorkCalendar cal = calendar.current();
        long list = problemLists.insertList(TITLE, YEAR);
        int n = 0;
        for (int p = 1; p <= 31; p++) {
            long problem = problemLists.insertProblem(list, p, DemoPlan.problem(p));
            for (int m = 1; m <= (p <= 5 ? 3 : 2); m++, n++) {
                items.save(closed(DemoPlan.measure(p, m), "PL" + list + "-" + p + "-" + m, problem, n,
                        n % 3 == 2 ? city : district, n % 3 == 2 ? district : city, units, cal));
            }
        }
    }

    /** Assigned from June 2023, signed two days later, reported, closed: on time except the 23rd and the 46th. */
    private static Item closed(String title, String ref, long problem, int n, Person lead, Person supervisor,
                               List<OrganizationDirectory.Unit> units, WorkCalendar cal) {
        LocalDate assigned = LocalDate.of(YEAR, 6, 1).plusDays(n);
        LocalDate deadline = assigned.plusDays(60 + (n * 7L) % 60);
        boolean late = n % 23 == 22;
        LocalDate closedOn = late ? deadline.plusDays(5) : deadline.minusDays(3 + n % 10);
        Actor leadActor = new Actor(lead.id(), lead.displayName(), lead.role());
        Actor supervisorActor = new Actor(supervisor.id(), supervisor.displayName(), supervisor.role());
        ItemDraft draft = new ItemDraft(title, null, "PROBLEM_LIST", ref, null, null, problem, units.get(n % units.size()).id(),
                lead.id(), List.of(), supervisor.id(), null, "339900", assigned, null, deadline, List.of(), "demo");
        Item item = new Item(draft, supervisorActor, at(assigned));
        LocalDate signed = assigned.plusDays(2);
        item.sign(leadActor, signed, cal, ColourRules.DEFAULT, at(signed));
        item.report(leadActor, "已制定整改方案并推进落实", signed.plusDays(10), cal, ColourRules.DEFAULT, at(signed.plusDays(10)));
        item.requestClosure(leadActor, "整改完成", "整改报告及相关制度文件", at(closedOn.minusDays(1)));
        item.verify(supervisorActor, closedOn, at(closedOn));
        return item;
    }

    private Person person(String username) {
        return directory.people().stream().filter(p -> p.username().equals(username)).findFirst().orElseThrow();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ChinaTime.ZONE).toInstant();
    }
}
