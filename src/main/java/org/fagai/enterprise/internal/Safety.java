package org.fagai.enterprise.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.enterprise.EnterpriseFlag;
import org.fagai.enterprise.EnterpriseView;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.Years;
import org.fagai.supervision.ItemView;
import org.fagai.supervision.NewItem;
import org.fagai.supervision.SupervisionItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 安全生产检查: monthly plans, inspections with hazards, rectification notices on the 督办 loop, 回头看. */
@Service
class Safety {

    static final String SOURCE = "SAFETY_HAZARD";
    static final int MAX_DAYS = 90;
    private static final String AUDIT_TYPE = "safety-hazard";

    private final JdbcClient jdbc;
    private final HazardRepository hazards;
    private final Enterprises enterprises;
    private final EnterpriseAccess access;
    private final SupervisionItems supervision;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;

    Safety(JdbcClient jdbc, HazardRepository hazards, Enterprises enterprises, EnterpriseAccess access,
           SupervisionItems supervision, WorkingCalendar calendar, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.hazards = hazards;
        this.enterprises = enterprises;
        this.access = access;
        this.supervision = supervision;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** A month's plan for a category in a region; planned = the enterprises carrying the flag there that year. */
    @Transactional
    long plan(SafetyCommands.Plan c) {
        CurrentUser user = access.keeper();
        Commands.check(c);
        YearMonth month = Years.month("month", c == null ? null : c.month());
        EnterpriseFlag flag = c.flag() == null || c.flag().isBlank() ? EnterpriseFlag.STONE : EnterpriseRules.parseFlag(c.flag());
        if (flag == null) {
            throw FieldErrors.of("flag", "未知的企业标识：" + c.flag());
        }
        String region = c.regionCode() == null || c.regionCode().isBlank() ? user.regionCode() : c.regionCode().strip();
        if (!user.canSeeRegion(region)) {
            throw FieldErrors.of("regionCode", "地区不在您的管辖范围内：" + region);
        }
        int planned = enterprises.withFlag(flag, month.getYear(), region).size();
        long id = jdbc.sql("""
                        INSERT INTO safety_plan (month, flag, region_code, title, planned, created_by) VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (month, flag, region_code) DO UPDATE SET planned = excluded.planned RETURNING id""")
                .params(month.atDay(1), flag.name(), region, month + " " + FlagNames.chinese(flag) + "安全生产检查", planned,
                        user.username())
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, "safety-plan", String.valueOf(id), month + " 检查计划：" + FlagNames.chinese(flag) + " " + planned + " 家");
        return id;
    }

