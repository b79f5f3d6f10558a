package org.fagai.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.fagai.Bench;
import org.fagai.organization.ActingUsers;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.ChinaTime;
import org.fagai.supervision.Colour;
import org.fagai.supervision.ItemState;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * 督办 at volume: 100,000 items assigned over five years (2022–2026) to 300 lead units in 300 counties, with 600 staff
 * leading and supervising them and one busy officer who leads 2,000 and supervises 1,000, loaded with COPY. Measures the
 * filtered list (p50/p95 of the service call, as an administrator and as a county officer), the statistics against the
 * same aggregates in raw SQL, and the busy officer's to-do list (every module's sources).
 * Run: {@code ./mvnw test -Pbenchmark -Dtest=SupervisionBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"fagai.admin-password=" + Bench.ADMIN_PASSWORD, "logging.level.org.fagai=WARN",
                "fagai.approval.clock-job-cron=-", "fagai.supervision.reminder-cron=-", "fagai.mail.outbox-cron=-"})
@ActiveProfiles("test")
class SupervisionBenchmark {

    private static final int ITEMS = 100_000;
    private static final int UNITS = 300;
    private static final int PEOPLE = 600;
    private static final int BUSY_LEADS = 2_000;
    private static final int BUSY_SUPERVISES = 1_000;
    private static final int FIRST_YEAR = 2022;
    private static final String[] SOURCES = {"ANNUAL_TASK", "LEADER_INSTRUCTION", "MEETING_DECISION", "PROBLEM_LIST",
            "PROJECT_BLOCKER", "ENTERPRISE_DEMAND"};
    private static final String[] SUBJECTS = {"重点项目前期手续办理", "企业用地问题协调", "营商环境整改", "专项债项目申报", "园区道路建设",
            "能耗双控目标落实", "安全生产隐患整改", "招商引资项目落地", "民生实事推进", "问题清单整改措施"};

    @Autowired
    ItemSearch search;
    @Autowired
    SupervisionStatistics statistics;
    @Autowired
    TodoList todo;
    @Autowired
    ActingUsers acting;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FlywayConnectionDetails ownerConnection;
    @Autowired
    DataSource dataSource;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void listStatisticsAndToDo() throws Exception {
        Bench.signInAdmin(userDetails, encoder);
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        long start = System.nanoTime();
        Loaded data = load(today);
        Bench.report("supervision data set: %,d items %d–%d, %d lead units in %d counties, %d staff, loaded by COPY in %.1f s",
                ITEMS, FIRST_YEAR, today.getYear(), UNITS, UNITS, PEOPLE + 1, (System.nanoTime() - start) / 1e9);
        int year = today.getYear();
        long unit = data.units().get(17);

        // ---- the list, as an administrator -------------------------------------------------------------------
        List<Double> p95s = new ArrayList<>();
        p95s.add(list("no filter, page 1", query(null, null, null, null, null, null, "deadline", 0)));
        p95s.add(list("year=" + year, query(null, null, null, null, year, null, "deadline", 0)));
        p95s.add(list("year, state=IN_PROGRESS, colour=YELLOW", query(null, ItemState.IN_PROGRESS, Colour.YELLOW, null, year, null, "deadline", 0)));
        p95s.add(list("colour=RED, sort by colour", query(null, null, Colour.RED, null, null, null, "colour", 0)));
        p95s.add(list("unit, year", query(null, null, null, unit, year - 1, null, "deadline", 0)));
        p95s.add(list("source=LEADER_INSTRUCTION, year, page 20", query("LEADER_INSTRUCTION", null, null, null, year - 2, null, "-assigned", 19)));
        p95s.add(list("state=CLOSED, year, page 100", query(null, ItemState.CLOSED, null, null, year - 3, null, "deadline", 99)));
        p95s.add(list("q=专项债 (keyword)", query(null, null, null, null, null, "专项债", "deadline", 0)));
        String rawWhere = " FROM supervision_item i WHERE i.year = ?";
        double[] raw = Bench.time(5, 50, 30, () -> List.of(jdbc.sql("SELECT count(*)" + rawWhere).param(year).query(Long.class).single(),
                jdbc.sql("SELECT *" + rawWhere + " ORDER BY i.deadline, i.id LIMIT 20").param(year).query().listOfRows()));
        Bench.report("supervision list year=%d in raw SQL (count + page): p50 %6.1f ms, p95 %6.1f ms", year, Bench.median(raw),
                Bench.percentile(raw, 95));

        // ---- the list, as a county officer (his region, plus what he leads or supervises anywhere) --------------
        CurrentUser busy = acting.enabled().stream().filter(u -> u.username().equals("busy")).findFirst().orElseThrow();
        p95s.add(acting.as(busy, () -> list("county officer, no filter", query(null, null, null, null, null, null, "deadline", 0))));
        p95s.add(acting.as(busy, () -> list("county officer, year, colour=RED", query(null, null, Colour.RED, null, year, null, "deadline", 0))));
        Bench.report("supervision list: worst p95 of %d filter mixes %.1f ms (aim < 100 ms: %s)", p95s.size(),
                p95s.stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
                p95s.stream().allMatch(p -> p < 100) ? "met" : "MISSED");

        // ---- the statistics --------------------------------------------------------------------------------------
        for (int y : new int[] {year - 1, year}) {
            List<String> service = statsByService(y);
            List<String> sql = statsBySql(y);
            assertThat(service).isEqualTo(sql);
            double[][] stats = Bench.timePair(5, 20, () -> statsByService(y), () -> statsBySql(y));
            double serviceMs = Bench.median(stats[0]);
            double sqlMs = Bench.median(stats[1]);
            Bench.report("supervision statistics %d (%,d items; by area, unit, source, month, total): service %.1f ms, raw SQL %.1f ms,"
                            + " ratio %.2f (aim <= 1.5: %s)", y, data.perYear(), serviceMs, sqlMs, serviceMs / sqlMs,
                    serviceMs / sqlMs <= 1.5 ? "met" : "MISSED");
        }

        // ---- the busy officer's to-do list (every TodoSource) -----------------------------------------------------
        List<TodoEntry> entries = acting.as(busy, todo::forCurrentUser);
        double[] todoMs = Bench.time(5, 50, 30, () -> acting.as(busy, todo::forCurrentUser));
        Bench.report("to-do list of a busy officer (leads %,d, supervises %,d; %d entries): p50 %.1f ms, p95 %.1f ms (aim < 100 ms: %s)",
                BUSY_LEADS, BUSY_SUPERVISES, entries.size(), Bench.median(todoMs), Bench.percentile(todoMs, 95),
                Bench.percentile(todoMs, 95) < 100 ? "met" : "MISSED");
        Bench.printSummary("SupervisionBenchmark");
    }

