package org.fagai.project.internal.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.fagai.project.internal.warnings.WarningBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo 前期手续, land, 包保领导 and the three-year rolling plan on top of {@link DemoProjects}: every started project has
 * its approvals; a third of those still in 前期 lack 可研 and 初设 (some overdue, one near its start and so flagged);
 * 24 library projects carry last year's and this year's rolling plan (three selected into this year's list); land for
 * this year's list and every tenth 2023 city project; the {@code leader} account answers for eight projects.
 */
@Component
@Profile("demo")
@Order(51)
class DemoPreliminaries implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPreliminaries.class);
    private static final String[] LIBRARY = {"储能电站", "城市地下综合管廊", "职业教育实训基地", "智慧农业示范园", "数据中心",
            "污水管网补短板", "氢能产业园", "老旧小区改造", "体育中心", "生活垃圾焚烧发电", "港口物流园", "特色小镇基础设施"};

    private final JdbcTemplate jdbc;
    private final WarningBook warnings;
    private final Clock clock;

    DemoPreliminaries(JdbcTemplate jdbc, WarningBook warnings, Clock clock) {
        this.jdbc = jdbc;
        this.warnings = warnings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Long projects = jdbc.queryForObject("SELECT count(*) FROM project", Long.class);
        Long milestones = jdbc.queryForObject("SELECT count(*) FROM project_milestone", Long.class);
        if (projects == null || projects == 0 || milestones == null || milestones > 0) {
            return;
        }
        int year = YearMonth.now(clock).minusMonths(1).getYear();
        milestones();
        List<Long> library = library(year);
        land(year);
        leaders(year, library);
        List<Long> notStarted = jdbc.queryForList("SELECT id FROM project WHERE actual_start_date IS NULL", Long.class);
        for (int y : new int[] {2023, 2024, year}) {
            warnings.refreshProjects(notStarted, y);
        }
        log.info("Demo milestones, land, leaders and rolling plan generated");
    }

    /** Started projects have every usual approval before their start; a third of the others lack 可研 and 初设. */
    private void milestones() {
        jdbc.update("""
                INSERT INTO project_milestone (project_id, kind, document_number, approved_on, authority, recorded_by)
                SELECT p.id, k.kind, k.prefix || '〔' || extract(year FROM coalesce(p.actual_start_date, p.start_month) - k.days)
                       || '〕' || (p.id % 200 + 1) || '号', coalesce(p.actual_start_date, p.start_month) - k.days, k.authority, 'demo'
                FROM project p CROSS JOIN (VALUES ('PROPOSAL', 420, '示发改投资', '示范市发展和改革委员会'),
                                                  ('FEASIBILITY', 300, '示发改审批', '示范市发展和改革委员会'),
                                                  ('PRELIMINARY_DESIGN', 200, '示发改设计', '示范市发展和改革委员会'),
                                                  ('LAND', 160, '示自然资预', '示范市自然资源和规划局'),
                                                  ('EIA', 150, '示环审', '示范市生态环境局'),
                                                  ('CONSTRUCTION_PERMIT', 15, '施许', '示范市住房和城乡建设局'))
                     AS k(kind, days, prefix, authority)
                WHERE p.start_month IS NOT NULL
                  AND (p.actual_start_date IS NOT NULL
                       OR (k.kind IN ('PROPOSAL', 'LAND') OR p.id % 3 <> 0) AND k.kind <> 'CONSTRUCTION_PERMIT')""");
    }

    /** 24 library projects with last year's rolling plan, rolled into this year's; three selected into this year's list. */
    private List<Long> library(int year) {
        List<String> regions = List.of("339900", "339902", "339903", "339904", "339905", "339921", "339922");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String region = regions.get(i % regions.size());
            String district = jdbc.queryForObject("SELECT name FROM region WHERE code = ?", String.class, region);
            YearMonth start = YearMonth.of(year + 1 + i % 2, 1 + (i * 5) % 12);
            boolean government = i % 2 == 0;
            BigDecimal total = BigDecimal.valueOf(20_000 + 7_500L * i).setScale(2);
            BigDecimal local = government ? total.multiply(new BigDecimal("0.4")).setScale(2) : BigDecimal.ZERO.setScale(2);
            String code = String.format("%02d%02d", year % 100, 1 + i % 12) + "-" + region + "-04-0" + (1 + i % 3) + "-"
                    + String.format("%06d", 200_000 + i);
            long id = jdbc.queryForObject("""
                    INSERT INTO project (code, name, owner_unit, department, leader, region_code, industry_code, location, scale_content,
                      start_month, end_month, total_investment, fund_local, fund_self, stage, investment_type)
                    VALUES (?, ?, ?, '投资科', '王副市长', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class,
                    code, district + LIBRARY[i % LIBRARY.length] + "项目", government ? "示范市城市建设投资集团有限公司" : "示范市产业投资有限公司",
                    region, new String[] {"44", "48", "83", "01", "65", "46", "38", "70", "89", "77", "59", "48"}[i % 12],
                    district, "建设" + LIBRARY[i % LIBRARY.length] + "及配套设施", start.atDay(1), start.plusMonths(30).atDay(1), total,
                    local, total.subtract(local), i % 3 == 0 ? "PREPARATION" : "RESERVE", government ? "GOVERNMENT" : "ENTERPRISE");
            ids.add(id);
            BigDecimal y0 = total.multiply(new BigDecimal("0.2")).setScale(2);
            BigDecimal y1 = total.multiply(new BigDecimal("0.35")).setScale(2);
            BigDecimal y2 = total.multiply(new BigDecimal("0.3")).setScale(2);
            if (i < 18) {
                jdbc.update("INSERT INTO project_rolling_plan (edition, project_id, amount_y0, amount_y1, amount_y2) VALUES (?, ?, ?, ?, ?)",
                        year - 1, id, BigDecimal.ZERO, y0, y1);
                jdbc.update("INSERT INTO project_rolling_plan (edition, project_id, amount_y0, amount_y1, amount_y2, rolled)"
                        + " VALUES (?, ?, ?, ?, ?, TRUE)", year, id, y0, y1, y2);
            } else {
                jdbc.update("INSERT INTO project_rolling_plan (edition, project_id, amount_y0, amount_y1, amount_y2) VALUES (?, ?, ?, ?, ?)",
                        year, id, y0, y1, y2);
            }
            if (i % 3 == 0) {
                jdbc.update("INSERT INTO project_milestone (project_id, kind, document_number, approved_on, authority, recorded_by)"
                        + " VALUES (?, 'PROPOSAL', ?, ?, '示范市发展和改革委员会', 'demo')", id, "示发改投资〔" + (year - 1) + "〕" + (60 + i) + "号",
                        YearMonth.of(year - 1, 3 + i % 9).atDay(10));
            }
            if (i < 3) {
                jdbc.update("INSERT INTO project_plan (project_id, year, level, nature, planned_investment) VALUES (?, ?, 'CITY', 'NEW', ?)",
                        id, year, y0);
            }
        }
        return ids;
    }

    /** Land for this year's list and every tenth 2023 city project: most supplied, some in progress or still to supply. */
    private void land(int year) {
        jdbc.update("""
                INSERT INTO project_land (project_id, area_mu, nature, approval_document, supply_status, updated_by)
                SELECT p.id, 20 + p.id % 280 + (p.id % 7) * 0.5, CASE WHEN p.id % 3 = 0 THEN 'STOCK' ELSE 'NEW' END,
                       CASE WHEN p.id % 4 IN (0, 1) THEN '示自然资供〔' || extract(year FROM p.start_month) || '〕' || (p.id % 90 + 1) || '号' END,
                       CASE WHEN p.stage IN ('IDEA', 'RESERVE', 'PREPARATION') THEN 'NOT_SUPPLIED'
                            WHEN p.id % 4 IN (0, 1) THEN 'SUPPLIED' WHEN p.id % 4 = 2 THEN 'IN_PROGRESS' ELSE 'NOT_SUPPLIED' END, 'demo'
                FROM project p
                WHERE EXISTS (SELECT 1 FROM project_plan pl WHERE pl.project_id = p.id AND pl.year = ?)
                   OR (p.id % 10 = 0 AND EXISTS (SELECT 1 FROM project_plan pl WHERE pl.project_id = p.id AND pl.year = 2023
                                                 AND pl.level = 'CITY'))
                   OR EXISTS (SELECT 1 FROM project_rolling_plan rp WHERE rp.project_id = p.id)""", year);
    }

    /** The leader answers for six projects of this year's list and two library projects. */
    private void leaders(int year, List<Long> library) {
        List<Long> listed = jdbc.queryForList("SELECT project_id FROM project_plan WHERE year = ? AND level = 'DISTRICT'"
                + " ORDER BY project_id LIMIT 6", Long.class, year);
        List<Long> all = new ArrayList<>(listed);
        all.addAll(library.subList(0, 2));
        for (Long id : all) {
            jdbc.update("INSERT INTO project_leader (project_id, username, assigned_by) VALUES (?, 'leader', 'city')", id);
        }
    }
}
