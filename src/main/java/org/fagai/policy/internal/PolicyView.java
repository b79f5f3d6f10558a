package org.fagai.policy.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

record PolicyView(long id, String name, String issuer, String documentNumber, String regionCode, int year,
                  PolicyConditions conditions, boolean noApplication, BigDecimal maxAmount, LocalDate validFrom,
                  LocalDate validTo, String description) {

    boolean openOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
}
