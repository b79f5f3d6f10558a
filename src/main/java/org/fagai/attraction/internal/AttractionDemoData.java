package org.fagai.attraction.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fagai.attraction.internal.DemoLeads.YearPlan;
import org.fagai.enterprise.EnterpriseFlag;
import org.fagai.enterprise.EnterpriseRegistry;
import org.fagai.organization.ActingUsers;
import org.fagai.organization.CurrentUser;
import org.fagai.project.ProjectCatalog;
import org.fagai.project.ProjectRef;
import org.fagai.project.ProjectStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile, first start (after the key projects and the enterprises): 示范市's attraction work from 2023 to today.
 * 2023 states seed 000 (二)三 exactly — 130 trips led by the principal leaders, 832 negotiations, 32 provincial or
 * national signing events, 370 projects signed with 1580亿元 agreed — and every stage of the funnel is populated, with
 * dollar contracts at demo exchange rates, companies registered in the enterprise registry (some of them local
 * enterprises expanding), leads started on demo key projects, dropped and stalled leads for the officers 李科长 and 王科员.
 */
@Component
@Profile("demo")
@Order(98)
class AttractionDemoData implements ApplicationRunner {

    static final int TRIPS_2023 = 130;
    static final int NEGOTIATIONS_2023 = 832;
    static final int MAJOR_EVENTS_2023 = 32;
    static final int SIGNED_2023 = 370;
    static final BigDecimal AGREED_2023 = new BigDecimal("15800000.00");

    private static final Logger log = LoggerFactory.getLogger(AttractionDemoData.class);

    private final JdbcTemplate jdbc;
    private final ExchangeRates rates;
    private final ProjectCatalog projects;
    private final EnterpriseRegistry enterprises;
    private final ActingUsers acting;
    private final DemoWriter writer;
    private final Clock clock;

    AttractionDemoData(JdbcTemplate jdbc, ExchangeRates rates, ProjectCatalog projects, EnterpriseRegistry enterprises,
                       ActingUsers acting, DemoWriter writer, Clock clock) {
        this.jdbc = jdbc;
        this.rates = rates;
        this.projects = projects;
        this.enterprises = enterprises;
        this.acting = acting;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Long existing = jdbc.queryForObject("SELECT (SELECT count(*) FROM attraction_lead) + (SELECT count(*) FROM attraction_trip)",
                Long.class);
        Optional<CurrentUser> city = account("city");
        Optional<CurrentUser> district = account("district");
        if (existing == null || existing > 0 || city.isEmpty() || district.isEmpty()) {
            return;
        }
        long started = System.currentTimeMillis();
        LocalDate today = LocalDate.now(clock);
        insertRates(today);
        DemoWorld w = new DemoWorld();
        List<Integer> years = new ArrayList<>();
        for (int y = 2023; y <= today.getYear(); y++) {
            years.add(y);
        }
        Map<Integer, List<DemoWorld.Event>> majors = new LinkedHashMap<>();
        Iterator<Long> tripIds = writer.ids("attraction_trip_id_seq", years.stream().mapToInt(y -> trips(y, true) + trips(y, false)).sum());
        Iterator<Long> eventIds = writer.ids("attraction_event_id_seq", years.stream().mapToInt(y -> events(y, true) + events(y, false)).sum());
        for (int y : years) {
            LocalDate until = y == today.getYear() ? today : LocalDate.of(y, 12, 31);
            DemoActivities.trips(w, tripIds, y, until, trips(y, true), trips(y, false));
            majors.put(y, DemoActivities.events(w, eventIds, y, until, events(y, true), events(y, false)));
        }
        List<YearPlan> plans = years.stream().map(y -> y == 2023 ? new YearPlan(y, SIGNED_2023, 180, AGREED_2023)
                : new YearPlan(y, y == today.getYear() ? 70 : 100 + (y - 2024) * 10, y == today.getYear() ? 110 : 80, null)).toList();
        Iterator<Long> leadIds = writer.ids("attraction_lead_id_seq", plans.stream().mapToInt(p -> p.signed() + p.unsigned()).sum());
        List<ProjectRef> keyProjects = keyProjects();
        DemoLeads leads = new DemoLeads(w, today, city.get().id(), district.get().id(), localEnterprises(today),
                day -> rates.rateFor(ExchangeRates.USD, day, "amountUsd"), pool(keyProjects, ProjectStage.FULL_CAPACITY, ProjectStage.FULL_CAPACITY),
                pool(keyProjects, ProjectStage.OPERATING, ProjectStage.OPERATING),
                pool(keyProjects, ProjectStage.CONSTRUCTION, ProjectStage.COMPLETED));
        for (YearPlan plan : plans) {
            leads.year(plan, leadIds, majors.get(plan.year()));
        }
        for (int y : years) {
            LocalDate until = y == today.getYear() ? today : LocalDate.of(y, 12, 31);
            DemoActivities.topUpNegotiations(w, y, until, y == 2023 ? NEGOTIATIONS_2023 : 300);
        }
        acting.as(city.get(), () -> {
            w.companies.forEach(c -> enterprises.registerIfAbsent(c.code(), c.name(), c.region(), c.industry()));
            return null;
        });
        writer.write(w);
        log.info("Demo attraction data: {} trips, {} events, {} leads, {} signings, {} negotiations, {} companies in {} ms",
                w.trips.size(), w.events.size(), w.leads.size(), w.signings.size(), w.negotiations.size(), w.companies.size(),
                System.currentTimeMillis() - started);
    }

    private static int trips(int year, boolean principal) {
        return principal ? (year == 2023 ? TRIPS_2023 : 110 + year % 7) : 40;
    }

    private static int events(int year, boolean major) {
        return major ? (year == 2023 ? MAJOR_EVENTS_2023 : 24 + year % 5) : 18;
    }

    /** Demo USD rates (labelled as such) for every weekday from December 2022 to today. */
    private void insertRates(LocalDate today) {
        List<Object[]> rows = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2022, 12, 1); !d.isAfter(today); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            double wave = 7.05 + 0.15 * Math.sin(d.toEpochDay() / 45.0);
            rows.add(new Object[] {"USD", Date.valueOf(d), BigDecimal.valueOf(wave).setScale(4, RoundingMode.HALF_UP), "演示汇率（非真实中间价）",
                    "city"});
        }
        jdbc.batchUpdate("INSERT INTO attraction_exchange_rate (currency, rate_date, rate, source, entered_by) VALUES (?, ?, ?, ?, ?)", rows);
    }

    /** The demo city's key projects with formal codes (each district's first 500 and the city's). */
    private List<ProjectRef> keyProjects() {
        Map<String, ProjectRef> found = new LinkedHashMap<>();
        for (String region : DemoWorld.REGIONS) {
            projects.inRegion(region, 500).stream().filter(p -> !p.provisionalCode()).forEach(p -> found.putIfAbsent(p.code(), p));
        }
        return List.copyOf(found.values());
    }

    /** Those at these stages, for leads to start on. */
    private static Deque<ProjectRef> pool(List<ProjectRef> projects, ProjectStage from, ProjectStage to) {
        return new ArrayDeque<>(projects.stream().filter(p -> p.stage().compareTo(from) >= 0 && p.stage().compareTo(to) <= 0).toList());
    }

    private List<String> localEnterprises(LocalDate today) {
        List<String> codes = enterprises.withFlag(EnterpriseFlag.KEY, today.getYear(), "339900");
        return codes.size() > 200 ? codes.subList(0, 200) : codes;
    }

    private Optional<CurrentUser> account(String username) {
        return acting.enabled().stream().filter(u -> u.username().equals(username)).findFirst();
    }
}
