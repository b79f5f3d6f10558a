package org.fagai.approval.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.fagai.approval.ApprovalKind;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.credit.CreditCheckResult;
import org.fagai.credit.CreditChecks;
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
 * Demo profile, first start only (after the dishonesty list, order 70): applications of every kind across
 * 2023–2024 — most decided on time, some late, one with a suspension, one from a listed applicant accepted on a
 * leader's override — and, still open, two overdue, one suspended, one not yet accepted, and one in warning now.
 */
@Component
@Profile("demo")
@Order(72)
class ApprovalDemoData implements ApplicationRunner {

    private record Applicant(String name, String code) {
    }

    private static final List<Applicant> APPLICANTS = List.of(
            new Applicant("东湖智能装备有限公司", code("91339902MA2K0A01")),
            new Applicant("西山新材料科技有限公司", code("91339903MA2K0B02")),
            new Applicant("南岭食品有限公司", code("91339904MA2K0C03")),
            new Applicant("北港物流有限公司", code("91339905MA2K0D04")),
            new Applicant("青溪文旅发展有限公司", code("91339921MA2K0E05")),
            new Applicant("云岭光伏电力有限公司", code("91339922MA2K0F06")),
            new Applicant("示范市城建投资集团有限公司", "913399027345678902"));
    private static final ApprovalKind[] KINDS = ApprovalKind.values();
    private static final String[] SUBJECTS = {"智能制造产业园", "新材料生产线技术改造", "冷链物流中心", "城市更新片区",
            "文旅综合体", "分布式光伏电站", "污水处理厂提标改造", "数字经济产业楼"};

    private final ApplicationRepository repository;
    private final KindLimits limits;
    private final WorkingCalendar calendar;
    private final CreditChecks credit;
    private final ApplicationDecisions decisions;
    private final ApplicationNotices notices;
    private final Clock clock;

    ApprovalDemoData(ApplicationRepository repository, KindLimits limits, WorkingCalendar calendar, CreditChecks credit,
                     ApplicationDecisions decisions, ApplicationNotices notices, Clock clock) {
        this.repository = repository;
        this.limits = limits;
        this.calendar = calendar;
        this.credit = credit;
        this.decisions = decisions;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        WorkCalendar cal = calendar.current();
        for (int i = 0; i < 30; i++) {
            ApprovalKind kind = KINDS[i % KINDS.length];
            LocalDate day = nextWorkday(LocalDate.of(2023, 1, 9).plusDays(i * 24L), cal);
            LocalDateTime received = day.atTime(9 + i % 7, (i * 13) % 60);
            boolean city = i % 3 != 2;
            Applicant applicant = APPLICANTS.get(i % APPLICANTS.size());
            Application a = create(kind, applicant, SUBJECTS[i % SUBJECTS.length], city, i % 2 == 0 ? "投资科" : "行政审批科",
                    received, 100 + i, cal);
            LocalDateTime accepted = received.plusMinutes(20);
            accept(a, accepted, city ? "city" : "district", null, cal);
            LocalDateTime last = accepted;
            if (i % 8 == 5) {
                LocalDateTime stop = cal.addWorkingMinutes(accepted, a.countdown().limitMinutes() / 4).deadline();
                a.pausing().suspend(stop, "补充项目用地预审意见", city ? "city" : "district", cal);
                last = cal.addWorkingMinutes(stop, 2 * 480).deadline();
                a.pausing().resume(last, city ? "city" : "district", cal);
            }
            LocalDateTime decided;
            if (i % 7 == 4) {
                decided = cal.addWorkingMinutes(a.deadline(), 180 + i * 7L).deadline();
            } else {
                long left = cal.workingMinutesBetween(last, a.deadline());
                decided = cal.addWorkingMinutes(last, left * (30 + (i * 17) % 60) / 100).deadline();
            }
            decide(a, decided, i % 10 != 7, city ? "city" : "district", cal);
        }
        special(cal);
    }

