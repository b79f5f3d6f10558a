package org.fagai.businessenv.internal;

import java.math.BigDecimal;
import org.fagai.shared.MaxLength;

/** The commands of the offers' API and pages; money in 万元. */
final class OfferCommands {

    private OfferCommands() {
    }

    /**
     * A new offer: from the key-project library ({@code projectCode}: the name, region and total investment default to
     * the project's) or a new one; {@code publish} puts it on the public page at once.
     */
    record Offer(@MaxLength(30) String projectCode, @MaxLength(200) String title, @MaxLength(6) String regionCode,
                 @MaxLength(20) String sector, BigDecimal totalInvestment, @MaxLength(20) String mode,
                 @MaxLength(50) String contactName, @MaxLength(30) String contactPhone, @MaxLength(2000) String description,
                 Boolean publish) {
    }

    /** An investor's interest, from the public page. */
    record Interest(@MaxLength(200) String investorName, @MaxLength(30) String creditCode, @MaxLength(50) String contactName,
                    @MaxLength(30) String contactPhone, @MaxLength(500) String message) {
    }

    /** 发布 (PUBLISHED) a draft or 结束 (CLOSED) a published offer. */
    record Status(@MaxLength(10) String status) {
    }
}
