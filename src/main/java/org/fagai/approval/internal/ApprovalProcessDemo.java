package org.fagai.approval.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.fagai.approval.ApprovalKind;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.credit.CreditChecks;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.organization.Role;
import org.fagai.shared.CreditCode;
import org.fagai.shared.WorkCalendar;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile, first start only (after {@link ApprovalDemoData}): city applications in every step of the process,
 * timed back from now in working time — each review step waiting (one over its share, one returned), an expert review
 * and a consultation stopping the clock (one department answered late), an extension asked and one approved, a 容缺
 * promise broken, a government project through its public notice, decisions drafted, signed, revoked and refused.
 */
@Component
@Profile("demo")
@Order(73)
class ApprovalProcessDemo implements ApplicationRunner {

    private static final String OFFICER = "city";
    private static final String SECTION = "投资科";
    private static final String FIRST = "智能制造产业园二期";

    private final ApplicationRepository repository;
    private final KindLimits limits;
    private final WorkingCalendar calendar;
    private final CreditChecks credit;
    private final ApplicationDecisions decisions;
    private final OrganizationDirectory organization;
    private final Clock clock;
    private WorkCalendar cal;
    private LocalDateTime now;
    private int serial = 300;

    ApprovalProcessDemo(ApplicationRepository repository, KindLimits limits, WorkingCalendar calendar, CreditChecks credit,
                        ApplicationDecisions decisions, OrganizationDirectory organization, Clock clock) {
        this.repository = repository;
        this.limits = limits;
        this.calendar = calendar;
        this.credit = credit;
        this.decisions = decisions;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.count() == 0 || repository.findAll().stream().anyMatch(a -> a.title().equals(FIRST))) {
            return;
        }
        cal = calendar.current();
        now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);

        accepted(ApprovalKind.FEASIBILITY, "东湖智能装备有限公司", "91339902MA2K0A01", FIRST, 600, null);

        Application overShare = accepted(ApprovalKind.PRELIMINARY_DESIGN, "西山新材料科技有限公司", "91339903MA2K0B02",
                "新材料中试基地", 1000, null);
        review(overShare, 900);

        Application toSign = accepted(ApprovalKind.APPROVAL, "北港物流有限公司", "91339905MA2K0D04", "北港多式联运物流园", 2400, null);
        review(toSign, 2000);
        review(toSign, 1500);
        toSign.draftDecision(true, null, null, ago(1400), OFFICER);

        Application returned = accepted(ApprovalKind.FEASIBILITY, "青溪文旅发展有限公司", "91339921MA2K0E05", "青溪湿地公园",
                1100, null);
        review(returned, 1000);
        returned.review(2, ReviewStep.Decision.RETURN, "可研报告投资估算依据不足，请经办人复核后重新提交", 1, null, ago(700), OFFICER, Role.STAFF);

        Application consulted = accepted(ApprovalKind.APPROVAL, "云岭光伏电力有限公司", "91339922MA2K0F06", "云岭农光互补光伏电站", 4700, null);
        review(consulted, 4600);
        Long energySection = organization.units().stream().filter(u -> u.name().equals("能源科")).map(OrganizationDirectory.Unit::id)
                .findFirst().orElse(null);
        List<Consultation> sent = consulted.consulting().consult(List.of(new Consulting.Department(energySection, "能源科"),
                new Consulting.Department(null, "示范市自然资源和规划局")), 7, ago(4500), OFFICER, cal, limits.rulesOf(ApprovalKind.APPROVAL));
        repository.flush();
        consulted.consulting().answer(sent.get(1).id(), ago(300), "原则同意，项目用地符合国土空间规划", null, OFFICER, cal);

        Application expert = accepted(ApprovalKind.FEASIBILITY, "南岭食品有限公司", "91339904MA2K0C03", "南岭冷链物流中心二期", 700, null);
        expert.pausing().startStop(StopKind.EXPERT_REVIEW, ago(400), "组织专家评审可研报告（专家评审会）", null, OFFICER, cal,
                limits.rulesOf(ApprovalKind.FEASIBILITY));

        Application assessed = accepted(ApprovalKind.APPROVAL, "示范市城建投资集团有限公司", "9133990273456789", "城市更新片区综合管廊", 6000, null);
        ClockStop assessment = assessed.pausing().startStop(StopKind.TECHNICAL_ASSESSMENT, ago(5800), "委托示范市工程咨询院开展核准评估", null,
                OFFICER, cal, limits.rulesOf(ApprovalKind.APPROVAL));
        repository.flush();
        assessed.pausing().endStop(assessment.id(), ago(2000), null, OFFICER, cal);
        assessed.requestExtension(10, "项目涉及跨区域管线，需进一步协调有关部门", ago(100), OFFICER, limits.rulesOf(ApprovalKind.APPROVAL));

        Application extended = accepted(ApprovalKind.APPROVAL, "东湖智能装备有限公司", "91339902MA2K0A01", "工业机器人产业园", 9000, null);
        extended.requestExtension(20, "需征求有关部门意见", ago(8500), OFFICER, limits.rulesOf(ApprovalKind.APPROVAL));
        extended.decideExtension(true, ago(8400), "leader", cal);

        Application partial = create(ApprovalKind.ENERGY_REVIEW, "西山新材料科技有限公司", "91339903MA2K0B02", "高性能纤维扩产",
                1250, null);
        LocalDateTime partialAt = ago(1200);
        partial.accept(partialAt, limits.rulesOf(ApprovalKind.ENERGY_REVIEW), cal, check(partial), OFFICER, null,
                new Acceptance(List.of("能源消费量测算依据及说明"), partialAt.toLocalDate().plusDays(1), null));

        Application notice = create(ApprovalKind.PROPOSAL, "示范市城建投资集团有限公司", "9133990273456789", "城市更新片区道路改造",
                3200, new BigDecimal("5000"));
        notice.accept(ago(3100), limits.rulesOf(ApprovalKind.PROPOSAL), cal, check(notice), OFFICER, null,
                new Acceptance(List.of(), null, new BigDecimal("2000")));
        ClockStop publicNotice = notice.pausing().startStop(StopKind.PUBLIC_NOTICE, ago(3000), "政府投资项目建议书批复前公示（示范市发展和改革委员会网站）",
                null, OFFICER, cal, limits.rulesOf(ApprovalKind.PROPOSAL));
        repository.flush();
        notice.pausing().endStop(publicNotice.id(), ago(220), null, OFFICER, cal);
        ApprovalDemoData.passSteps(notice, ago(200), ago(100), OFFICER);
        notice.draftDecision(true, null, null, ago(90), OFFICER);

        Application signed = accepted(ApprovalKind.FEASIBILITY, "北港物流有限公司", "91339905MA2K0D04", "港区冷链仓储", 1300, null);
        sign(signed, true, 200);

        Application revoked = accepted(ApprovalKind.FILING, "青溪文旅发展有限公司", "91339921MA2K0E05", "民宿集群", 2000, null);
        sign(revoked, true, 1900);
        decisions.eLicenceOf(revoked.id()).revoke(ago(100), "leader", "申请人以提供虚假材料方式取得备案，依法撤销");

        Application refused = accepted(ApprovalKind.APPROVAL, "南岭食品有限公司", "91339904MA2K0C03", "高耗能熟料生产线", 5000, null);
        sign(refused, false, 4000);

        LocalDateTime at = now;
        repository.findAll().forEach(a -> a.recordClock(at, cal));
    }

    private Application accepted(ApprovalKind kind, String applicant, String code16, String title, long minutesAgo, BigDecimal total) {
        Application a = create(kind, applicant, code16, title, minutesAgo + 30, total);
        LocalDateTime at = ago(minutesAgo);
        a.accept(at, limits.rulesOf(kind), cal, check(a), OFFICER, null, Acceptance.COMPLETE);
        return a;
    }

    private Application create(ApprovalKind kind, String applicant, String code16, String title, long minutesAgo, BigDecimal total) {
        String code = code16.length() == 18 ? code16 : CreditCode.withCheckDigits(code16).value();
        LocalDateTime received = ago(minutesAgo);
        String type = kind == ApprovalKind.FILING ? "03" : kind == ApprovalKind.APPROVAL ? "02" : "01";
        String project = String.format("%02d%02d-339900-04-%s-%06d", received.getYear() % 100, received.getMonthValue(), type, serial++);
        Application a = new Application(kind, applicant, code, project, title, "339900", SECTION, received, OFFICER,
                credit.check(code), total);
        return repository.save(a);
    }

    /** Passes the open step {@code minutesAgo}. */
    private void review(Application a, long minutesAgo) {
        ReviewStep s = a.chain().current();
        a.review(s.position(), ReviewStep.Decision.PASS, "经审查，同意", null, null, ago(minutesAgo), OFFICER, Role.STAFF);
    }

    private void sign(Application a, boolean approved, long minutesAgo) {
        LocalDateTime at = ago(minutesAgo);
        ApprovalDemoData.passSteps(a, a.lastMoment(), at, OFFICER);
        a.draftDecision(approved, approved ? null : "项目属于产能过剩行业新增产能，不符合《产业结构调整指导目录》要求", null, at, OFFICER);
        decisions.issue(a, at, "leader");
    }

    private org.fagai.credit.CreditCheckResult check(Application a) {
        return credit.check(a.applicantCreditCode());
    }

    /** The moment {@code minutes} working minutes before now. */
    private LocalDateTime ago(long minutes) {
        long low = 0;
        long high = minutes * 4 + 60L * 24 * 40;
        while (low < high) {
            long middle = (low + high) >>> 1;
            if (cal.workingMinutesBetween(now.minusMinutes(middle), now) >= minutes) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return now.minusMinutes(low);
    }
}
