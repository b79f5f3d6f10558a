package org.fagai.enterprise;

/**
 * What an enterprise is in a year: the scale flags (computed by {@link ScaleThresholds} from the main business revenue),
 * the lists the commission keeps, and the categories the safety group inspects (石材企业).
 */
public enum EnterpriseFlag {
    /** 规上工业: 主营业务收入 ≥ 2,000万元 (computed). */
    ABOVE_SCALE_INDUSTRY(true),
    /** 限上批发零售住宿餐饮 (computed). */
    ABOVE_QUOTA_TRADE(true),
    /** 高新技术企业. */
    HIGH_TECH(false),
    /** 专精特新. */
    SPECIALISED(false),
    /** 重点企业 (gets a 服务包). */
    KEY(false),
    /** 重点用能单位. */
    KEY_ENERGY(false),
    /** 石材企业, inspected monthly by the safety group. */
    STONE(false);

    private final boolean computed;

    EnterpriseFlag(boolean computed) {
        this.computed = computed;
    }

    /** Set by the thresholds rule from the revenue, never by hand. */
    public boolean computed() {
        return computed;
    }

    public String labelKey() {
        return "enterprise.flag." + name();
    }
}
