package org.fagai.funds.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.shared.StoredText;
import org.fagai.funds.FundState;
import org.fagai.funds.FundsApplicationChanged;
import org.fagai.funds.internal.DeclarationRefused.BrokenRule;
import org.fagai.funds.internal.FundCommands.Declare;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.Money;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.RegionCode;
import org.fagai.shared.Years;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases of an application's life: declare (with the checks), review, allocate, disburse, spend. */
@Service
class FundApplications {

    private static final Set<Role> HANDLERS = Set.of(Role.ADMIN, Role.STAFF, Role.DISTRICT);

    private final ApplicationStore store;
    private final DeclarationInput input;
    private final RuleBook rules;
    private final PreparationStatus preparation;
    private final SpendingJudge judge;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FundApplications(ApplicationStore store, DeclarationInput input, RuleBook rules, PreparationStatus preparation,
                     SpendingJudge judge, UserDirectory users, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.input = input;
        this.rules = rules;
        this.preparation = preparation;
        this.judge = judge;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    long declare(Declare command) {
        CurrentUser user = users.requireCurrent();
        if (user.role() == Role.LEADER) {
            throw new AccessDeniedException("委领导账号不能申报");
        }
        Declaration d = input.declaration(command, user);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = command.declaredOn() == null ? today : command.declaredOn();
        FundApplication application;
        if (Boolean.TRUE.equals(command.draft())) {
            application = FundApplication.planned(d, on, today, user.username());
        } else {
            ChannelRules channel = check(d, 0);
            application = FundApplication.declared(d, channel, on, today, user.username());
        }
        long id = store.insert(application, user.username());
        audit.record(AuditAction.CREATE, "funds", String.valueOf(id), StoredText.of(application.state() == FundState.PLANNED
                ? "funds.audit.application.planned" : "funds.audit.application.declared", StoredText.label("funds.channel." + d.channel().name()),
                d.projectName(), d.projectCode(), d.year(), d.requested().toPlainString()));
        events.publishEvent(new FundsApplicationChanged(id, d.year(), d.regionCode()));
        return id;
    }

    /** Declares an application kept in the reserve, with the checks. */
    @Transactional
    void declarePlanned(long id, LocalDate on) {
        FundApplication a = load(id, false);
        if (a.state() != FundState.PLANNED) {
            throw new StepRefused(StoredText.of("funds.error.stepNotAllowed", StoredText.label("funds.state." + a.state().name()), StoredText.label("funds.step.DECLARED")));
        }
        ChannelRules channel = check(a.declaration(), id);
        LocalDate today = LocalDate.now(clock);
        a.declare(channel, on == null ? today : on, today, users.requireCurrent().username());
        save(a, StoredText.of("funds.audit.application.declaredStep"));
    }

    /** Runs every declaration check; throws {@link DeclarationRefused} naming each broken rule. */
    ChannelRules check(Declaration d, long exceptId) {
        ChannelRules channel = rules.channel(d.channel());
        Sector sector = rules.sector(d.sector()).orElseThrow();
        Program program = d.program() == null ? null : rules.program(d.program()).orElseThrow();
        List<BrokenRule> broken = DeclarationCheck.check(d, channel, sector, program, preparation.of(d.projectCode()),
                store.claims(d.projectCode(), exceptId),
                store.provinceBonds(RegionCode.of(d.regionCode()).provinceCode(), d.year(), exceptId));
        if (!broken.isEmpty()) {
            throw new DeclarationRefused(broken);
        }
        return channel;
    }

    @Transactional
    void review(long id, FundCommands.Review c) {
        Commands.check(c);
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        if (c.stage() == null || !(c.stage().equals("DRC") || c.stage().equals("FINANCE"))) {
            errors.add(new FieldErrors.FieldError("stage", StoredText.of("funds.error.reviewStage")));
        }
        if (c.passed() == null) {
            errors.add(new FieldErrors.FieldError("passed", StoredText.of("funds.error.passed")));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        FundApplication a = load(id, true);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c.on() == null ? today : c.on();
        String actor = users.requireCurrent().username();
        if (c.stage().equals("DRC")) {
            a.reviewByDrc(c.passed(), c.reason(), on, today, actor);
        } else {
            a.reviewByFinance(c.passed(), amount("amount", c.amount(), true), c.reason(), on, today, actor);
        }
        save(a, c.passed() ? StoredText.of("funds.audit.review.passed", StoredText.label("funds.audit.stage." + c.stage()))
                : StoredText.of("funds.audit.review.failed", StoredText.label("funds.audit.stage." + c.stage()), c.reason()));
    }

    @Transactional
    void allocate(long id, FundCommands.Allocate c) {
        Commands.check(c);
        FundApplication a = load(id, true);
        LocalDate today = LocalDate.now(clock);
        a.allocate(amount("amount", c.amount(), true), c.document(), c.on() == null ? today : c.on(), today,
                users.requireCurrent().username());
        judge.judge(a, rules.bands());
        save(a, StoredText.of("funds.audit.allocated", a.progress.allocatedAmount.toPlainString(), a.progress.allocationDocument));
    }

    @Transactional
    void disburse(long id, FundCommands.Disburse c) {
        FundApplication a = load(id, true);
        LocalDate today = LocalDate.now(clock);
        BigDecimal amount = amount("amount", c.amount(), false);
        a.disburse(amount, c.on() == null ? today : c.on(), today, users.requireCurrent().username());
        judge.judge(a, rules.bands());
        save(a, StoredText.of("funds.audit.paid", amount.toPlainString()));
    }

    @Transactional
    void spend(FundCommands.Spending c) {
        Commands.check(c);
        if (c.applicationId() == null) {
            throw FieldErrors.of("applicationId", StoredText.of("funds.error.applicationId"));
        }
        YearMonth month = Years.month("month", c.month());
        BigDecimal amount = amount("amount", c.amount(), false);
        if (amount.signum() < 0) {
            throw FieldErrors.of("amount", StoredText.of("funds.error.spentNegative"));
        }
        FundApplication a = load(c.applicationId(), false);
        CurrentUser user = users.requireCurrent();
        if (user.role() == Role.LEADER) {
            throw new AccessDeniedException("委领导账号不能填报支出");
        }
        BigDecimal before = store.spendingOf(a.id(), month);
        a.recordSpending(month, amount, before, LocalDate.now(clock), user.username());
        store.putSpending(a.id(), month, amount, user.username());
        judge.judge(a, rules.bands());
        save(a, StoredText.of("funds.audit.spent", month, amount.toPlainString(), before.toPlainString(),
                a.progress.spentAmount.toPlainString()));
    }

    private void save(FundApplication a, String what) {
        store.update(a);
        audit.record(AuditAction.UPDATE, "funds", String.valueOf(a.id()), what);
        events.publishEvent(new FundsApplicationChanged(a.id(), a.declaration().year(), a.declaration().regionCode()));
    }

    /** The application if the signed-in user may see it; {@code handle}: and may take the DRC's steps on it. */
    FundApplication load(long id, boolean handle) {
        FundApplication a = store.find(id).orElseThrow(() -> new NotFoundException(StoredText.of("funds.error.notFound", id)));
        CurrentUser user = users.requireCurrent();
        if (!FundsScope.canSee(user, a.declaration().regionCode(), a.declaration().ownerCreditCode())) {
            throw new NotFoundException(StoredText.of("funds.error.notFound", id));
        }
        if (handle && !HANDLERS.contains(user.role())) {
            throw new AccessDeniedException("当前账号不能办理资金申请");
        }
        return a;
    }

    private static BigDecimal amount(String field, BigDecimal value, boolean optional) {
        if (value == null) {
            if (optional) {
                return null;
            }
            throw FieldErrors.of(field, StoredText.of("funds.error.amount"));
        }
        try {
            return Money.ofWan(value).wan();
        } catch (IllegalArgumentException e) {
            throw FieldErrors.of(field, e.getMessage());
        }
    }
}
