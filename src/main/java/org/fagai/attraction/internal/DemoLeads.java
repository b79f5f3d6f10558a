package org.fagai.attraction.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.fagai.project.ProjectRef;
import org.fagai.shared.CreditCode;

/**
 * The demo's leads of one year, each taken through its life by the {@link Lead} aggregate itself (so the stored stage
 * dates, the counting and the stall days are the rules' own): negotiations, a framework then a contract (sometimes the
 * next year), a contract then a supplement, a contract in dollars, registration (new companies, and local enterprises
 * that expand), 开工 on a demo key project, 投产, 达产, money in place, dropped leads and stalled ones.
 */
final class DemoLeads {

    static final String[][] CHAINS = {{"EQUIPMENT", "3484", "智能装备制造"}, {"NEW_MATERIALS", "3099", "新材料产业园"},
            {"ELECTRONICS", "3982", "电子元器件生产基地"}, {"BIOMEDICINE", "2761", "生物医药产业化"}, {"NEW_ENERGY", "3841", "新能源电池"},
            {"AUTO_PARTS", "3670", "汽车零部件"}, {"DIGITAL", "6513", "数字经济产业园"}, {"FOOD", "1495", "绿色食品加工"},
            {"MODERN_SERVICES", "5990", "现代物流中心"}, {"CULTURE_TOURISM", "7291", "文旅康养综合体"}, {"OTHER", "3891", "电气设备"}};
    private static final String[] CITIES = {"深圳", "上海", "苏州", "杭州", "北京", "广州", "合肥", "成都", "宁波", "无锡", "南京", "厦门"};
    private static final String[] PROVINCE_CITIES = {"省城", "临江", "东阳", "海川"};
    private static final String[] WORDS = {"华创", "恒瑞", "中晟", "远景", "博通", "启明", "鼎新", "天合", "力拓", "汇能", "金石", "瑞丰",
            "万向", "新锐", "同舟", "嘉和", "拓普", "正泰"};
    private static final String[] FOREIGN = {"Siemens Energy", "Bosch Rexroth", "Panasonic Industry", "Samsung SDI", "BASF Specialty",
            "Schneider Electric", "Toyota Tsusho", "LG Chem", "Roche Diagnostics", "Nestlé Health"};

    /** A year's plan: leads first signed in it, leads found in it and never signed, the 协议投资 those signed must total (or null). */
    record YearPlan(int year, int signed, int unsigned, BigDecimal signedTotal) {
    }

    private final DemoWorld w;
    private final LocalDate today;
    private final long cityOfficer;
    private final long districtOfficer;
    private final List<String> localEnterprises;
    private final Function<LocalDate, ExchangeRates.DayRate> rates;
    private final Deque<ProjectRef> fullCapacity;
    private final Deque<ProjectRef> operating;
    private final Deque<ProjectRef> started;
    private int serial;

    DemoLeads(DemoWorld w, LocalDate today, long cityOfficer, long districtOfficer, List<String> localEnterprises,
              Function<LocalDate, ExchangeRates.DayRate> rates, Deque<ProjectRef> fullCapacity, Deque<ProjectRef> operating,
              Deque<ProjectRef> started) {
        this.w = w;
        this.today = today;
        this.cityOfficer = cityOfficer;
        this.districtOfficer = districtOfficer;
        this.localEnterprises = localEnterprises;
        this.rates = rates;
        this.fullCapacity = fullCapacity;
        this.operating = operating;
        this.started = started;
    }

