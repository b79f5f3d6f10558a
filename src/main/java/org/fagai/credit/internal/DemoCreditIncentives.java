package org.fagai.credit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.credit.Incentive;
import org.fagai.shared.CreditCode;
import org.fagai.shared.LongTerm;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile, first start with the red list empty: two 守信激励对象 (one 纳税信用A级 with the green channel, one 诚信典型),
 * and for the demo enterprise account (示范市东湖精密机械有限公司) two published penalties — one open for an online
 * repair, one with a repair application waiting for the credit section — and a kept 信用承诺.
 */
@Component
@Profile("demo")
@Order(71)
class DemoCreditIncentives implements ApplicationRunner {

    static final String ENTERPRISE_ACCOUNT = "91339902MA0000015J";
    static final String TAX_A = CreditCode.withCheckDigits("91339902MA2K0R01").value();
    static final String MODEL = CreditCode.withCheckDigits("91339903MA2K0R02").value();

    private final JdbcClient jdbc;
    private final RedList redList;
    private final Penalties penalties;
    private final WorkingCalendar calendar;
    private final CreditAuthority authority;
    private final PublicationTermBook terms;

    DemoCreditIncentives(JdbcClient jdbc, RedList redList, Penalties penalties, WorkingCalendar calendar,
                         CreditAuthority authority, PublicationTermBook terms) {
        this.jdbc = jdbc;
        this.redList = redList;
        this.penalties = penalties;
        this.calendar = calendar;
        this.authority = authority;
        this.terms = terms;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM credit_red_list").query(Long.class).single() > 0) {
            return;
        }
        redList.insert("东湖区守信光电科技有限公司", TAX_A, "纳税信用A级", "示范市税务局 2025年度纳税信用A级名单",
                new String[] {Incentive.GREEN_CHANNEL.name(), Incentive.CREDIT_LENDING.name(), Incentive.FEWER_INSPECTIONS.name()},
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), "city");
        redList.insert("西山诚信建设集团有限公司", MODEL, "诚信典型（市发改委选树）", "示发改信用〔2026〕6号",
                new String[] {Incentive.GREEN_CHANNEL.name(), Incentive.PARTIAL_ACCEPTANCE.name()},
                LocalDate.of(2026, 6, 1), LocalDate.of(2028, 5, 31), "city");
        long open = penalty(PenaltyCategory.GENERAL, "示发改罚〔2026〕3号", "未按规定报送价格监测资料",
                LocalDate.of(2026, 3, 10));
        long waiting = penalty(PenaltyCategory.SAFETY_PRODUCTION, "示发改罚〔2025〕18号", "未落实安全生产主体责任",
                LocalDate.of(2025, 11, 20));
        long application = jdbc.sql("""
                        INSERT INTO credit_repair_application (penalty_id, credit_code, region_code, reason, commitment, status,
                          submitted_at, submitted_by, due_date)
                        VALUES (?, ?, '339900', ?, ?, 'SUBMITTED', '2026-12-01 10:00+08', 'enterprise', ?) RETURNING id""")
                .params(waiting, ENTERPRISE_ACCOUNT, "已缴纳罚款，完成仓储场所安全警示标志整改并通过复查",
                        "本单位承诺所提交材料真实有效，今后依法诚信经营", calendar.current().addWorkingDays(LocalDate.of(2026, 12, 1), 5).deadline())
                .query(Long.class).single();
        jdbc.sql("INSERT INTO credit_repair_material (application_id, file_name, content_type, size_bytes, content) VALUES (?, ?, ?, ?, ?)")
                .params(application, "整改复查意见.pdf", "application/pdf", DEMO_PDF.length, DEMO_PDF).update();
        jdbc.sql("""
                        INSERT INTO credit_commitment (application_id, credit_code, party_name, content, made_on, promised_by, status, settled_on, note)
                        VALUES (-1, ?, '示范市东湖精密机械有限公司', '本单位承诺于2026年5月15日前补齐环境影响登记表，逾期承担相应责任。',
                          '2026-05-08', '2026-05-15', 'KEPT', '2026-05-13', '容缺材料均已按承诺补齐')""")
                .param(ENTERPRISE_ACCOUNT).update();
        jdbc.sql("UPDATE credit_penalty SET published_at = ((cf_jdrq + 3) + time '10:00') AT TIME ZONE 'Asia/Shanghai', published_by = 'city' WHERE id IN (?, ?)")
                .params(open, waiting).update();
    }

    private static final byte[] DEMO_PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private long penalty(PenaltyCategory category, String number, String violation, LocalDate decided) {
        PenaltyForm form = new PenaltyForm(category, PartyType.LEGAL_PERSON.label(), "示范市东湖精密机械有限公司",
                ENTERPRISE_ACCOUNT, null, null, null, null, null, "陈明", null, null, null, null, number, violation,
                violation + "，经责令改正", "《价格违法行为行政处罚规定》第十二条", "罚款", "罚款0.8万元", new BigDecimal("0.8"), null,
                null, decided, LongTerm.DATE, null, null, null, null, null, "339900", List.of());
        Party party = form.party().check("CF", (field, item, message) -> {
            throw new IllegalStateException(message);
        });
        return penalties.insertPenalty(new Penalties.Clean("339900", List.of(category), form, party, authority.name(),
                        authority.code(), authority.name(), authority.code()),
                PenaltyPeriod.of(decided, List.of(category), terms.current()),
                PublicationFlag.dueDate(decided, calendar.current()), "city");
    }
}
