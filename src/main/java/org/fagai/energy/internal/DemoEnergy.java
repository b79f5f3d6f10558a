package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fagai.energy.EnergyType;
import org.fagai.enterprise.EnterpriseFlag;
import org.fagai.enterprise.EnterpriseRegistry;
import org.fagai.enterprise.EnterpriseView;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.project.ProjectCatalog;
import org.fagai.project.ProjectRef;
import org.fagai.project.ProjectStage;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: the demo city's key energy users' monthly reports for 2022 and 2023 (the years the demo GDP covers), with
 * coal, gas, heat and electricity, raw-material coal at the chemical-like users, green power at some, one month of ten
 * times the last and one month not reported; the city's and districts' 2023 targets; 节能审查 of key projects in every
 * state; three on-site checks (one finding on the 督办 loop); the districts' 2023 assessment, four published.
 */
@Component
@Profile("demo")
@Order(98)
class DemoEnergy implements ApplicationRunner {

    static final int FIRST_YEAR = 2022;
    static final int LAST_YEAR = 2023;
    private static final List<String> DISTRICTS = List.of("339902", "339903", "339904", "339905", "339921", "339922");

    private final EnterpriseRegistry registry;
    private final FactorStore factors;
    private final ReportStore reports;
    private final Targets targets;
    private final Reviews reviews;
    private final OnSiteChecks checks;
    private final Assessments assessments;
    private final ProjectCatalog projects;
    private final OrganizationDirectory directory;
    private final UserDetailsService accounts;
    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    DemoEnergy(EnterpriseRegistry registry, FactorStore factors, ReportStore reports, Targets targets, Reviews reviews, OnSiteChecks checks,
               Assessments assessments, ProjectCatalog projects, OrganizationDirectory directory, UserDetailsService accounts, JdbcClient jdbc,
               java.time.Clock clock) {
        this.clock = clock;
        this.registry = registry;
        this.factors = factors;
        this.reports = reports;
        this.targets = targets;
        this.reviews = reviews;
        this.checks = checks;
        this.assessments = assessments;
        this.projects = projects;
        this.directory = directory;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM energy_report").query(Long.class).single() > 0) {
            return;
        }
        int flagYear = jdbc.sql("SELECT coalesce(max(year), 0) FROM enterprise_flag WHERE flag = 'KEY_ENERGY'").query(Integer.class).single();
        List<String> codes = registry.withFlag(EnterpriseFlag.KEY_ENERGY, flagYear, "339900");
        if (codes.isEmpty()) {
            return;
        }
        Map<String, EnterpriseView> users = registry.findAll(codes);
        List<EnterpriseView> list = codes.stream().map(users::get).filter(java.util.Objects::nonNull).toList();
        reports(list);
        DemoSignIn.as(accounts, "admin", () -> {
            targets();
            reviews();
            checks(list);
            assessments();
            return null;
        });
    }

    private void reports(List<EnterpriseView> users) {
        Factors f = factors.current();
        List<ReportStore.Converted> converted = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            EnterpriseView e = users.get(i);
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                for (int month = 1; month <= 12; month++) {
                    if (i == 1 && year == LAST_YEAR && month == 5) {
                        continue;
                    }
                    YearMonth ym = YearMonth.of(year, month);
                    List<Conversion.Item> items = items(i, ym);
                    String county = e.regionCode().substring(0, 6);
                    CleanReport report = new CleanReport(e.creditCode(), e.name(), e.regionCode(), county, ym,
                            scaled(new BigDecimal(900 + 120 * (i % 9)), factor(i, ym)), items);
                    converted.add(new ReportStore.Converted(report, Conversion.convert(f, year, items)));
                }
            }
        }
        reports.save(converted, "demo");
    }

    /** The month's use: a size by the user's index, a winter peak, 2023 against 2022 up or down by the user. */
    private static List<Conversion.Item> items(int i, YearMonth ym) {
        BigDecimal k = factor(i, ym);
        BigDecimal coal = scaled(new BigDecimal(300 + 45 * (i % 11)), k);
        BigDecimal power = scaled(new BigDecimal(60 + 9 * (i % 13)), k);
        if (i == 0 && ym.equals(YearMonth.of(LAST_YEAR, 8))) {
            power = power.multiply(BigDecimal.valueOf(12));
        }
        BigDecimal gas = scaled(new BigDecimal(4 + i % 6), k);
        BigDecimal heat = scaled(new BigDecimal(500 + 40 * (i % 7)), k);
        BigDecimal raw = i % 4 == 0 ? coal.multiply(new BigDecimal("0.2")).setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO;
        BigDecimal green = i % 3 == 0 ? power.multiply(new BigDecimal("0.1")).setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO;
        return List.of(new Conversion.Item(EnergyType.RAW_COAL, coal, raw, BigDecimal.ZERO),
                new Conversion.Item(EnergyType.NATURAL_GAS, gas, BigDecimal.ZERO, BigDecimal.ZERO),
                new Conversion.Item(EnergyType.HEAT, heat, BigDecimal.ZERO, BigDecimal.ZERO),
                new Conversion.Item(EnergyType.ELECTRICITY, power, BigDecimal.ZERO, green));
    }

    private static BigDecimal factor(int i, YearMonth ym) {
        double season = ym.getMonthValue() <= 2 || ym.getMonthValue() == 12 ? 1.12 : ym.getMonthValue() >= 6 && ym.getMonthValue() <= 8 ? 1.06 : 1.0;
        double trend = ym.getYear() == LAST_YEAR ? 1.0 + ((i % 7) - 3) * 0.015 : 1.0;
        return BigDecimal.valueOf(season * trend);
    }

    private static BigDecimal scaled(BigDecimal base, BigDecimal k) {
        return base.multiply(k).setScale(2, RoundingMode.HALF_UP);
    }

    private void targets() {
        targets.setAnnual(new TargetCommands.Annual("REGION", "339900", LAST_YEAR, new BigDecimal("3.0"), new BigDecimal("3.5"),
                new BigDecimal("900000"), "完成重点用能单位能耗在线监测接入；开展节能监察30家次"));
        for (int d = 0; d < DISTRICTS.size(); d++) {
            targets.setAnnual(new TargetCommands.Annual("REGION", DISTRICTS.get(d), LAST_YEAR, new BigDecimal("2.5").add(BigDecimal.valueOf(d, 1)),
                    new BigDecimal("3.0"), null, null));
        }
    }

    /** Key projects with reviews in each state, dated from today so the warnings stay live. */
    private void reviews() {
        List<ProjectRef> refs = projects.inRegion("339900", 40);
        if (refs.size() < 6) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        ProjectRef completed = refs.stream().filter(p -> p.stage() != null && p.stage().compareTo(ProjectStage.COMPLETED) >= 0).findFirst()
                .orElse(refs.get(5));
        List<ProjectRef> others = refs.stream().filter(p -> p != completed).toList();
        String[][] figures = {{"3200", "1800"}, {"12500", "6200"}, {"800", "300"}, {"2600", "900"}, {"1500", "700"}};
        for (int i = 0; i < 5; i++) {
            ProjectRef p = others.get(i);
            ReviewView r = reviews.file(new ReviewCommands.Filing(p.code(), null, null, i == 4, new BigDecimal(figures[i][0]),
                    new BigDecimal(figures[i][1]), today.minusYears(2).minusDays(200)));
            if (i == 0) {
                reviews.opinion(r.id(), new ReviewCommands.Opinion("示发改能审〔" + (today.getYear() - 2) + "〕11号", today.minusYears(2).plusDays(40)));
            } else if (i == 3) {
                reviews.opinion(r.id(), new ReviewCommands.Opinion("示发改能审〔" + (today.getYear() - 2) + "〕7号", today.minusYears(2).minusDays(100)));
            } else if (i == 4) {
                reviews.opinion(r.id(), new ReviewCommands.Opinion("示发改能审〔" + (today.getYear() - 2) + "〕5号", today.minusYears(2).minusDays(150)));
                reviews.start(r.id(), new ReviewCommands.Start(today.minusYears(2).minusDays(60)));
            }
        }
        if (others.size() > 5) {
            ReviewView accepted = reviews.file(new ReviewCommands.Filing(others.get(5).code(), null, null, false, new BigDecimal("1800"),
                    new BigDecimal("950"), today.minusYears(4)));
            reviews.opinion(accepted.id(), new ReviewCommands.Opinion("示发改能审〔" + (today.getYear() - 4) + "〕9号", today.minusYears(4).plusDays(15)));
            reviews.start(accepted.id(), new ReviewCommands.Start(today.minusYears(4).plusDays(90)));
            reviews.accept(accepted.id(), new ReviewCommands.Acceptance(today.minusYears(1), "节能措施落实到位，能效指标达到节能报告要求"));
        }
        ReviewView done = reviews.file(new ReviewCommands.Filing(completed.code(), null, null, false, new BigDecimal("4200"),
                new BigDecimal("2100"), today.minusYears(3)));
        reviews.opinion(done.id(), new ReviewCommands.Opinion("示发改能审〔" + (today.getYear() - 3) + "〕3号", today.minusYears(3).plusDays(20)));
        reviews.start(done.id(), new ReviewCommands.Start(today.minusYears(3).plusDays(120)));
    }

    private void checks(List<EnterpriseView> users) {
        long city = directory.people().stream().filter(p -> p.username().equals("city")).findFirst().orElseThrow().id();
        long unit = directory.units().stream().filter(u -> "339900".equals(u.regionCode())).findFirst().orElseThrow().id();
        String month = YearMonth.of(LAST_YEAR, 11).toString();
        LocalDate on = LocalDate.of(LAST_YEAR, 12, 12);
        for (int i = 2; i < Math.min(5, users.size()); i++) {
            List<Conversion.Item> reported = items(i, YearMonth.of(LAST_YEAR, 11));
            BigDecimal coal = reported.get(0).amount().multiply(i == 3 ? new BigDecimal("1.12") : new BigDecimal("1.01")).setScale(2, RoundingMode.HALF_UP);
            checks.record(new CheckCommands(users.get(i).creditCode(), month, on.plusDays(i), "李科长、王科员",
                    List.of(new ReportCommand.Line(EnergyType.RAW_COAL, coal), new ReportCommand.Line(EnergyType.ELECTRICITY, reported.get(3).amount())),
                    i == 3 ? "原煤入厂计量与台账不一致，月报按采购发票填报" : null, unit, city, 10));
        }
    }

    private void assessments() {
        String[][] scores = {{"98", "96", "100", "95"}, {"90", "85", "80", "88"}, {"82", "75", "90", "80"}, {"70", "65", "60", "75"},
                {"55", "50", "60", "70"}, {"96", "99", "100", "92"}};
        for (int d = 0; d < DISTRICTS.size(); d++) {
            List<AssessmentCommands.Score> list = new ArrayList<>();
            String[] codes = {"INTENSITY", "CARBON", "TOTAL", "TASKS"};
            for (int k = 0; k < codes.length; k++) {
                list.add(new AssessmentCommands.Score(codes[k], new BigDecimal(scores[d][k]), null, "考核组现场复核评定"));
            }
            AssessmentView a = assessments.score(new AssessmentCommands(LAST_YEAR, "REGION", DISTRICTS.get(d),
                    d == 4 ? "能耗强度不降反升，须制定整改方案" : null, list));
            if (d < 4) {
                assessments.publish(a.id());
            }
        }
    }
}
