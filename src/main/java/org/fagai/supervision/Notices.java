package org.fagai.supervision;

import java.util.List;

/** 通知公告 as other modules (the home page) show them: the notices addressed to the signed-in user. */
public interface Notices {

    /** The newest {@code limit} (1–50) notices addressed to the signed-in user, with whether he has read each. */
    List<NoticeSummary> latestForCurrentUser(int limit);
}
