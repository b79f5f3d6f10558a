package org.fagai.credit;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a credit code is on the red list in force on a day, why (source and document) and until when, and the
 * incentives its entries bring (the union over its entries in force). The {@code detail} is a {@code StoredText}
 * sentence: show it with {@code @fmt.stored} (in Chinese, {@code Formats#storedChinese}, for documents and the audit).
 */
public record RedListStatus(String creditCode, boolean listed, String detail, LocalDate validTo, List<Incentive> incentives) {

    public RedListStatus {
        incentives = List.copyOf(incentives);
    }

    /** The same status with its detail as read (by {@code Formats#stored}, say), for an answer that leaves the platform. */
    public RedListStatus withDetail(String readDetail) {
        return new RedListStatus(creditCode, listed, readDetail, validTo, incentives);
    }

    public boolean grants(Incentive incentive) {
        return listed && incentives.contains(incentive);
    }
}
