package org.fagai.enterprise.internal;

import java.math.BigDecimal;
import org.fagai.shared.MaxLength;

/**
 * A new or corrected enterprise, from the API, the form or an import row. {@code flags} are the hand-kept flags
 * (HIGH_TECH, SPECIALISED, KEY, KEY_ENERGY, STONE) of {@code flagYear}, comma-separated; the scale flags follow from
 * {@code revenue} (万元) of {@code revenueYear}.
 */
record EnterpriseCommand(@MaxLength(18) String creditCode, @MaxLength(200) String name,
                         @MaxLength(50) String legalRepresentative, @MaxLength(9) String regionCode,
                         @MaxLength(5) String industryCode, @MaxLength(300) String address,
                         @MaxLength(50) String contactPerson, @MaxLength(30) String contactPhone,
                         @MaxLength(10) String size, BigDecimal revenue, Integer revenueYear,
                         @MaxLength(200) String flags, Integer flagYear) {

    static EnterpriseCommand empty() {
        return new EnterpriseCommand("", "", "", "", "", "", "", "", "", null, null, "", null);
    }
}