    private void special(WorkCalendar cal) {
        // A listed applicant, accepted on a leader's written override.
        Applicant listed = new Applicant("西山恒达建材有限公司", code("91339903MA2K0K10"));
        Application override = create(ApprovalKind.APPROVAL, listed, "绿色建材产业基地", true, "投资科",
                LocalDateTime.of(2024, 5, 13, 10, 0), 201, cal);
        LocalDateTime at = LocalDateTime.of(2024, 5, 13, 15, 0);
        accept(override, at, "leader", "该项目为省重点民生工程，申请人已提交信用修复承诺书并整改到位，经委务会研究同意受理", cal);
        decide(override, LocalDateTime.of(2024, 6, 5, 16, 30), true, "city", cal);

        // Still open and overdue.
        Application feasibility = create(ApprovalKind.FEASIBILITY, APPLICANTS.get(4), "旅游集散中心", true, "投资科",
                LocalDateTime.of(2024, 12, 16, 9, 40), 202, cal);
        accept(feasibility, LocalDateTime.of(2024, 12, 16, 10, 0), "city", null, cal);
        Application filing = create(ApprovalKind.FILING, APPLICANTS.get(0), "工业机器人生产线", false, "综合科",
                LocalDateTime.of(2024, 12, 23, 14, 0), 203, cal);
        accept(filing, LocalDateTime.of(2024, 12, 23, 14, 10), "district", null, cal);

        // Suspended for supplementary documents (补正): the clock is stopped.
        Application energy = create(ApprovalKind.ENERGY_REVIEW, APPLICANTS.get(5), "光伏组件扩产项目", true, "行政审批科",
                LocalDateTime.of(2024, 12, 18, 9, 0), 204, cal);
        accept(energy, LocalDateTime.of(2024, 12, 18, 9, 30), "city", null, cal);
        energy.pausing().suspend(LocalDateTime.of(2024, 12, 19, 15, 0), "补充节能报告中能源消费量测算依据", "city", cal);
        notices.issue(energy.id(), ApplicationNotices.Kind.SUPPLEMENT, List.of("能源消费量测算依据及说明", "节能报告"),
                "节能报告第四章能源消费量测算缺少依据，请一并补充", LocalDateTime.of(2024, 12, 19, 15, 0), "city");

        // Received, not yet accepted; refused; withdrawn.
        create(ApprovalKind.PRELIMINARY_DESIGN, APPLICANTS.get(6), "城市更新片区道路工程", true, "投资科",
                LocalDateTime.of(2024, 12, 27, 16, 0), 205, cal);
        Application refused = create(ApprovalKind.PROPOSAL, APPLICANTS.get(3), "港区仓储扩建", true, "投资科",
                LocalDateTime.of(2024, 3, 4, 10, 0), 206, cal);
        refused.refuse(LocalDateTime.of(2024, 3, 4, 16, 0), "项目不属于本机关审批权限，已告知向省发展改革委申请", "city");
        notices.issue(refused.id(), ApplicationNotices.Kind.REFUSAL, List.of("行业主管部门意见"),
                "项目不属于本机关审批权限，已告知向省发展改革委申请", LocalDateTime.of(2024, 3, 4, 16, 0), "city");
        Application withdrawn = create(ApprovalKind.FILING, APPLICANTS.get(2), "中央厨房建设", false, "综合科",
                LocalDateTime.of(2024, 8, 12, 9, 0), 207, cal);
        accept(withdrawn, LocalDateTime.of(2024, 8, 12, 9, 10), "district", null, cal);
        withdrawn.withdraw(LocalDateTime.of(2024, 8, 12, 11, 0), "申请人调整建设方案，申请撤回", "district");

        // In warning now: an 8-hour filing with a little more than an hour left.
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime start = now;
        while (cal.workingMinutesBetween(start, now) < 400) {
            start = start.minusMinutes(10);
        }
        Application warning = create(ApprovalKind.FILING, APPLICANTS.get(1), "高性能复合材料项目", true, "投资科",
                start, 208, cal);
        accept(warning, start, "city", null, cal);
        repository.findAll().forEach(a -> a.recordClock(now, cal));
    }

    private Application create(ApprovalKind kind, Applicant applicant, String subject, boolean city, String department,
                               LocalDateTime received, int serial, WorkCalendar cal) {
        String region = city ? "339900" : "339902";
        String type = kind == ApprovalKind.FILING ? "03" : kind == ApprovalKind.APPROVAL ? "02" : "01";
        // GB/T 40058-2021 codes: YYMM-region-department-type-serial.
        String project = String.format("%02d%02d-%s-04-%s-%06d", received.getYear() % 100, received.getMonthValue(), region,
                type, serial);
        org.fagai.shared.ProjectCode.of(project);
        Application a = new Application(kind, applicant.name(), applicant.code(), project,
                subject, region, city ? department : "综合科", received,
                city ? "city" : "district", check(applicant.code(), received), null);
        return repository.save(a);
    }

    private void accept(Application a, LocalDateTime at, String by, String overrideReason, WorkCalendar cal) {
        a.accept(at, limits.rulesOf(a.kind()), cal, check(a.applicantCreditCode(), at), by, overrideReason,
                new Acceptance(List.of(), null, null, by.equals("leader") ? Role.LEADER : Role.STAFF));
    }

    /** The review steps passed between the last step and {@code at}, the decision drafted and signed by the leader. */
    private void decide(Application a, LocalDateTime at, boolean approved, String by, WorkCalendar cal) {
        passSteps(a, a.lastMoment(), at, by);
        a.draftDecision(approved, approved ? null : "项目建设内容不符合产业政策要求", null, at, by);
        decisions.issue(a, at, "leader");
    }

    /** Passes the open review steps at moments spread between {@code from} and {@code to}, up to the leader's signature. */
    static void passSteps(Application a, LocalDateTime from, LocalDateTime to, String by) {
        int steps = a.reviewChain().size();
        long span = ChronoUnit.MINUTES.between(from, to);
        int k = 0;
        while (!a.chain().readyForSignature()) {
            ReviewStep s = a.chain().current();
            LocalDateTime t = from.plusMinutes(span * ++k / (steps + 1));
            t = t.isBefore(s.startedAt()) ? s.startedAt() : t;
            boolean leader = s.role() == Role.LEADER;
            a.review(s.position(), ReviewStep.Decision.PASS, leader ? "同意签发" : "经审查，材料齐全，符合要求，同意", null, null, t,
                    leader ? "leader" : by, leader ? Role.LEADER : by.equals("district") ? Role.DISTRICT : Role.STAFF);
        }
    }

    private CreditCheckResult check(String code, LocalDateTime at) {
        CreditCheckResult now = credit.check(code);
        return new CreditCheckResult(now.creditCode(), now.listed(), now.detail(), at);
    }

    private static LocalDate nextWorkday(LocalDate day, WorkCalendar cal) {
        LocalDate d = day;
        while (!cal.isWorkday(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static String code(String first16) {
        return CreditCode.withCheckDigits(first16).value();
    }
}
