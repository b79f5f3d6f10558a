package org.fagai.funds;

/** The channels funds are asked through; each channel's rules are data (table {@code funds_channel}). */
public enum FundChannel {
    CENTRAL_BUDGET, SPECIAL_BOND, ULTRA_LONG_BOND, SUPERIOR_FUNDS;

    public String labelKey() {
        return "funds.channel." + name();
    }
}
