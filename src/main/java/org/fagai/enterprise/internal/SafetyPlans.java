package org.fagai.enterprise.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.enterprise.EnterpriseFlag;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 安全生产检查 planning: the monthly plans for a category of enterprises, and the random 回头看 sample of closed hazards. */
@Service
class SafetyPlans {

    private static final String AUDIT_TYPE = "safety-hazard";

    private final JdbcClient jdbc;
    private final Enterprises enterprises;
    private final EnterpriseAccess access;
    private final AuditLog audit;
    private final Clock clock;

    SafetyPlans(JdbcClient jdbc, Enterprises enterprises, EnterpriseAccess access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.access = access;
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
            throw FieldErrors.of("flag", StoredText.of("enterprise.error.flagUnknown", c.flag()));
        }
        String region = c.regionCode() == null || c.regionCode().isBlank() ? user.regionCode() : c.regionCode().strip();
        if (!user.canSeeRegion(region)) {
            throw FieldErrors.of("regionCode", StoredText.of("enterprise.error.regionNotYours", region));
        }
        int planned = enterprises.withFlag(flag, month.getYear(), region).size();
        long id = jdbc.sql("""
                        INSERT INTO safety_plan (month, flag, region_code, title, planned, created_by) VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (month, flag, region_code) DO UPDATE SET planned = excluded.planned RETURNING id""")
                .params(month.atDay(1), flag.name(), region, month + " " + FlagNames.chinese(flag) + "安全生产检查", planned,
                        user.username())
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, "safety-plan", String.valueOf(id), StoredText.of("enterprise.audit.safety.planned", month, StoredText.label("enterprise.flag." + flag.name()), planned));
        return id;
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
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, null, StoredText.of("enterprise.audit.safety.sampled", sample.size(), candidates.size(), percent, seed, sample));
        return sample;
    }
}