    private static ItemQuery query(String source, ItemState state, Colour colour, Long unit, Integer year, String q, String sort,
                                   int page) {
        return new ItemQuery(source, state, colour, unit, year, null, null, q, sort, page, 20);
    }

    private double list(String label, ItemQuery query) {
        Supplier<ItemPage> call = () -> search.search(query);
        ItemPage page = call.get();
        double[] ms = Bench.time(5, 50, 30, call);
        double p95 = Bench.percentile(ms, 95);
        Bench.report("supervision list %-42s p50 %6.1f ms, p95 %6.1f ms (aim p95 < 100 ms), %,d matching, %d runs", label + ":",
                Bench.median(ms), p95, page.total(), ms.length);
        return p95;
    }

    // ---- the statistics by the service and in raw SQL ------------------------------------------------------------

    private List<String> statsByService(int year) {
        SupervisionStatistics.Report r = statistics.report(year);
        List<String> lines = new ArrayList<>();
        for (List<SupervisionStatistics.Row> rows : List.of(r.byArea(), r.byUnit(), r.bySource(), r.byMonth(), List.of(r.total()))) {
            rows.forEach(row -> lines.add(row.key() + "|" + row.assigned() + "|" + row.closed() + "|" + row.closedOnTime() + "|" + row.overdue()));
        }
        return lines;
    }

    private List<String> statsBySql(int year) {
        List<String> lines = new ArrayList<>();
        for (String key : List.of("coalesce(area, 0)::text", "lead_unit_id::text", "source_type",
                "lpad(extract(month FROM assigned_on)::text, 2, '0')", "'total'")) {
            lines.addAll(jdbc.sql("SELECT " + key + " AS k, count(*), count(*) FILTER (WHERE state = 'CLOSED'),"
                            + " count(*) FILTER (WHERE closed_on_time), count(*) FILTER (WHERE colour = 'RED')"
                            + " FROM supervision_item WHERE year = ? AND state <> 'CANCELLED' GROUP BY 1 ORDER BY 1")
                    .param(year).query((rs, n) -> rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getLong(3) + "|" + rs.getLong(4)
                            + "|" + rs.getLong(5)).list());
        }
        return lines;
    }

    // ---- data set ----------------------------------------------------------------------------------------------

    private record Loaded(List<Long> units, List<Long> people, long busy, int perYear) {
    }

