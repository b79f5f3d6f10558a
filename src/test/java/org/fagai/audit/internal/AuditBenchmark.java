package org.fagai.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.fagai.Bench;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditEntry;
import org.fagai.audit.AuditLog;
import org.fagai.audit.AuditPage;
import org.fagai.audit.AuditQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The audit log at 10 million rows (a year of a busy commission, kept for good): 2,000 accounts, every action, 20
 * target types, spread over 12 months, appended by the application's own role. Measures the audit page's query
 * (capped count + one page) for the filters an administrator uses, against the same two statements in raw SQL, and
 * an export's chunked walk over a month. Run: {@code ./mvnw test -Pbenchmark -Dtest=AuditBenchmark}.
 */
@SpringBootTest(properties = {"fagai.admin-password=" + Bench.ADMIN_PASSWORD, "logging.level.org.fagai=WARN",
        "fagai.approval.clock-job-cron=-"})
@ActiveProfiles("test")
class AuditBenchmark {

    private static final int ROWS = Integer.getInteger("audit.rows", 10_000_000);
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 12, 1);
    private static final int DAYS = 365;

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FlywayConnectionDetails ownerConnection;

    @Test
    void auditPageAtTenMillionRows() {
        long start = System.nanoTime();
        load();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        Bench.owner(ownerConnection).sql("VACUUM ANALYZE audit_log").update();
        Bench.report("audit data set: %,d rows appended by the application's role in %.1f s (%,.0f rows/s), VACUUM ANALYZE %.1f s, "
                        + "table + indexes %s", ROWS, loadSeconds, ROWS / loadSeconds, (System.nanoTime() - start) / 1e9,
                jdbc.sql("SELECT pg_size_pretty(pg_total_relation_size('audit_log'))").query(String.class).single());

        LocalDate june = LocalDate.of(2026, 6, 1);
        measure("no filter, newest page", new AuditQuery(null, null, null, null, null, 0, 20));
        measure("one month (June)", new AuditQuery(null, null, null, june, june.plusMonths(1).minusDays(1), 0, 20));
        measure("one day", new AuditQuery(null, null, null, june.plusDays(9), june.plusDays(9), 0, 20));
        measure("one month + account", new AuditQuery("user0042", null, null, june, june.plusMonths(1).minusDays(1), 0, 20));
        measure("account alone, page 10", new AuditQuery("user0042", null, null, null, null, 10, 20));
        measure("six months + action LOGIN_FAILED", new AuditQuery(null, AuditAction.LOGIN_FAILED, null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), 0, 20));
        measure("one month + target type", new AuditQuery(null, null, "approval", june, june.plusMonths(1).minusDays(1), 0, 20));
        measure("account + action + month", new AuditQuery("admin", AuditAction.LOGIN, null, june, june.plusMonths(1).minusDays(1), 0, 20));
        measure("one month, page 400 (the last the pager reaches)", new AuditQuery(null, null, null, june,
                june.plusMonths(1).minusDays(1), 400, 20));

        AuditFilter juneOnly = AuditFilter.of(new AuditQuery(null, null, null, june, june.plusMonths(1).minusDays(1), 0, 20));
        double[] exact = Bench.time(1, 5, () -> jdbc.sql("SELECT count(*) FROM audit_log" + juneOnly.where())
                .params(juneOnly.params()).query(Long.class).single());
        Bench.report("audit exact count of June (what the pager's cap at %,d avoids): p50 %.1f ms", AuditQuery.COUNT_LIMIT,
                Bench.median(exact));

        start = System.nanoTime();
        long exported = 0;
        for (AuditEntry ignored : audit.entries(AuditQuery.filters(null, null, null, june, june.plusMonths(1).minusDays(1)))) {
            exported++;
        }
        double exportSeconds = (System.nanoTime() - start) / 1e9;
        Bench.report("audit export walk of June: %,d entries read in %.1f s (%,.0f entries/s; Excel writing comes on top)",
                exported, exportSeconds, exported / exportSeconds);
        Bench.printSummary("AuditBenchmark");
    }

    /** Days, accounts, actions and target types skewed as in real use: a few accounts and LOGIN/UPDATE dominate. */
    private void load() {
        int batch = 1_000_000;
        for (int from = 0; from < ROWS; from += batch) {
            jdbc.sql("""
                    INSERT INTO audit_log (at, actor, action, target_type, target_id, detail, ip)
                    SELECT ?::date + (g % ?) * interval '1 day' + ((g * 7919) % 86400) * interval '1 second',
                           CASE WHEN g % 50 = 0 THEN 'admin' ELSE 'user' || lpad(((g * 31) % 2000)::text, 4, '0') END,
                           (ARRAY['LOGIN','LOGIN','LOGIN','LOGOUT','LOGOUT','UPDATE','UPDATE','UPDATE','CREATE','CREATE',
                                  'IMPORT','EXPORT','DELETE','LOGIN_FAILED','UPDATE','LOGIN','ACCOUNT_LOCKED','UPDATE','LOGOUT',
                                  'CREATE'])[1 + (g * 13) % 20],
                           (ARRAY['project','progress','approval','credit','indicator','user','calendar','department',
                                  'supervision','report','region','industry','penalty','licence','blocker','meeting',
                                  'target','warning','session','audit'])[1 + (g * 17) % 20],
                           (g % 100000)::text,
                           '修改字段 ' || (g % 97) || ' 项', '10.0.' || (g % 250) || '.' || (g % 200)
                    FROM generate_series(?::bigint, ?::bigint) g""")
                    .params(FIRST_DAY, DAYS, from + 1L, (long) Math.min(from + batch, ROWS)).update();
        }
    }

    private void measure(String label, AuditQuery query) {
        AuditFilter filter = AuditFilter.of(query);
        Supplier<?> service = () -> audit.search(query);
        Supplier<?> raw = () -> {
            jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM audit_log" + filter.where() + " LIMIT ?) AS c")
                    .params(filter.with(AuditQuery.COUNT_LIMIT + 1)).query(Long.class).single();
            return jdbc.sql("SELECT * FROM audit_log" + filter.where() + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")
                    .params(filter.with(query.size(), (long) query.page() * query.size())).query().listOfRows();
        };
        double[][] times = Bench.timePair(5, 40, service, raw);
        AuditPage page = audit.search(query);
        assertThat(page.entries()).isNotEmpty();
        double p95 = Bench.percentile(times[0], 95);
        double rawP95 = Bench.percentile(times[1], 95);
        Bench.report("audit page %-48s p50 %6.1f ms, p95 %6.1f ms (aim p95 < 200 ms: %s), raw SQL p95 %6.1f ms, ratio %.2f; "
                        + "%s%,d matching", label, Bench.median(times[0]), p95, p95 < 200 ? "met" : "MISSED", rawP95, p95 / rawP95,
                page.totalCapped() ? "> " : "", page.total());
    }
}
