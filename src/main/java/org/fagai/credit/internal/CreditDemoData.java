package org.fagai.credit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.shared.LongTerm;
import org.fagai.shared.CreditCode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile, first start only: a dishonesty list of fictional entities (valid credit codes) and penalty
 * disclosures — published ones, one past its publication period, one natural person, one still pending.
 */
@Component
@Profile("demo")
@Order(70)
class CreditDemoData implements ApplicationRunner {

    /** Listed (严重失信主体名单): the demo application accepted on a leader's override comes from it. */
    static final String LISTED = CreditCode.withCheckDigits("91339903MA2K0K10").value();

    private final JdbcClient jdbc;
    private final DishonestyList list;
    private final Penalties penalties;
    private final WorkingCalendar calendar;
    private final CreditAuthority authority;
    private final PublicationTermBook terms;

    CreditDemoData(JdbcClient jdbc, DishonestyList list, Penalties penalties, WorkingCalendar calendar,
                   CreditAuthority authority, PublicationTermBook terms) {
        this.jdbc = jdbc;
        this.list = list;
        this.penalties = penalties;
        this.calendar = calendar;
        this.authority = authority;
        this.terms = terms;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM credit_blacklist").query(Long.class).single() > 0) {
            return;
        }
        list.insert(new BlacklistForm("西山恒达建材有限公司", LISTED, "严重失信主体名单", "以欺骗手段骗取政府专项资金",
                "示发改信用〔2023〕12号", LocalDate.of(2023, 9, 1), LocalDate.of(2027, 8, 31)), "city");
        list.insert(new BlacklistForm("南岭宏远劳务有限公司", code("91339904MA2K0L11"), "拖欠农民工工资失信联合惩戒对象",
                "拖欠农民工工资数额巨大且拒不支付", "示人社〔2024〕5号", LocalDate.of(2024, 3, 1), null), "city");
        list.insert(new BlacklistForm("示范市鑫盛贸易有限公司", code("91339900MA2K0M12"), "重大税收违法失信主体",
                "虚开增值税专用发票", "示税稽〔2024〕21号", LocalDate.of(2024, 7, 15), LocalDate.of(2027, 7, 14)), "city");
        list.insert(new BlacklistForm("东湖华辰房地产开发有限公司", code("91339902MA2K0J09"), "失信被执行人",
                "有履行能力而拒不履行生效法律文书确定义务", "（2023）示0902执123号", LocalDate.of(2023, 2, 1),
                LocalDate.of(2024, 6, 30)), "city");
        long repaired = list.insert(new BlacklistForm("东湖区老王建材经营部", code("92339902MA2K0G07"), "失信被执行人",
                "未按期履行给付义务", "（2023）示0902执456号", LocalDate.of(2023, 5, 10), null), "city");
        jdbc.sql("UPDATE credit_blacklist SET removed_at = '2024-04-02 10:00+08', removed_by = 'city', removal_reason = ? WHERE id = ?")
                .params("已全部履行，法院出具结案证明，予以信用修复", repaired).update();

        penalty(PenaltyCategory.GENERAL, "南岭食品有限公司", code("91339904MA2K0C03"), null, "示发改罚〔2023〕3号",
                "未按规定报送价格监测资料", "未按规定报送价格监测资料，经责令改正逾期未改正", "《价格违法行为行政处罚规定》第十二条",
                "罚款", "罚款0.5万元", new BigDecimal("0.5"), LocalDate.of(2023, 8, 10), LocalDate.of(2023, 8, 10), true);
        penalty(PenaltyCategory.SAFETY_PRODUCTION, "北港物流有限公司", code("91339905MA2K0D04"), null, "示发改罚〔2024〕7号",
                "未落实安全生产主体责任", "仓储场所未按规定设置安全警示标志", "《中华人民共和国安全生产法》第九十九条",
                "罚款", "罚款3万元", new BigDecimal("3"), LocalDate.of(2024, 6, 20), LongTerm.DATE, true);
        penalty(PenaltyCategory.GENERAL, "张某某", null, "339902198503151234", "示发改罚〔2024〕9号",
                "不执行政府定价", "经营中不执行政府定价，多收费用", "《价格违法行为行政处罚规定》第九条",
                "警告", "警告", null, LocalDate.of(2024, 9, 10), LongTerm.DATE, true);
        penalty(PenaltyCategory.FIRE, "云岭光伏电力有限公司", code("91339922MA2K0F06"), null, "示发改罚〔2024〕12号",
                "消防设施未保持完好有效", "厂区消防设施未保持完好有效", "《中华人民共和国消防法》第六十条",
                "罚款", "罚款1.2万元", new BigDecimal("1.2"), LocalDate.of(2024, 11, 5), LongTerm.DATE, true);
        penalty(PenaltyCategory.GENERAL, "西山恒达建材有限公司", LISTED, null, "示发改罚〔2024〕15号",
                "骗取政府专项资金", "以虚假材料申报并骗取政府专项资金", "《政府投资条例》第三十三条",
                "罚款;没收违法所得", "罚款10万元，没收违法所得", new BigDecimal("10"), LocalDate.of(2024, 12, 20),
                LongTerm.DATE, false);
    }

    private void penalty(PenaltyCategory category, String name, String creditCode, String idNumber, String number,
                         String violation, String facts, String basis, String type, String content, BigDecimal fine,
                         LocalDate decided, LocalDate effectiveUntil, boolean published) {
        PenaltyForm form = new PenaltyForm(category, name, creditCode, idNumber, number, violation, facts, basis, type,
                content, fine, decided, effectiveUntil, null, null, null, null, null, List.of());
        LocalDate due = PublicationFlag.dueDate(decided, calendar.current());
        long id = penalties.insertPenalty("339900", List.of(category), form, creditCode, idNumber, authority.name(),
                authority.code(), authority.name(), authority.code(), PenaltyPeriod.of(decided, List.of(category), terms.current()),
                due, "city");
        if (published) {
            jdbc.sql("UPDATE credit_penalty SET published_at = ((?::date + 3) + time '10:00') AT TIME ZONE 'Asia/Shanghai', published_by = 'city' WHERE id = ?")
                    .params(decided, id).update();
        }
    }

    private static String code(String first16) {
        return CreditCode.withCheckDigits(first16).value();
    }
}
