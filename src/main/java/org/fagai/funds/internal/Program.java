package org.fagai.funds.internal;

import java.math.BigDecimal;
import org.fagai.funds.FundChannel;

/** A 专项 of a channel's guidance, with the largest share of total investment it may fund (null: no limit). */
record Program(String code, FundChannel channel, String name, BigDecimal maxShare) {

    boolean shareExceeded(BigDecimal requested, BigDecimal totalInvestment) {
        return maxShare != null && requested.compareTo(totalInvestment.multiply(maxShare)) > 0;
    }
}
