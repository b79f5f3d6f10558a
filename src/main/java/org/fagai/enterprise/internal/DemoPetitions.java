package org.fagai.enterprise.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.shared.WorkCalendar;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: 信访 cases of the last months in every state and limit — awaiting acceptance (in time and past its 15
 * days), accepted and on the 督办 loop (one extended by 30 days, which moved its item's deadline), not accepted, answered
 * on time and late. The open ones go through the service as admin, handled by 李科长; the finished ones keep their
 * history on the row. Every due date is {@link PetitionLimits}'.
 */
@Component
@Profile("demo")
@Order(98)
class DemoPetitions implements ApplicationRunner {

    private final Petitions petitions;
    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;
    private final UserDetailsService accounts;
    private final WorkingCalendar calendar;
    private final Clock clock;

    DemoPetitions(Petitions petitions, JdbcClient jdbc, OrganizationDirectory directory, UserDetailsService accounts,
                  WorkingCalendar calendar, Clock clock) {
        this.petitions = petitions;
        this.jdbc = jdbc;
        this.directory = directory;
        this.accounts = accounts;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM petition").query(Long.class).single() > 0
                || jdbc.sql("SELECT count(*) FROM enterprise").query(Long.class).single() == 0) {
            return;
        }
        long city = directory.people().stream().filter(p -> p.username().equals("city")).findFirst().orElseThrow().id();
        long unit = directory.units().stream().filter(u -> u.name().equals("投资科")).findFirst().orElseThrow().id();
        String stone = jdbc.sql("SELECT credit_code FROM enterprise_flag WHERE flag = 'STONE' ORDER BY credit_code LIMIT 1")
                .query(String.class).optional().orElse(null);
        LocalDate today = LocalDate.now(clock);
        DemoSignIn.as(accounts, "admin", () -> {
            receive("王某", null, "339902", "反映小区周边石材加工厂夜间作业噪声扰民", today.minusDays(3));
            receive("李某", stone, null, "反映石材企业废水外排，要求查处", today.minusDays(20));
            long accepted = receive("赵某", null, "339903", "反映工业园区道路建设征地补偿款未按期发放", today.minusDays(40));
            petitions.decide(accepted, new PetitionCommands.Decide(true, today.minusDays(33), unit, city, null));
            long extended = receive("钱某", null, "339904", "反映老旧小区改造项目施工影响居民出行", today.minusDays(95));
            petitions.decide(extended, new PetitionCommands.Decide(true, today.minusDays(85), unit, city, null));
            petitions.extend(extended, new PetitionCommands.Extend(30, "涉及多个部门，需会商后答复"));
            closed("孙某", "339902", "要求撤销已生效的法院判决", today.minusDays(60), today.minusDays(52), null, null,
                    "属于诉讼程序解决的事项，已告知通过法定途径反映");
            closed("周某", "339905", "反映惠企政策兑现资金未到账", today.minusDays(80), today.minusDays(75), today.minusDays(30),
                    "经核实，奖励资金已于本月拨付到企业账户", null);
            closed("吴某", "339903", "反映企业用电扩容申请久拖未办", today.minusDays(130), today.minusDays(120), today.minusDays(40),
                    "已协调供电部门完成扩容", null);
            return null;
        });
    }

    /** A case already finished keeps its history on the row, not as a 督办 item (like the demo's closed demands). */
    private void closed(String petitioner, String region, String content, LocalDate received, LocalDate decided,
                        LocalDate answered, String answer, String refusal) {
        WorkCalendar cal = calendar.current();
        LocalDate answerDue = refusal == null ? PetitionLimits.REGULATION.answerDue(decided, 0, cal) : null;
        jdbc.sql("""
                        INSERT INTO petition (petitioner, region_code, content, state, received_on, accept_due, accepted_on,
                          refusal_reason, answer_due, answered_on, answer, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'admin')""")
                .params(petitioner, region, content, refusal == null ? "ANSWERED" : "NOT_ACCEPTED", received,
                        PetitionLimits.REGULATION.acceptDue(received, cal), decided, refusal, answerDue, answered, answer)
                .update();
    }

    private long receive(String petitioner, String creditCode, String region, String content, LocalDate on) {
        return petitions.receive(new PetitionCommands.Receive(petitioner, creditCode, region, content, on)).id();
    }
}
