package org.fagai.enterprise.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.fagai.organization.OrganizationDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: last month's inspection of the stone enterprises (seed 000 (三)四), rectifications handled by 李科长, every one inspected, with
 * hazards in every state — found, notice issued (on the loop), rectification reported, closed on time and late,
 * checked back and confirmed, reopened after a check back. Closed ones keep their history on the row.
 */
@Component
@Profile("demo")
@Order(97)
class DemoSafety implements ApplicationRunner {

    private static final String[] HAZARDS = {"切割车间粉尘收集装置未开启，作业场所粉尘浓度超标", "桥式起重机限位器失效",
            "荒料堆放超高且无防倾倒措施", "配电箱未接地，电缆私拉乱接", "废水沉淀池无防护栏", "叉车司机无特种作业操作证"};

    private final Safety safety;
    private final SafetyPlans plans;
    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;
    private final UserDetailsService accounts;

    DemoSafety(Safety safety, SafetyPlans plans, JdbcClient jdbc, OrganizationDirectory directory, UserDetailsService accounts) {
        this.safety = safety;
        this.plans = plans;
        this.jdbc = jdbc;
        this.directory = directory;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM safety_inspection").query(Long.class).single() > 0
                || jdbc.sql("SELECT count(*) FROM enterprise").query(Long.class).single() == 0) {
            return;
        }
        YearMonth month = YearMonth.from(safety.today()).minusMonths(1);
        long city = directory.people().stream().filter(p -> p.username().equals("city")).findFirst().orElseThrow().id();
        long unit = directory.units().stream().filter(u -> u.name().equals("投资科")).findFirst().orElseThrow().id();
        DemoSignIn.as(accounts, "admin", () -> {
            long plan = plans.plan(new SafetyCommands.Plan(month.toString(), "STONE", "339900"));
            List<String> stone = jdbc.sql("SELECT credit_code FROM enterprise_flag WHERE flag = 'STONE' AND year = ? ORDER BY credit_code")
                    .param(month.getYear()).query(String.class).list();
            for (int i = 0; i < stone.size(); i++) {
                LocalDate on = month.atDay(3 + i % 20);
                List<SafetyCommands.NewHazard> found = i % 3 == 2 ? List.of()
                        : List.of(new SafetyCommands.NewHazard(HAZARDS[i % HAZARDS.length], i % 8 == 0 ? "MAJOR" : "GENERAL"));
                long inspection = safety.inspect(new SafetyCommands.Inspection(plan, stone.get(i), on, "李科长、王科员",
                        "粉尘防控；起重设备；用电安全；荒料堆放；特种作业持证", null, found));
                if (found.isEmpty()) {
                    continue;
                }
                long hazard = jdbc.sql("SELECT id FROM safety_hazard WHERE inspection_id = ?").param(inspection).query(Long.class).single();
                int kind = i % 7;
                if (kind >= 1 && kind <= 2) {
                    safety.notice(hazard, new SafetyCommands.Notice("立即停止相关作业，限期完成整改并报送整改照片", 10, unit, city));
                    if (kind == 2) {
                        safety.rectify(hazard, new SafetyCommands.Rectification("已完成整改", "整改前后照片"));
                    }
                } else if (kind >= 3) {
                    boolean late = kind == 4;
                    boolean checked = kind == 5;
                    boolean reopened = kind == 6;
                    jdbc.sql("""
                                    UPDATE safety_hazard SET notice_number = ?, measures = '限期整改并报送整改照片', notice_working_days = 10,
                                      notice_issued_on = ?, deadline = ?, rectification = '已完成整改', evidence = '整改前后照片',
                                      rectified_on = ?, state = ?, closed_on = ?, on_time = ?, followed_up_on = ?,
                                      follow_up_result = ?, reopened_count = ? WHERE id = ?""")
                            .params("安整〔" + month.getYear() + "〕" + String.format("%03d", 500 + i) + "号", on, on.plusDays(14),
                                    on.plusDays(late ? 18 : 9), reopened ? "NOTICE_ISSUED" : "CLOSED",
                                    reopened ? null : on.plusDays(late ? 20 : 10), reopened ? null : !late,
                                    checked || reopened ? on.plusDays(20) : null,
                                    checked ? "回头看：整改到位" : reopened ? "回头看：粉尘浓度仍超标，重新整改" : null, reopened ? 1 : 0,
                                    hazard)
                            .update();
                }
            }
            return null;
        });
    }
}
