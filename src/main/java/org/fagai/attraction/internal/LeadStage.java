package org.fagai.attraction.internal;

/** The funnel: 线索 → 洽谈 → 签约 → 注册落地 → 开工 → 投产 → 达产. A lead only moves forward. */
enum LeadStage {
    LEAD, NEGOTIATING, SIGNED, REGISTERED, STARTED, PRODUCING, FULL_CAPACITY;

    public String labelKey() {
        return "attraction.stage." + name();
    }

    public boolean reached(LeadStage other) {
        return compareTo(other) >= 0;
    }

    /** Before construction the officer drives the lead; from 开工 on the key project's own pipeline and warnings take over. */
    boolean beforeConstruction() {
        return compareTo(STARTED) < 0;
    }
}
