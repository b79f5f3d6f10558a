package org.fagai.credit;

import java.time.LocalDate;
import java.util.List;

/** The 双公示 licences and penalties of one party (by credit code), newest first, for the enterprise page. Not scoped. */
public interface PartyRecords {

    List<PartyRecord> forParty(String creditCode, int limit);

    /** {@code type} LICENCE or PENALTY; {@code title} the decision document's name or the violation; {@code publicUntil} for penalties. */
    record PartyRecord(String type, String documentNumber, String title, String content, LocalDate decisionDate,
                       boolean published, LocalDate publicUntil) {
    }
}
