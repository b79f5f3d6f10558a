package org.fagai.cockpit;

/** Where a data sentence sits in seed 000's structure: the part (一、（一）…) and its order inside it. */
public enum SummarySlot {
    PARTY_BUILDING(1), ECONOMY(2), PROJECTS(2), ATTRACTION(2), FUNDS(2), ENERGY(2), BUSINESS_ENVIRONMENT(3), CREDIT(3),
    ENTERPRISE_SERVICE(3), SAFETY(3);

    private final int part;

    SummarySlot(int part) {
        this.part = part;
    }

    /** 1 = （一）机关党建, 2 = （二）经济发展, 3 = （三）发展服务. */
    public int part() {
        return part;
    }
}
