package org.fagai.project.internal.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.fagai.shared.web.StoredTexts;
import org.fagai.FagaiIntegrationTest;
import org.fagai.project.PlanChanged;
import org.fagai.project.ProgressReported;
import org.fagai.project.ProjectStage;
import org.fagai.project.StageChanged;
import org.fagai.project.internal.progress.ProgressInput;
import org.fagai.project.internal.progress.ProgressLedger;
import org.fagai.project.internal.registry.ProjectInput;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The warnings follow the facts by events: a report publishes {@link ProgressReported}, a stage change
 * {@link StageChanged}, a changed list entry {@link PlanChanged}; the warnings hear each and are judged again.
 */
@FagaiIntegrationTest
@EnableScenarios
class WarningRefreshScenarioTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(770_000);
    private static final YearMonth JUNE = YearMonth.of(2019, 6);

    @Autowired
    ProjectRegistry registry;
    @Autowired
    ProgressLedger ledger;
    @Autowired
    JdbcClient jdbc;

    private record Judged(String colour, String reasons, BigDecimal yearToDate) {
    }

    /** A 2019 city-level project in 前期, planned to start 2019-01: total 10000, plan 4000 (万元). */
    private long preparingProject(String code) {
        registry.create(new ProjectInput(code, "事件测试项目", "测试公司", "91350100M000100Y43", null, null, "339905", "3741", null,
                null, "2019-01", "2020-12", new BigDecimal("10000"), null, null, null, new BigDecimal("10000"), null, null, null,
                "前期", 2019, "市级", "新建", new BigDecimal("4000"), null));
        return jdbc.sql("SELECT id FROM project WHERE code = ?").param(code).query(Long.class).single();
    }

    private String newCode() {
        return "1901-339905-04-01-" + SERIAL.incrementAndGet();
    }

    private Judged judged(long id, YearMonth month) {
        return jdbc.sql("SELECT colour, reasons, year_to_date FROM project_warning WHERE project_id = ? AND month = ?")
                .params(id, month.atDay(1)).query((rs, i) -> new Judged(rs.getString(1), StoredTexts.chinese(rs.getString(2)), rs.getBigDecimal(3)))
                .single();
    }

    @Test
    @WithUserDetails("city")
    void aStageChangePublishesStageChangedAndTheWarningsJudgeTheStartedProject(Scenario scenario) {
        String code = newCode();
        long id = preparingProject(code);
        assertThat(judged(id, JUNE).reasons()).contains("未开工");
        scenario.stimulate(() -> registry.changeStage(code, ProjectStage.CONSTRUCTION, LocalDate.of(2019, 1, 10), "开工仪式"))
                .andWaitForEventOfType(StageChanged.class)
                .matchingMappedValue(StageChanged::projectId, id)
                .toArriveAndVerify(changed -> {
                    assertThat(changed.stage()).isEqualTo(ProjectStage.CONSTRUCTION);
                    assertThat(judged(id, JUNE).reasons()).doesNotContain("未开工")
                            .contains("年度计划完成0.0%，落后序时进度50.0%共50.0个百分点");
                });
    }

    @Test
    @WithUserDetails("city")
    void aReportPublishesProgressReportedAndTheWarningsCarryItsYearToDateFromItsMonth(Scenario scenario) {
        String code = newCode();
        long id = preparingProject(code);
        registry.changeStage(code, ProjectStage.CONSTRUCTION, LocalDate.of(2019, 1, 10), null);
        registry.register(code, LocalDate.of(2019, 1, 20));
        ledger.reopen(code, YearMonth.of(2019, 3));
        scenario.stimulate(() -> ledger.report(code, new ProgressInput("2019-03", new BigDecimal("3000"), "主体施工", null)))
                .andWaitForEventOfType(ProgressReported.class)
                .matching(reported -> reported.projectIds().equals(List.of(id)))
                .toArriveAndVerify(reported -> {
                    assertThat(reported.year()).isEqualTo(2019);
                    assertThat(reported.fromMonth()).isEqualTo(3);
                    assertThat(judged(id, YearMonth.of(2019, 2)).yearToDate()).isEqualByComparingTo("0");
                    assertThat(judged(id, JUNE).yearToDate()).isEqualByComparingTo("3000");
                    assertThat(judged(id, JUNE).colour()).isEqualTo("GREEN");   // 75% of the plan at 50% of the year
                });
    }

    @Test
    @WithUserDetails("city")
    void aChangedPlanIsJudgedAgainWhenPlanChangedIsHeard(Scenario scenario) {
        String code = newCode();
        long id = preparingProject(code);
        registry.changeStage(code, ProjectStage.CONSTRUCTION, LocalDate.of(2019, 1, 10), null);
        registry.register(code, LocalDate.of(2019, 1, 20));
        ledger.reopen(code, YearMonth.of(2019, 3));
        ledger.report(code, new ProgressInput("2019-03", new BigDecimal("3000"), null, null));
        assertThat(judged(id, JUNE).colour()).isEqualTo("GREEN");
        jdbc.sql("UPDATE project_plan SET planned_investment = 10000 WHERE project_id = ? AND year = 2019").param(id).update();
        scenario.publish(new PlanChanged(2019, List.of(id)))
                .andWaitForStateChange(() -> judged(id, JUNE).colour(), "YELLOW"::equals)
                .andVerify(colour -> assertThat(judged(id, JUNE).reasons())
                        .isEqualTo("年度计划完成30.0%，落后序时进度50.0%共20.0个百分点"));   // 入库 on time: the only reason
    }
}
