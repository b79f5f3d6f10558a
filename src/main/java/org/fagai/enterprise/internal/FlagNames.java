package org.fagai.enterprise.internal;

import org.fagai.enterprise.EnterpriseFlag;

/** A flag's Chinese name for files and documents (pages use the message bundle). */
final class FlagNames {

    private FlagNames() {
    }

    static String chinese(EnterpriseFlag flag) {
        return switch (flag) {
            case ABOVE_SCALE_INDUSTRY -> "规上工业";
            case ABOVE_QUOTA_TRADE -> "限上贸易";
            default -> EnterpriseRules.FLAG_NAMES.entrySet().stream().filter(e -> e.getValue() == flag)
                    .map(java.util.Map.Entry::getKey).findFirst().orElse(flag.name());
        };
    }
}