    void year(YearPlan plan, Iterator<Long> ids, List<DemoWorld.Event> majorEvents) {
        int y = plan.year();
        LocalDate last = y == today.getYear() ? today.minusDays(5) : LocalDate.of(y, 12, 31);
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < plan.signed(); i++) {
            days.add(i < majorEvents.size() * 5 ? majorEvents.get(i / 5).heldOn() : DemoActivities.spread(y, i, plan.signed(), last));
        }
        List<BigDecimal> amounts = amounts(plan, days);
        for (int i = 0; i < plan.signed(); i++) {
            DemoWorld.Event event = i < majorEvents.size() * 5 ? majorEvents.get(i / 5) : null;
            LocalDate signedOn = days.get(i);
            LocalDate found = signedOn.minusDays(30 + (i * 37L) % 150);
            Lead lead = Lead.found(facts(y, i, found), found, today);
            lead.assigned(ids.next());
            negotiate(lead, found, signedOn, 1 + i % 2, i);
            sign(lead, i, signedOn, amounts.get(i), event == null ? null : event.id());
            afterSigning(lead, y, i, signedOn);
            w.leads.add(lead);
        }
        for (int i = 0; i < plan.unsigned(); i++) {
            int n = plan.signed() + i;
            LocalDate found = DemoActivities.spread(y, i, plan.unsigned(), last);
            Lead lead = Lead.found(facts(y, n, found), found, today);
            lead.assigned(ids.next());
            negotiate(lead, found, found.plusDays(80), i % 3, n);
            boolean old = y < today.getYear();
            LocalDate dropOn = found.plusDays(120);
            if ((old ? i % 5 != 0 : i % 7 == 3) && !dropOn.isAfter(today)) {
                lead.drop(i % 2 == 0 ? "投资方选址他处" : "投资方战略调整，暂缓投资", dropOn, today);
            }
            w.leads.add(lead);
        }
    }

    /** Each signed lead's 协议投资 in force: dollar contracts at the day's rate, the rest sharing what the year must total. */
    private List<BigDecimal> amounts(YearPlan plan, List<LocalDate> days) {
        List<BigDecimal> amounts = new ArrayList<>();
        BigDecimal foreign = BigDecimal.ZERO;
        int domestic = 0;
        for (int i = 0; i < plan.signed(); i++) {
            if (origin(i) == Origin.FOREIGN) {
                amounts.add(null);
                foreign = foreign.add(rates.apply(days.get(i)).toWan(usd(i)));
            } else {
                amounts.add(BigDecimal.ZERO);
                domestic++;
            }
        }
        BigDecimal domesticTotal = plan.signedTotal() == null ? BigDecimal.valueOf(38_000L * domestic) : plan.signedTotal().subtract(foreign);
        List<BigDecimal> parts = split(domesticTotal, domestic);
        int k = 0;
        for (int i = 0; i < amounts.size(); i++) {
            if (amounts.get(i) != null) {
                amounts.set(i, parts.get(k++));
            }
        }
        return amounts;
    }

    private Lead.Facts facts(int year, int i, LocalDate found) {
        int r = i % DemoWorld.REGIONS.size();
        String region = DemoWorld.REGIONS.get(r);
        String[] chain = CHAINS[i % CHAINS.length];
        Origin origin = origin(i);
        String investor = switch (origin) {
            case FOREIGN -> FOREIGN[i % FOREIGN.length] + (i / FOREIGN.length % 3 == 0 ? "" : " Asia") + " Co., Ltd.";
            case OUTSIDE_CITY -> PROVINCE_CITIES[i % PROVINCE_CITIES.length] + WORDS[i % WORDS.length] + chain[2].substring(0, 2) + "有限公司";
            case OUTSIDE_PROVINCE -> CITIES[i % CITIES.length] + WORDS[(i / 3) % WORDS.length] + chain[2].substring(0, 2) + "科技有限公司";
        };
        LeadSource source = LeadSource.values()[i % 5];
        Long trip = null;
        String referrer = null;
        if (source == LeadSource.TRIP) {
            trip = w.trips.stream().filter(t -> t.start().getYear() == found.getYear() && !t.start().isAfter(found))
                    .reduce((a, b) -> b).map(DemoWorld.Trip::id).orElse(null);
            source = trip == null ? LeadSource.OTHER : source;
        } else if (source == LeadSource.REFERRAL) {
            referrer = localEnterprises.isEmpty() ? null : localEnterprises.get(i % localEnterprises.size());
            source = referrer == null ? LeadSource.OTHER : source;
        }
        return new Lead.Facts(investor, null, origin == Origin.FOREIGN ? "REG-" + (100000 + i) : null, origin,
                DemoWorld.REGION_NAMES[r] + chain[2] + "项目" + (year == 2023 ? "" : "（" + year + "）"), chain[1], chain[0],
                BigDecimal.valueOf(20_000 + (i * 977L) % 80_000), "张经理", "0579-8" + String.format("%07d", 1000 + i), source, trip,
                referrer, source == LeadSource.EXHIBITION ? "第" + (1 + i % 9) + "届中国国际投资贸易洽谈会" : null, region,
                region.equals("339902") ? districtOfficer : cityOfficer);
    }

    private void negotiate(Lead lead, LocalDate from, LocalDate until, int count, int i) {
        for (int j = 0; j < count; j++) {
            LocalDate on = from.plusDays((until.toEpochDay() - from.toEpochDay()) * (j + 1) / (count + 1));
            if (on.isAfter(today)) {
                return;
            }
            lead.negotiated(on, today);
            w.negotiations.add(new DemoWorld.Negotiation(0, on, lead.facts().regionCode(), lead.facts().projectName() + "洽谈",
                    lead.facts().investorName() + "、" + DemoWorld.REGION_NAMES[i % 7] + "招商服务中心",
                    j == count - 1 ? "双方就投资规模、用地和政策达成初步一致" : "了解投资意向和用地需求", "准备签约文本", List.of(lead.id())));
        }
    }

    private void sign(Lead lead, int i, LocalDate on, BigDecimal amount, Long eventId) {
        String site = DemoWorld.REGION_NAMES[i % 7] + "经济开发区" + (1 + i % 9) + "号地块";
        BigDecimal land = BigDecimal.valueOf(30 + (i * 7) % 200);
        if (lead.facts().origin() == Origin.FOREIGN) {
            ExchangeRates.DayRate rate = rates.apply(on);
            record(lead, AgreementType.CONTRACT, on, rate.toWan(usd(i)), usd(i), rate, eventId, site, land);
            return;
        }
        int pattern = i % 10;
        if (pattern < 2) {
            record(lead, AgreementType.FRAMEWORK, on, amount.multiply(new BigDecimal("0.8")).setScale(0, RoundingMode.HALF_UP), null,
                    null, eventId, site, null);
            LocalDate contract = on.plusDays(45 + (i * 31L) % 160);
            if (!contract.isAfter(today)) {
                record(lead, AgreementType.CONTRACT, contract, amount, null, null, null, site, land);
            }
        } else if (pattern == 2) {
            record(lead, AgreementType.CONTRACT, on, amount.multiply(new BigDecimal("0.9")).setScale(0, RoundingMode.HALF_UP), null,
                    null, eventId, site, land);
            LocalDate supplement = on.plusDays(300);
            if (!supplement.isAfter(today)) {
                record(lead, AgreementType.SUPPLEMENT, supplement, amount, null, null, null, site, land);
            }
        } else {
            record(lead, AgreementType.CONTRACT, on, amount, null, null, eventId, site, land);
        }
    }

    private void record(Lead lead, AgreementType type, LocalDate on, BigDecimal amount, BigDecimal usd, ExchangeRates.DayRate rate,
                        Long eventId, String site, BigDecimal land) {
        Lead.Signed signed = lead.sign(type, on, amount, usd, today);
        w.signings.add(new DemoWorld.Signing(lead.id(), type, on, amount, usd, rate, signed.counted(), eventId, site, land,
                on.plusMonths(4).withDayOfMonth(1)));
    }

    /** How far a signed lead has come by today: its year's spread, the key projects available, the calendar. */
    private void afterSigning(Lead lead, int year, int i, LocalDate signedOn) {
        int age = today.getYear() - year;
        int slot = i % 20;
        int level = age >= 3 ? (slot == 0 ? -1 : slot < 4 ? 0 : slot < 8 ? 1 : slot < 13 ? 2 : slot < 17 ? 3 : 4)
                : age == 2 ? (slot == 0 ? -1 : slot < 5 ? 0 : slot < 10 ? 1 : slot < 16 ? 2 : slot < 19 ? 3 : 4)
                : age == 1 ? (slot < 7 ? 0 : slot < 13 ? 1 : slot < 18 ? 2 : 3)
                : (slot < 10 ? 0 : slot < 16 ? 1 : 2);
        if (level < 0) {
            LocalDate dropOn = signedOn.plusDays(200);
            if (!dropOn.isAfter(today)) {
                lead.drop("投资方资金链紧张，项目终止", dropOn, today);
            }
            return;
        }
        LocalDate registered = signedOn.plusDays(40 + (i * 13L) % 80);
        if (level < 1 || registered.isAfter(today)) {
            return;
        }
        lead.register(company(lead, i), registered, today);
        funds(lead, registered.plusDays(20), new BigDecimal("0.15").add(BigDecimal.valueOf(i % 5, 2)), "注册资本实缴");
        LocalDate start = registered.plusDays(60 + (i * 7L) % 120);
        ProjectRef project = level >= 4 ? take(fullCapacity, operating, started) : level == 3 ? take(operating, fullCapacity, started)
                : level == 2 ? take(started, operating, fullCapacity) : null;
        if (project == null || start.isAfter(today)) {
            return;
        }
        lead.start(project.code(), project.stage(), start, today);
        funds(lead, start.plusDays(30), new BigDecimal("0.10"), "设备购置款");
        LocalDate producing = start.plusDays(240 + (i * 11L) % 200);
        if (project.stage().compareTo(org.fagai.project.ProjectStage.OPERATING) < 0 || producing.isAfter(today)) {
            return;
        }
        lead.produce(project.stage(), producing, today);
        LocalDate capacity = producing.plusDays(200 + (i * 3L) % 150);
        if (project.stage() == org.fagai.project.ProjectStage.FULL_CAPACITY && !capacity.isAfter(today)) {
            lead.reachFullCapacity(project.stage(), capacity, today);
        }
    }

    /** The company: every sixth a local enterprise that expands (以商招商, 增资扩产), the others new, registered by the demo. */
    private String company(Lead lead, int i) {
        if (i % 6 == 1 && !localEnterprises.isEmpty() && lead.facts().origin() != Origin.FOREIGN) {
            return localEnterprises.get((i * 7) % localEnterprises.size());
        }
        String region = lead.facts().regionCode().equals("339900") ? DemoWorld.REGIONS.get(1 + i % 6) : lead.facts().regionCode();
        String code = CreditCode.withCheckDigits("91" + region + "MB" + String.format("%06d", ++serial)).value();
        String investor = lead.facts().investorName();
        String name = (lead.facts().origin() == Origin.FOREIGN ? investor.split(" ")[0] + "（示范）" : investor.replace("有限公司", "")
                .replace("科技", "") + "（" + DemoWorld.REGION_NAMES[DemoWorld.REGIONS.indexOf(region)] + "）") + "有限公司";
        w.companies.add(new DemoWorld.Company(code, name, region, lead.facts().industryCode()));
        return code;
    }

    private void funds(Lead lead, LocalDate on, BigDecimal share, String note) {
        if (on.isAfter(today)) {
            return;
        }
        BigDecimal amount = lead.state.agreedInvestment.multiply(share).setScale(2, RoundingMode.HALF_UP);
        lead.fundsArrived(amount, on, today);
        w.funds.add(new DemoWorld.Funds(lead.id(), on, amount, note));
    }

    @SafeVarargs
    private static ProjectRef take(Deque<ProjectRef>... pools) {
        for (Deque<ProjectRef> pool : pools) {
            if (!pool.isEmpty()) {
                return pool.pollFirst();
            }
        }
        return null;
    }

    static Origin origin(int i) {
        int d = i % 10;
        return d == 0 ? Origin.FOREIGN : d <= 3 ? Origin.OUTSIDE_CITY : Origin.OUTSIDE_PROVINCE;
    }

    static BigDecimal usd(int i) {
        return BigDecimal.valueOf(1500 + (i * 53L % 60) * 100);
    }

    /** {@code total} in n parts of whole 万元 with uneven weights; the last takes the rounding. */
    static List<BigDecimal> split(BigDecimal total, int n) {
        List<BigDecimal> parts = new ArrayList<>();
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = 0.4 + (i * 37 % 13) / 8.0;
            sum += w[i];
        }
        BigDecimal used = BigDecimal.ZERO;
        for (int i = 0; i < n - 1; i++) {
            BigDecimal part = total.multiply(BigDecimal.valueOf(w[i] / sum)).setScale(0, RoundingMode.HALF_UP);
            parts.add(part);
            used = used.add(part);
        }
        if (n > 0) {
            parts.add(total.subtract(used));
        }
        return parts;
    }
}
