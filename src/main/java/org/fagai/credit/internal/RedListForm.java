package org.fagai.credit.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.fagai.credit.Incentive;
import org.fagai.shared.MaxLength;
import org.springframework.format.annotation.DateTimeFormat;

/** A new red-list entry: who, the source (e.g. 纳税信用A级, 诚信典型) and its document, the period and the incentives. */
record RedListForm(@MaxLength(200) String entityName, @MaxLength(50) String creditCode, @MaxLength(100) String source,
                   @MaxLength(300) String sourceDocument, List<Incentive> incentives,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo) implements Serializable {

    static RedListForm empty() {
        return new RedListForm("", "", "", "", List.of(Incentive.GREEN_CHANNEL), null, null);
    }
}
