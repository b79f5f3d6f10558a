package org.fagai.enterprise.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Demo demands of this year that are past the loop or not yet on it: 待派单 (raised by the enterprise account and
 * the hotline), 已答复待回访, and 已办结 with every satisfaction, one after its single reopening. Their loop history is
 * kept on the row (dates, response, rating); demands now on the loop are routed by {@link DemoDemandsOnLoop}.
 */
final class DemoRecords {

    private static final String[][] SAMPLES = {
            {"FINANCING", "流动资金贷款到期续贷困难，希望协调银行办理无还本续贷"},
            {"LAND", "扩建厂房需新增工业用地约20亩，请求协调用地指标"},
            {"LABOUR", "技术工人缺口约50人，希望对接职业院校定向培养"},
            {"APPROVAL", "技改项目备案及环评手续办理进度慢，请求加快办理"},
            {"POLICY", "去年申报的规上工业企业培育奖励尚未兑现"},
            {"UTILITIES", "新生产线投产后用电负荷不足，请求扩容变压器"},
            {"INFRASTRUCTURE", "园区道路破损，货车通行困难，请求修缮"},
            {"OTHER", "希望协调解决员工子女就近入学问题"}};

    private DemoRecords() {
    }

    static void demands(JdbcClient jdbc, List<String> codes, LocalDate today, long person, long department) {
        int year = today.getYear();
        for (int i = 0; i < 48; i++) {
            String code = codes.get((i * 9) % codes.size());
            String[] sample = SAMPLES[i % SAMPLES.length];
            LocalDate raised = LocalDate.of(year, 1 + i % Math.max(1, today.getMonthValue() - 1), 3 + i % 20);
            String state;
            String satisfaction = null;
            Boolean resolved = null;
            boolean reopened = false;
            if (i < 4) {
                state = "SUBMITTED";
                raised = today.minusDays(i);
            } else if (i < 10) {
                state = "ANSWERED";
            } else {
                state = "CLOSED";
                satisfaction = i % 6 == 0 ? "BASIC" : i % 17 == 0 ? "UNSATISFIED" : "SATISFIED";
                resolved = !"UNSATISFIED".equals(satisfaction) && i % 13 != 0;
                reopened = i % 17 == 0 || i % 19 == 0;
            }
            boolean routed = !"SUBMITTED".equals(state);
            jdbc.sql("""
                            INSERT INTO enterprise_demand (credit_code, region_code, category, content, raised_by, channel, urgency,
                              state, raised_on, department_id, lead_person_id, working_days, routed_on, deadline, signed_on,
                              responded_in_time, answer, answered_on, reopened, first_satisfaction, satisfaction, resolved, satisfied,
                              return_note, return_visited_on, closed_on, created_by)
                            SELECT e.credit_code, e.region_code, ?, ?, coalesce(e.contact_person, e.name), ?, ?, ?, ?,
                                   ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo'
                            FROM enterprise e WHERE e.credit_code = ?""")
                    .params(sample[0], sample[1], i < 2 ? "ACCOUNT" : i % 3 == 0 ? "HOTLINE" : "VISIT",
                            i % 5 == 0 ? "IMMEDIATE" : i % 4 == 0 ? "COMPLEX" : "NORMAL", state, raised,
                            routed ? department : null, routed ? person : null, routed ? 5 : null, routed ? raised : null,
                            routed ? raised.plusDays(7) : null, routed ? raised.plusDays(i % 9 == 0 ? 3 : 1) : null,
                            routed ? i % 9 != 0 : null, routed ? "已协调相关部门办理，" + sample[1].substring(0, 6) + "问题已落实" : null,
                            routed ? raised.plusDays(6) : null, reopened, reopened ? "UNSATISFIED" : satisfaction, satisfaction,
                            resolved, satisfaction == null ? null : !"UNSATISFIED".equals(satisfaction),
                            satisfaction == null ? null : "电话回访企业负责人", satisfaction == null ? null : raised.plusDays(8),
                            satisfaction == null ? null : raised.plusDays(reopened ? 20 : 8), code)
                    .update();
        }
    }
}
