package org.fagai.credit;

/** What being on the red list (守信激励对象 / 诚信典型) brings; which incentive a module honours is that module's rule. */
public enum Incentive {
    /** 绿色通道: marked in approvals and, where the kind allows, a shorter promised limit. */
    GREEN_CHANNEL("绿色通道（优先办理、缩短承诺时限）"),
    /** 容缺受理 preferred. */
    PARTIAL_ACCEPTANCE("优先适用容缺受理"),
    /** 信易贷: the credit report marks the enterprise for credit-based lending. */
    CREDIT_LENDING("信易贷优先推荐"),
    /** 减少检查频次 in 双随机 inspections. */
    FEWER_INSPECTIONS("降低抽查比例和频次");

    private final String chineseName;

    Incentive(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
