package org.fagai.enterprise.internal;

import java.util.ArrayList;
import java.util.List;
import org.fagai.shared.web.MessageText;

/** 信访 cases as Excel rows in the reader's language, the same filter as the list. */
final class PetitionExport {

    private PetitionExport() {
    }

    static List<List<?>> rows(Petitions petitions, PetitionQueries.Filter filter, MessageText text) {
        List<List<?>> rows = new ArrayList<>();
        petitions.each(filter, p -> {
            List<Object> r = new ArrayList<>();
            r.add(p.id());
            r.add(p.petitioner());
            r.add(p.enterpriseName());
            r.add(p.creditCode());
            r.add(p.regionName());
            r.add(p.content());
            r.add(text.get("enterprise.petition.state." + p.state().name()));
            r.add(p.receivedOn());
            r.add(p.acceptDue());
            r.add(p.acceptedOn());
            r.add(p.acceptedOnTime());
            r.add(p.refusalReason());
            r.add(p.answerDue());
            r.add(p.extensionDays());
            r.add(p.extensionReason());
            r.add(p.answeredOn());
            r.add(p.answeredOnTime());
            r.add(p.answer());
            rows.add(r);
        });
        return rows;
    }
}
