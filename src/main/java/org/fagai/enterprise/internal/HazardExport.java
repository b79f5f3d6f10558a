package org.fagai.enterprise.internal;

import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.web.MessageText;

/** The safety list's hazards as Excel rows in the reader's language, with the same filters as the page. */
final class HazardExport {

    private HazardExport() {
    }

    static List<List<?>> rows(HazardQueries queries, HazardQueries.Filter filter, CurrentUser user, MessageText text) {
        List<List<?>> rows = new ArrayList<>();
        queries.each(filter, user, h -> {
            List<Object> r = new ArrayList<>();
            r.add(h.id());
            r.add(h.enterpriseName());
            r.add(h.creditCode());
            r.add(h.foundOn());
            r.add(h.description());
            r.add(text.get("enterprise.hazard.level." + ("MAJOR".equals(h.level()) ? "MAJOR" : "GENERAL")));
            r.add(text.get("enterprise.hazard.state." + h.state().name()));
            r.add(h.noticeNumber());
            r.add(h.measures());
            r.add(h.noticeWorkingDays());
            r.add(h.noticeIssuedOn());
            r.add(h.deadline());
            r.add(h.rectification());
            r.add(h.evidence());
            r.add(h.rectifiedOn());
            r.add(h.closedOn());
            r.add(h.onTime());
            r.add(h.reopenedCount());
            r.add(h.followUpDue());
            r.add(h.followedUpOn());
            r.add(h.followUpResult());
            rows.add(r);
        });
        return rows;
    }
}