    private Loaded load(LocalDate today) throws Exception {
        List<String> counties = jdbc.sql("SELECT code FROM region WHERE level = 'COUNTY' ORDER BY code LIMIT " + UNITS)
                .query(String.class).list();
        try (Bench.Copy copy = new Bench.Copy(dataSource, "department", "name, region_code, sort_order")) {
            for (int u = 0; u < UNITS; u++) {
                copy.row("督办测试科" + u, counties.get(u), u);
            }
        }
        List<long[]> units = jdbc.sql("SELECT id, region_code::bigint FROM department WHERE name LIKE '督办测试科%' ORDER BY sort_order")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        String hash = encoder.encode("Bench#Staff2026");
        try (Bench.Copy copy = new Bench.Copy(dataSource, "app_user", "username, display_name, password_hash, role, department_id, region_code")) {
            for (int p = 0; p < PEOPLE; p++) {
                long[] unit = units.get(p % UNITS);
                copy.row("staff" + p, "督办人员" + p, hash, p % 50 == 0 ? "LEADER" : "STAFF", unit[0], unit[1]);
            }
            copy.row("busy", "忙碌的科长", hash, "STAFF", units.get(0)[0], units.get(0)[1]);
        }
        List<Long> people = jdbc.sql("SELECT id FROM app_user WHERE username LIKE 'staff%' ORDER BY id").query(Long.class).list();
        long busy = jdbc.sql("SELECT id FROM app_user WHERE username = 'busy'").query(Long.class).single();
        Random random = new Random(13);
        int years = today.getYear() - FIRST_YEAR + 1;
        try (Bench.Copy copy = new Bench.Copy(dataSource, "supervision_item", "title, source_type, year, area, lead_unit_id,"
                + " lead_person_id, supervisor_id, leader_id, region_code, assigned_on, deadline, state, colour, colour_reason,"
                + " signed_on, next_report_due, closed_on, closed_on_time, escalated_on, created_by")) {
            for (int n = 0; n < ITEMS; n++) {
                int year = FIRST_YEAR + n % years;
                int u = random.nextInt(UNITS);
                long lead = n < BUSY_LEADS * 50 && n % 50 == 0 ? busy : people.get(random.nextInt(PEOPLE));
                long supervisor = n < BUSY_SUPERVISES * 50 && n % 50 == 25 ? busy : people.get(random.nextInt(PEOPLE));
                if (lead == supervisor) {
                    supervisor = people.get((people.indexOf(supervisor) + 1) % PEOPLE);
                }
                long leader = people.get(50 * random.nextInt(PEOPLE / 50));
                LocalDate assigned = LocalDate.of(year, 1, 1).plusDays(random.nextInt(year == today.getYear() ? today.getDayOfYear() : 365));
                LocalDate deadline = assigned.plusDays(10 + random.nextInt(110));
                Object[] fate = fate(random, assigned, deadline, today);
                copy.row(SUBJECTS[n % SUBJECTS.length] + "（" + n + "）", SOURCES[random.nextInt(SOURCES.length)], year,
                        1 + random.nextInt(8), units.get(u)[0], lead, supervisor, leader, units.get(u)[1], assigned, deadline,
                        fate[0], fate[1], fate[2], fate[3], fate[4], fate[5], fate[6], fate[7], "bench");
            }
        }
        JdbcClient owner = Bench.owner(ownerConnection);
        owner.sql("VACUUM ANALYZE supervision_item").update();
        owner.sql("ANALYZE department").update();
        owner.sql("ANALYZE app_user").update();
        return new Loaded(units.stream().map(u -> u[0]).toList(), people, busy, ITEMS / years);
    }

    /** state, colour, reason, signed, next report due, closed on, on time, escalated: a plausible life for the item. */
    private static Object[] fate(Random random, LocalDate assigned, LocalDate deadline, LocalDate today) {
        LocalDate signed = assigned.plusDays(1 + random.nextInt(3));
        if (deadline.isBefore(today) && random.nextInt(100) < 88) {
            boolean onTime = random.nextInt(100) < 85;
            LocalDate closed = onTime ? deadline.minusDays(random.nextInt(8)) : deadline.plusDays(1 + random.nextInt(20));
            if (closed.isAfter(today)) {
                closed = today;
            }
            return new Object[] {"CLOSED", onTime ? "GREEN" : "RED", onTime ? "按期办结" : "逾期办结", signed, null, closed, onTime, null};
        }
        if (random.nextInt(100) < 2) {
            return new Object[] {"CANCELLED", "GREEN", null, signed, null, null, null, null};
        }
        String state = switch (random.nextInt(10)) {
            case 0, 1 -> "PENDING_SIGN";
            case 2 -> "CLOSURE_REQUESTED";
            default -> "IN_PROGRESS";
        };
        boolean signedYet = !state.equals("PENDING_SIGN");
        LocalDate reportDue = state.equals("IN_PROGRESS") ? today.withDayOfMonth(1).plusMonths(1).plusDays(4) : null;
        if (deadline.isBefore(today)) {
            return new Object[] {state, "RED", "已超过期限 " + deadline, signedYet ? signed : null, reportDue, null, null, deadline.plusDays(1)};
        }
        boolean near = !deadline.isAfter(today.plusDays(4));
        return new Object[] {state, near ? "YELLOW" : "GREEN", near ? "距期限不足 3 个工作日" : null, signedYet ? signed : null, reportDue,
                null, null, null};
    }
}
