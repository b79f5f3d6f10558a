package org.fagai.credit;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a credit code is on the red list in force on a day, why (source and document) and until when, and the
 * incentives its entries bring (the union over its entries in force).
 */
public record RedListStatus(String creditCode, boolean listed, String detail, LocalDate validTo, List<Incentive> incentives) {

    public RedListStatus {
        incentives = List.copyOf(incentives);
    }

    public boolean grants(Incentive incentive) {
        return listed && incentives.contains(incentive);
    }
}
