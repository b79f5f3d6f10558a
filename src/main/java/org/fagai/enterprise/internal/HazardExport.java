package org.fagai.enterprise.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fagai.organization.CurrentUser;

/** The safety list's hazards as Excel rows, with the same filters as the page. */
final class HazardExport {

    static final List<String> HEADERS = List.of("编号", "企业", "统一社会信用代码", "发现日期", "隐患描述", "等级", "状态", "整改通知书",
            "整改措施", "整改期限（工作日）", "下达日期", "整改截止", "整改情况", "佐证材料", "报送日期", "销号日期", "按期整改", "重新整改次数",
            "待回头看", "回头看日期", "回头看结论");
    private static final Map<HazardState, String> STATES = Map.of(HazardState.FOUND, "已发现", HazardState.NOTICE_ISSUED, "整改中",
            HazardState.RECTIFIED, "企业已报整改", HazardState.CLOSED, "已销号");

    private HazardExport() {
    }

    static List<List<?>> rows(HazardQueries queries, HazardQueries.Filter filter, CurrentUser user) {
        List<List<?>> rows = new ArrayList<>();
        queries.each(filter, user, h -> {
            List<Object> r = new ArrayList<>();
            r.add(h.id());
            r.add(h.enterpriseName());
            r.add(h.creditCode());
            r.add(h.foundOn());
            r.add(h.description());
            r.add("MAJOR".equals(h.level()) ? "重大" : "一般");
            r.add(STATES.get(h.state()));
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
