package org.fagai.funds.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.fagai.funds.FundChannel;
import org.fagai.project.ProjectRef;

/**
 * The demo's years after 2023: 2024 up to last year mostly spent, and this year in every state — in the reserve,
 * awaiting review, refused, and allocated funds spent on time, behind (yellow, red) and idle, some on the owner's projects.
 */
final class FundsDemoYears {

    private static final String OWNER_CREDIT_CODE = "913399027345678902";
    private static final String[][] KINDS = {{"SEWAGE", "污水处理提质增效"}, {"WATER", "中小河流治理"}, {"HEALTH", "县域医共体"},
            {"EDUCATION", "职业教育实训基地"}, {"NEW_INFRA", "5G与算力设施"}, {"MUNICIPAL", "城市燃气管网更新"},
            {"INDUSTRIAL_PARK", "园区标准厂房配套"}, {"ELDERLY_CHILDCARE", "普惠托育中心"}};

    private final FundsDemoData demo;
    private final Random random;

    FundsDemoYears(FundsDemoData demo, Random random) {
        this.demo = demo;
        this.random = random;
    }

    void laterYears(List<ProjectRef> keyProjects, LocalDate today) {
        YearMonth judged = YearMonth.from(today).minusMonths(1);
        int thisYear = judged.getYear();
        for (int year = 2024; year < thisYear; year++) {
            pastYear(year, keyProjects.subList(40 + (year - 2024) * 10, 50 + (year - 2024) * 10));
        }
        thisYear(thisYear, judged, today);
    }

    private void pastYear(int year, List<ProjectRef> linked) {
        for (int i = 0; i < 36; i++) {
            FundChannel channel = i % 3 == 0 ? FundChannel.SPECIAL_BOND : i % 3 == 1 ? FundChannel.ULTRA_LONG_BOND : FundChannel.CENTRAL_BUDGET;
            ProjectRef key = i < linked.size() ? linked.get(i) : null;
            BigDecimal total = key != null ? key.totalInvestment() : BigDecimal.valueOf(20_000 + random.nextInt(80_000));
            BigDecimal asked = total.multiply(BigDecimal.valueOf(0.25)).setScale(0, RoundingMode.HALF_UP);
            LocalDate declared = LocalDate.of(year, 1 + i % 9, 10);
            FundApplication a = declare(channel, year, key, total, asked, i, declared);
            a.reviewByDrc(true, null, declared.plusDays(10), demo.today(), "city");
            a.reviewByFinance(true, asked, null, declared.plusDays(30), demo.today(), "city");
            a.allocate(asked, "示发改投资〔" + year + "〕" + (200 + i) + "号", declared.plusDays(45), demo.today(), "city");
            a.disburse(asked, declared.plusDays(55), demo.today(), "city");
            demo.store().insert(a, "city");
            demo.spend(a, YearMonth.from(declared.plusDays(55)), YearMonth.of(year + 1, 3), i % 9 == 4 ? 0.8 : 1.0, 2);
        }
    }

    /** This year: the reserve, the review queue, refusals, and allocated funds at every spending pace. */
    private void thisYear(int year, YearMonth judged, LocalDate today) {
        List<ProjectRef> owned = demo.ownerProjects(OWNER_CREDIT_CODE);
        LocalDate start = LocalDate.of(year, 1, 8);
        for (int i = 0; i < 3; i++) {
            demo.store().insert(FundApplication.planned(declaration(FundChannel.SPECIAL_BOND, year, null, i, 100), start, today, "district"),
                    "district");
        }
        for (int i = 0; i < 10; i++) {
            FundChannel channel = i % 2 == 0 ? FundChannel.SPECIAL_BOND : FundChannel.CENTRAL_BUDGET;
            FundApplication a = declare(channel, year, null, i, 110, start.plusDays(i * 3L));
            if (i >= 6) {
                a.reviewByDrc(true, null, start.plusDays(i * 3L + 5), today, "city");
            }
            demo.store().insert(a, "city");
        }
        for (int i = 0; i < 2; i++) {
            FundApplication a = declare(FundChannel.ULTRA_LONG_BOND, year, null, i, 120, start);
            a.reviewByDrc(false, "项目前期工作深度不足，不符合“两重”支持条件", start.plusDays(6), today, "city");
            demo.store().insert(a, "city");
        }
        double[] paces = {1.05, 1.0, 0.95, 0.8, 0.75, 0.5, 0.4, 1.0, 0.85, 0.3, 1.0, 0.6};
        for (int i = 0; i < paces.length; i++) {
            int o = List.of(5, 7, 1).indexOf(i);
            ProjectRef key = o >= 0 && o < owned.size() ? owned.get(o) : null;
            FundChannel channel = i % 3 == 2 ? FundChannel.ULTRA_LONG_BOND : i % 3 == 1 ? FundChannel.CENTRAL_BUDGET : FundChannel.SPECIAL_BOND;
            FundApplication a = declare(channel, year, key, i, 130, start);
            BigDecimal asked = a.declaration().requested();
            a.reviewByDrc(true, null, start.plusDays(5), today, "city");
            a.reviewByFinance(true, asked, null, start.plusDays(10), today, "city");
            a.allocate(asked, "示财预〔" + year + "〕" + (10 + i) + "号", start.plusDays(15), today, "city");
            a.disburse(asked, start.plusDays(20), today, "city");
            demo.store().insert(a, "city");
            boolean idle = i == 7 || i == 10;
            YearMonth last = idle ? judged.minusMonths(4) : judged;
            double share = Math.min(1.0, paces[i] * judged.getMonthValue() / 12.0) * (idle ? 0.4 : 1.0);
            demo.spend(a, YearMonth.from(start.plusDays(20)), last, share, 1);
        }
    }

    private FundApplication declare(FundChannel channel, int year, ProjectRef key, int i, int offset, LocalDate on) {
        return FundApplication.declared(declaration(channel, year, key, i, offset), demo.rules().channel(channel), on, demo.today(), "city");
    }

    private FundApplication declare(FundChannel channel, int year, ProjectRef key, BigDecimal total, BigDecimal asked, int i,
                                    LocalDate on) {
        Declaration d = channel == FundChannel.SPECIAL_BOND
                ? demo.bond(year, key, KINDS[i % KINDS.length], total, asked, false, 500 + i)
                : demo.other(channel, year, key, total, asked, 500 + i);
        return FundApplication.declared(d, demo.rules().channel(channel), on, demo.today(), "city");
    }

    private Declaration declaration(FundChannel channel, int year, ProjectRef key, int i, int offset) {
        BigDecimal total = key != null ? key.totalInvestment() : BigDecimal.valueOf(10_000 + (i * 7_919L) % 60_000);
        BigDecimal asked = total.multiply(BigDecimal.valueOf(0.2)).setScale(0, RoundingMode.HALF_UP);
        return channel == FundChannel.SPECIAL_BOND
                ? demo.bond(year, key, KINDS[i % KINDS.length], total, asked, false, offset + i)
                : demo.other(channel, year, key, total, asked, offset + i);
    }
}
