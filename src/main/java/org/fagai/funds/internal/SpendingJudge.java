package org.fagai.funds.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judges spending at the end of the last closed month and stores the outcome on the application (lists filter on the
 * stored colour): after every allocation, disbursement and spending report, and every night for all open funds.
 */
@Component
class SpendingJudge {

    private static final Logger log = LoggerFactory.getLogger(SpendingJudge.class);

    private final ApplicationStore store;
    private final RuleBook rules;
    private final Clock clock;

    SpendingJudge(ApplicationStore store, RuleBook rules, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.clock = clock;
    }

    /** The month judged today: the last closed one. */
    YearMonth judgedMonth() {
        return YearMonth.from(LocalDate.now(clock)).minusMonths(1);
    }

    void judge(FundApplication a, SpendingBands bands) {
        FundApplication.Progress p = a.progress;
        if (p.allocatedAmount == null) {
            return;
        }
        a.judge(SpendingProgress.judge(a.declaration().year(), p.allocatedAmount, p.disbursedAmount, p.spentAmount,
                a.lastActivity(), judgedMonth(), bands));
    }

    @Scheduled(cron = "0 40 1 * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "funds-spending-nightly", lockAtMostFor = "PT1H")
    public void nightly() {
        log.info("Funds spending judged for {} applications", judgeAll());
    }

    @Transactional
    public int judgeAll() {
        SpendingBands bands = rules.bands();
        List<Long> ids = store.judgedIds();
        for (Long id : ids) {
            store.find(id).ifPresent(a -> {
                judge(a, bands);
                store.update(a);
            });
        }
        return ids.size();
    }
}