    /** Records an inspection and the hazards it found. Returns the inspection's id. */
    @Transactional
    long inspect(SafetyCommands.Inspection c) {
        CurrentUser user = access.keeper();
        if (c == null) {
            throw FieldErrors.of("body", "请求内容不能为空");
        }
        Commands.check(c);
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        LocalDate on = c.inspectedOn() == null ? today() : c.inspectedOn();
        if (on.isAfter(today()) || on.getYear() < 2000) {
            errors.add(new FieldErrors.FieldError("inspectedOn", "检查日期须为2000年以后、不晚于今天：" + on));
        }
        if (c.inspectors() == null || c.inspectors().isBlank()) {
            errors.add(new FieldErrors.FieldError("inspectors", "请填写检查人员"));
        }
        if (c.planId() != null && jdbc.sql("SELECT count(*) FROM safety_plan WHERE id = ?").param(c.planId()).query(Long.class).single() == 0) {
            errors.add(new FieldErrors.FieldError("planId", "检查计划不存在：" + c.planId()));
        }
        if (c.hazards().size() > 50) {
            errors.add(new FieldErrors.FieldError("hazards", "一次检查最多登记50项隐患"));
        }
        for (int i = 0; i < c.hazards().size(); i++) {
            SafetyCommands.NewHazard h = c.hazards().get(i);
            if (h == null || h.description() == null || h.description().isBlank()) {
                errors.add(new FieldErrors.FieldError("hazards[" + i + "].description", "请填写隐患描述"));
            } else if (h.level() != null && !h.level().isBlank() && !List.of("GENERAL", "MAJOR").contains(h.level())) {
                errors.add(new FieldErrors.FieldError("hazards[" + i + "].level", "隐患等级须为 GENERAL（一般）或 MAJOR（重大）"));
            } else {
                String field = "hazards[" + i + "].";
                Commands.violations(h).forEach(e -> errors.add(new FieldErrors.FieldError(field + e.field(), e.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        EnterpriseView e = enterprises.get(c.creditCode() == null ? "" : c.creditCode());
        long id = jdbc.sql("""
                        INSERT INTO safety_inspection (plan_id, credit_code, region_code, inspected_on, inspectors, checklist, notes, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(c.planId(), e.creditCode(), e.regionCode(), on, c.inspectors().strip(), c.checklist(), c.notes(),
                        user.username())
                .query(Long.class).single();
        for (SafetyCommands.NewHazard h : c.hazards()) {
            jdbc.sql("""
                            INSERT INTO safety_hazard (inspection_id, credit_code, region_code, description, level, state, found_on)
                            VALUES (?, ?, ?, ?, ?, 'FOUND', ?)""")
                    .params(id, e.creditCode(), e.regionCode(), h.description().strip(),
                            h.level() == null || h.level().isBlank() ? "GENERAL" : h.level(), on)
                    .update();
        }
        audit.record(AuditAction.CREATE, "safety-inspection", String.valueOf(id), "检查 " + e.name() + "（" + on + "），发现隐患 "
                + c.hazards().size() + " 项");
        return id;
    }

    /** 整改通知书: number, measures, deadline in working days from today; the rectification goes onto the loop. */
    @Transactional
    HazardView notice(long id, SafetyCommands.Notice c) {
        CurrentUser user = access.keeper();
        Commands.check(c);
        if (c == null || c.measures() == null || c.measures().isBlank()) {
            throw FieldErrors.of("measures", "请填写整改措施");
        }
        int days = c.workingDays() == null ? 10 : c.workingDays();
        if (days < 1 || days > MAX_DAYS) {
            throw FieldErrors.of("workingDays", "整改期限须在 1–" + MAX_DAYS + " 个工作日之间：" + days);
        }
        Hazard h = load(id, user);
        int year = today().getYear();
        long serial = jdbc.sql("SELECT count(*) FROM safety_hazard WHERE notice_number LIKE ?").param("安整〔" + year + "〕%")
                .query(Long.class).single() + 1;
        LocalDate due = calendar.current().addWorkingDays(today(), days).deadline();
        h.issueNotice("安整〔" + year + "〕" + String.format("%03d", serial) + "号", c.measures().strip(), days, today(), due);
        h.onLoop(assign(h, c.departmentId(), c.leadPersonId(), due, user, "隐患整改").id());
        hazards.save(h);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), "下达整改通知书 " + h.noticeNumber + "，期限 " + due);
        return view(id);
    }

    /** The enterprise (its own account) or staff report the rectification with evidence. */
    @Transactional
    HazardView rectify(long id, SafetyCommands.Rectification c) {
        CurrentUser user = access.user();
        Commands.check(c);
        if (c == null || c.rectification() == null || c.rectification().isBlank() || c.evidence() == null || c.evidence().isBlank()) {
            throw FieldErrors.of(c == null || c.rectification() == null || c.rectification().isBlank() ? "rectification" : "evidence",
                    "请填写整改情况和佐证材料");
        }
        Hazard h = load(id, user);
        h.reportRectification(c.rectification().strip(), c.evidence().strip(), today());
        hazards.save(h);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), "报送整改情况");
        return view(id);
    }

    /** 回头看: confirmed, or reopened with a new deadline and a new item on the loop. */
    @Transactional
    HazardView followUp(long id, SafetyCommands.FollowUp c) {
        CurrentUser user = access.keeper();
        Commands.check(c);
        if (c == null || c.confirmed() == null) {
            throw FieldErrors.of("confirmed", "请填写回头看结论（confirmed: true/false）");
        }
        Hazard h = load(id, user);
        int days = c.workingDays() == null ? (h.noticeWorkingDays == null ? 10 : h.noticeWorkingDays) : c.workingDays();
        if (days < 1 || days > MAX_DAYS) {
            throw FieldErrors.of("workingDays", "整改期限须在 1–" + MAX_DAYS + " 个工作日之间：" + days);
        }
        LocalDate due = calendar.current().addWorkingDays(today(), days).deadline();
        ItemView previous = h.itemId == null ? null : supervision.find(h.itemId).orElse(null);
        h.followUp(c.confirmed(), c.result() == null ? null : c.result().strip(), today(), due);
        if (!c.confirmed()) {
            h.onLoop(assign(h, previous == null ? null : previous.leadUnitId(), previous == null ? null : previous.leadPersonId(),
                    due, user, "隐患重新整改（回头看）").id());
        }
        hazards.save(h);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), c.confirmed() ? "回头看：整改到位" : "回头看：重新整改，期限 " + due);
        return view(id);
    }

    /** Draws the random 回头看 sample among closed hazards not yet checked back, and marks them due. */
    @Transactional
    List<Long> sample(SafetyCommands.Sample c) {
        CurrentUser user = access.keeper();
        List<Object> params = new ArrayList<>();
        String scope = EnterpriseAccess.scope(user, "h", params);
        List<Long> candidates = jdbc.sql("SELECT h.id FROM safety_hazard h WHERE h.state = 'CLOSED' AND h.followed_up_on IS NULL "
                + "AND NOT h.follow_up_due AND " + scope).params(params).query(Long.class).list();
        int percent = c == null || c.percent() == null ? FollowUpSampler.DEFAULT_PERCENT : c.percent();
        long seed = c == null || c.seed() == null ? clock.millis() : c.seed();
        List<Long> sample = FollowUpSampler.draw(candidates, percent, seed);
        if (!sample.isEmpty()) {
            jdbc.sql("UPDATE safety_hazard SET follow_up_due = TRUE WHERE id = ANY(?::bigint[])").param(sample.toArray(Long[]::new)).update();
        }
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, null, "随机抽取回头看 " + sample.size() + "/" + candidates.size()
                + "（" + percent + "%，种子 " + seed + "）：" + sample);
        return sample;
    }

    /** The loop verified a hazard's item: closed (销号), on time or not. */
    @Transactional
    void itemClosed(long itemId, LocalDate on) {
        for (Hazard h : hazards.forItem(itemId)) {
            if (h.itemClosed(itemId, on)) {
                hazards.save(h);
            }
        }
    }

    private ItemView assign(Hazard h, Long department, Long person, LocalDate due, CurrentUser user, String kind) {
        String name = enterprises.find(h.creditCode).map(EnterpriseView::name).orElse(h.creditCode);
        String content = h.description + (h.measures == null ? "" : "；整改措施：" + h.measures);
        return supervision.assign(new NewItem(kind + "：" + name, content.length() > 4000 ? content.substring(0, 4000) : content,
                SOURCE, String.valueOf(h.id), "/api/v1/safety/hazards/" + h.id, department, person, List.of(), user.id(), null,
                due, null, today(), null, List.of()));
    }

    Hazard load(long id, CurrentUser user) {
        Hazard h = hazards.find(id).orElseThrow(() -> new NotFoundException("隐患不存在：" + id));
        if (!EnterpriseAccess.visible(user, h.creditCode, h.regionCode)) {
            throw new NotFoundException("隐患不存在或不在您的管辖范围内：" + id);
        }
        return h;
    }

    @Transactional(readOnly = true)
    HazardView get(long id) {
        load(id, access.reader());
        return view(id);
    }

    HazardView view(long id) {
        return jdbc.sql("SELECT h.*, e.name, i.id AS inspection FROM safety_hazard h JOIN enterprise e ON e.credit_code = h.credit_code "
                        + "JOIN safety_inspection i ON i.id = h.inspection_id WHERE h.id = ?").param(id)
                .query((rs, n) -> {
                    Hazard h = HazardRepository.map(rs, n);
                    return new HazardView(h.id, rs.getLong("inspection"), h.creditCode, rs.getString("name"), h.description,
                            h.level, h.state, rs.getObject("found_on", LocalDate.class), h.noticeNumber, h.measures,
                            h.noticeWorkingDays, h.noticeIssuedOn, h.deadline, h.itemId, h.rectification, h.evidence,
                            h.rectifiedOn, h.closedOn, h.onTime, h.reopenedCount, h.followUpDue, h.followedUpOn, h.followUpResult);
                }).single();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
