package org.fagai.enterprise;

import java.math.BigDecimal;
import java.util.List;

/** An enterprise as other modules and the API see it; {@code regionCode} is its town (9 digits) or county. */
public record EnterpriseView(String creditCode, String name, String legalRepresentative, String regionCode,
                             String regionName, String industryCode, String industryName, String address,
                             String contactPerson, String contactPhone, EnterpriseSize size, BigDecimal revenue,
                             Integer revenueYear, List<FlagYear> flags) {

    public record FlagYear(EnterpriseFlag flag, int year) {
    }

    public boolean has(EnterpriseFlag flag) {
        return flags.stream().anyMatch(f -> f.flag() == flag);
    }
}
