package org.fagai.enterprise.internal;

import java.math.BigDecimal;
import java.util.Set;
import org.fagai.enterprise.EnterpriseFlag;

/** An enterprise command that passed every check: trimmed, codes normalised, flags parsed. */
record CleanEnterprise(String creditCode, String name, String legalRepresentative, String regionCode,
                       String industryCode, String address, String contactPerson, String contactPhone, String size,
                       BigDecimal revenue, Integer revenueYear, Set<EnterpriseFlag> flags, int flagYear) {
}
