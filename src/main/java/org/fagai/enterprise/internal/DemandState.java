package org.fagai.enterprise.internal;

/**
 * Where a demand is: 待派单 (raised, not yet routed), 办理中 (on the 督办 loop), 已答复待回访, 重办中 (reopened once after
 * an unsatisfied return visit), 已办结 (return visit done).
 */
enum DemandState {
    SUBMITTED, ROUTED, ANSWERED, REOPENED, CLOSED;

    boolean handling() {
        return this == ROUTED || this == REOPENED;
    }

    String labelKey() {
        return "enterprise.demand.state." + name();
    }
}
