package org.fagai.enterprise.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.MaxLength;
import org.fagai.shared.Years;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.fagai.shared.web.Pagination;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 安全生产检查 page: a month's figures and its hazards by state, each with its notice (.docx). */
@Controller
class SafetyPageController {

    private final SafetyStatistics statistics;
    private final EnterpriseAccess access;
    private final JdbcClient jdbc;

    SafetyPageController(SafetyStatistics statistics, EnterpriseAccess access, JdbcClient jdbc) {
        this.statistics = statistics;
        this.access = access;
        this.jdbc = jdbc;
    }

    record Row(long id, String enterpriseName, String creditCode, String description, String level, String state,
               String noticeNumber, java.time.LocalDate deadline, Boolean onTime, int reopenedCount, boolean followUpDue) {
    }

    @GetMapping("/safety")
    String safety(@RequestParam(required = false) @MaxLength(7) String month, @RequestParam(required = false) @MaxLength(20) String state,
                  @RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size,
                  Model model) {
        CurrentUser user = access.handler();
        YearMonth m = month == null || month.isBlank() ? YearMonth.now(org.fagai.shared.ChinaTime.ZONE).minusMonths(1) : Years.month("month", month);
        int pageSize = Math.min(size, 200);
        List<Object> params = new ArrayList<>(List.of(m.atDay(1), m.atEndOfMonth()));
        StringBuilder where = new StringBuilder(" WHERE i.inspected_on BETWEEN ? AND ? AND ").append(EnterpriseAccess.scope(user, "h", params));
        if (state != null && !state.isBlank()) {
            HazardState parsed = Demands.parse(HazardState.class, state, "state", "隐患状态", new ArrayList<>());
            if (parsed == null) {
                throw FieldErrors.of("state", "隐患状态不正确：" + state);
            }
            where.append(" AND h.state = ?");
            params.add(parsed.name());
        }
        String from = " FROM safety_hazard h JOIN safety_inspection i ON i.id = h.inspection_id JOIN enterprise e ON e.credit_code = h.credit_code";
        long total = jdbc.sql("SELECT count(*)" + from + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(pageSize);
        pageParams.add((long) page * pageSize);
        model.addAttribute("hazards", jdbc.sql("SELECT h.*, e.name" + from + where + " ORDER BY i.inspected_on, h.id LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code"),
                        rs.getString("description"), rs.getString("level"), rs.getString("state"), rs.getString("notice_number"),
                        rs.getObject("deadline", java.time.LocalDate.class), rs.getObject("on_time", Boolean.class),
                        rs.getInt("reopened_count"), rs.getBoolean("follow_up_due"))).list());
        model.addAttribute("stats", statistics.month(m));
        model.addAttribute("month", m.toString());
        model.addAttribute("states", HazardState.values());
        model.addAttribute("pager", new Pagination(page, pageSize, total, Map.of("month", m.toString(), "state", state == null ? "" : state)));
        return "enterprise/safety";
    }
}
