package org.fagai.supervision.internal;

import org.fagai.shared.StoredText;
import org.fagai.shared.MaxLength;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.supervision.NewItem;
import org.fagai.supervision.StandardSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Problem lists (问题清单): problems, each with measures (整改措施) that are items of the loop. */
@Service
class ProblemLists {

    /** A new problem with its measures; each measure is a {@link NewItem} whose source is set here. */
    record NewProblem(@MaxLength(500) String title, List<NewItem> measures) {
    }

    record NewList(@MaxLength(200) String title, Integer year, List<NewProblem> problems) {
    }

    private final JdbcClient jdbc;
    private final Supervision supervision;
    private final ItemSearch search;
    private final UserDirectory users;
    private final AuditLog audit;

    ProblemLists(JdbcClient jdbc, Supervision supervision, ItemSearch search, UserDirectory users, AuditLog audit) {
        this.jdbc = jdbc;
        this.supervision = supervision;
        this.search = search;
        this.users = users;
        this.audit = audit;
    }

    @Transactional
    long create(NewList list) {
        users.requireCurrent();
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        String title = Texts.collect(errors, "title", list == null ? null : list.title(), 200, "supervision.field.listTitle");
        if (list == null || list.year() == null || list.year() < 2000 || list.year() > 2100) {
            errors.add(new FieldErrors.FieldError("year", StoredText.of("supervision.error.yearBounds")));
        }
        if (list == null || list.problems() == null || list.problems().isEmpty() || list.problems().size() > 500) {
            errors.add(new FieldErrors.FieldError("problems", StoredText.of("supervision.error.problemCount")));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        long id = insertList(title, list.year());
        for (int p = 0; p < list.problems().size(); p++) {
            NewProblem problem = list.problems().get(p);
            String field = "problems[" + p + "]";
            String problemTitle = Texts.required(field + ".title", problem == null ? null : problem.title(), 500, "supervision.field.problem");
            if (problem.measures() == null || problem.measures().isEmpty() || problem.measures().size() > 50) {
                throw FieldErrors.of(field + ".measures", StoredText.of("supervision.error.measureCount", p + 1));
            }
            long problemId = insertProblem(id, p + 1, problemTitle);
            for (int m = 0; m < problem.measures().size(); m++) {
                NewItem c = problem.measures().get(m);
                supervision.create(new NewItem(c.title(), c.content(), StandardSource.PROBLEM_LIST.name(),
                        "PL" + id + "-" + (p + 1) + "-" + (m + 1), "/supervision/problem-lists/" + id, c.leadUnitId(),
                        c.leadPersonId(), c.coUnitIds(), c.supervisorId(), c.leaderId(), c.deadline(), c.workingDays(),
                        c.assignedAt(), c.area(), c.milestones()), problemId);
            }
        }
        audit.record(AuditAction.CREATE, "supervision_problem_list", String.valueOf(id), StoredText.of("supervision.audit.problemList.created", title));
        return id;
    }

    long insertList(String title, int year) {
        return jdbc.sql("INSERT INTO supervision_problem_list (title, year) VALUES (?, ?) RETURNING id").params(title, year)
                .query(Long.class).single();
    }

    long insertProblem(long listId, int seq, String title) {
        return jdbc.sql("INSERT INTO supervision_problem (list_id, seq, title) VALUES (?, ?, ?) RETURNING id")
                .params(listId, seq, title).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    ProblemListView get(long id) {
        users.requireCurrent();
        Map<String, Object> head = jdbc.sql("SELECT title, year FROM supervision_problem_list WHERE id = ?").param(id)
                .query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NotFoundException(StoredText.of("supervision.error.noProblemList", id)));
        Map<String, Object> counts = jdbc.sql("""
                SELECT count(DISTINCT p.id) AS problems, count(i.id) AS measures,
                       count(i.id) FILTER (WHERE i.state = 'CLOSED') AS completed,
                       count(i.id) FILTER (WHERE i.state = 'CLOSED' AND i.closed_on_time) AS on_time,
                       max(i.closed_on) AS last_closed
                  FROM supervision_problem p
                  LEFT JOIN supervision_item i ON i.problem_id = p.id AND i.state <> 'CANCELLED'
                 WHERE p.list_id = ?""").param(id).query().singleRow();
        long measures = ((Number) counts.get("measures")).longValue();
        long completed = ((Number) counts.get("completed")).longValue();
        long onTime = ((Number) counts.get("on_time")).longValue();
        boolean closed = closed(measures, completed);
        Map<Long, List<ItemRow>> byProblem = new LinkedHashMap<>();
        Map<Long, Object[]> problems = new LinkedHashMap<>();
        jdbc.sql("SELECT id, seq, title FROM supervision_problem WHERE list_id = ? ORDER BY seq").param(id)
                .query((rs, n) -> problems.put(rs.getLong(1), new Object[] {rs.getInt(2), rs.getString(3)})).list();
        ItemPage all = search.search(new ItemQuery(null, null, null, null, null, null, id, null, "id", 0, ItemQuery.MAX_EXPORT));
        for (ItemRow row : all.items()) {
            byProblem.computeIfAbsent(row.problemId(), k -> new ArrayList<>()).add(row);
        }
        List<ProblemListView.ProblemView> views = new ArrayList<>();
        problems.forEach((pid, p) -> views.add(new ProblemListView.ProblemView(pid, (Integer) p[0], (String) p[1],
                byProblem.getOrDefault(pid, List.of()))));
        return new ProblemListView(id, (String) head.get("title"), ((Number) head.get("year")).intValue(),
                ((Number) counts.get("problems")).longValue(), measures, completed, onTime, rate(onTime, measures), closed,
                closed ? ((java.sql.Date) counts.get("last_closed")).toLocalDate() : null, views);
    }

    /** A problem list in the index: its counts as on its own page. */
    record Summary(long id, String title, int year, long problems, long measures, long completed, BigDecimal onTimeRate,
                   boolean closed) {
    }

    record SummaryPage(List<Summary> items, long total, int page, int size) {
    }

    /** The lists of a year (all years when null), newest first, a page at a time, each with its counts. */
    @Transactional(readOnly = true)
    SummaryPage page(Integer year, int page, int size) {
        return page(year, ProblemListSort.YEAR, true, page, size);
    }

    /** The lists of a year (all years when null) in the order asked, a page at a time, each with its counts. */
    @Transactional(readOnly = true)
    SummaryPage page(Integer year, ProblemListSort sort, boolean descending, int page, int size) {
        users.requireCurrent();
        long total = jdbc.sql("SELECT count(*) FROM supervision_problem_list WHERE (CAST(:year AS int) IS NULL OR year = :year)")
                .param("year", year).query(Long.class).single();
        List<Summary> items = jdbc.sql("""
                SELECT l.id, l.title, l.year,
                       (SELECT count(*) FROM supervision_problem p WHERE p.list_id = l.id) AS problems,
                       m.measures, m.completed, m.on_time
                  FROM supervision_problem_list l
                  CROSS JOIN LATERAL (
                       SELECT count(i.id) AS measures,
                              count(i.id) FILTER (WHERE i.state = 'CLOSED') AS completed,
                              count(i.id) FILTER (WHERE i.state = 'CLOSED' AND i.closed_on_time) AS on_time
                         FROM supervision_problem p
                         JOIN supervision_item i ON i.problem_id = p.id AND i.state <> 'CANCELLED'
                        WHERE p.list_id = l.id) m
                 WHERE (CAST(:year AS int) IS NULL OR l.year = :year)
                """ + " ORDER BY " + sort.orderBy(descending) + " LIMIT :size OFFSET :offset")
                .param("year", year).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new Summary(rs.getLong("id"), rs.getString("title"), rs.getInt("year"),
                        rs.getLong("problems"), rs.getLong("measures"), rs.getLong("completed"),
                        rate(rs.getLong("on_time"), rs.getLong("measures")), closed(rs.getLong("measures"), rs.getLong("completed"))))
                .list();
        return new SummaryPage(items, total, page, size);
    }

    /** A list closes when every measure is verified. */
    static boolean closed(long measures, long completed) {
        return measures > 0 && completed == measures;
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

}
