package org.fagai.enterprise.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 走访覆盖率: enterprises visited at least once in the period ÷ enterprises in packages (a re-visited enterprise counts
 * once), as a fraction with four decimals (0.9957 = 99.57%); none assigned → no rate.
 */
record CoverageRate(long assigned, long visited, BigDecimal rate) {

    static CoverageRate of(long assigned, long visited) {
        return new CoverageRate(assigned, visited, assigned == 0 ? null
                : BigDecimal.valueOf(visited).divide(BigDecimal.valueOf(assigned), 4, RoundingMode.HALF_UP));
    }

    boolean complete() {
        return assigned > 0 && visited == assigned;
    }

    /** "实现463家企业走访覆盖率100%" when it holds, otherwise what was reached. */
    String sentence() {
        if (assigned == 0) {
            return "暂无纳入服务包的企业";
        }
        return complete() ? "实现" + assigned + "家企业走访覆盖率100%"
                : "服务包企业" + assigned + "家，已走访" + visited + "家，走访覆盖率"
                + rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
