package org.fagai.project.internal.registry;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.project.PlanChanged;
import org.fagai.shared.ProjectCode;
import org.fagai.shared.RegionCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates many validated new projects the way {@link ProjectRegistry#create} creates one — provisional code when it has
 * none, its plan, the CREATE event, the audit record and its warnings — in a handful of set-based statements (rows
 * travel as arrays), so an import of tens of thousands of new projects takes seconds. The warnings are judged from the facts
 * in hand ({@link FirstWarnings}), so each list entry is written once, with its colour.
 */
@Component
public class ProjectBulkCreate {

    private static final String INSERT = """
            INSERT INTO project (code, provisional_code, name, owner_unit, owner_credit_code, department, leader, region_code,
                                 industry_code, location, scale_content, start_month, end_month, total_investment,
                                 fund_central, fund_special_bond, fund_local, fund_self, fund_loan, fund_other,
                                 completed_before, stage, investment_type, created_at, updated_at)
            SELECT i.code, i.provisional, i.name, i.owner, i.credit, i.department, i.leader, i.region, i.industry, i.location,
                   i.scale, i.start_month, i.end_month, i.total, i.central, i.bond, i.local, i.self, i.loan, i.other,
                   i.before, i.stage, i.investment_type, ?, ?
            FROM unnest(?::varchar[], ?::boolean[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                        ?::varchar[], ?::varchar[], ?::varchar[], ?::text[], ?::date[], ?::date[], ?::numeric[], ?::numeric[],
                        ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::varchar[], ?::varchar[])
                 AS i(code, provisional, name, owner, credit, department, leader, region, industry, location, scale,
                      start_month, end_month, total, central, bond, local, self, loan, other, before, stage, investment_type)
            RETURNING id, code""";

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher publisher;
    private final AuditLog audit;
    private final Clock clock;
    private final FirstWarnings warnings;

    ProjectBulkCreate(JdbcTemplate jdbc, ApplicationEventPublisher publisher, AuditLog audit, Clock clock, FirstWarnings warnings) {
        this.jdbc = jdbc;
        this.warnings = warnings;
        this.publisher = publisher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates the projects (codes not yet used, checked by the caller); returns their codes in order. */
    public List<String> createAll(List<ValidProject> projects, String actor) {
        if (projects.isEmpty()) {
            return List.of();
        }
        long provisional = projects.stream().filter(v -> v.code() == null).count();
        List<Long> serials = provisional == 0 ? List.of() : jdbc.queryForList(
                "SELECT nextval('project_provisional_serial') FROM generate_series(1, ?) ORDER BY 1", Long.class, provisional);
        int year = LocalDate.now(clock).getYear();
        List<String> codes = new ArrayList<>();
        int next = 0;
        for (ValidProject v : projects) {
            codes.add(v.code() != null ? v.code()
                    : ProjectCode.provisional(RegionCode.of(v.details().regionCode()), year, serials.get(next++)).value());
        }
        Map<String, Long> ids = insert(projects, codes);
        Map<Integer, List<FirstWarnings.NewProject>> byYear = new TreeMap<>();
        for (int i = 0; i < projects.size(); i++) {
            ValidProject v = projects.get(i);
            if (v.plan() != null) {
                byYear.computeIfAbsent(v.plan().year(), y -> new ArrayList<>()).add(new FirstWarnings.NewProject(ids.get(codes.get(i)),
                        v.stage(), v.details().regionCode(), v.details().startMonth(), v.details().totalInvestment(), investmentType(v),
                        v.plan().plannedInvestment()));
            }
        }
        // Judged before the entries are written, so each entry is inserted with the colour its list shows.
        Map<Integer, FirstWarnings.Judged> judged = new TreeMap<>();
        byYear.forEach((planYear, news) -> judged.put(planYear, warnings.judge(planYear, news)));
        List<Object[]> plans = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            PlanLine plan = projects.get(i).plan();
            if (plan != null) {
                long id = ids.get(codes.get(i));
                FirstWarnings.ListColour colour = judged.get(plan.year()).listColour(id);
                plans.add(new Object[] {id, plan.year(), plan.level().name(), plan.nature().name(), plan.plannedInvestment(),
                        projects.get(i).stage().name(), projects.get(i).details().regionCode(),
                        colour == null ? null : colour.colour(), colour == null ? null : colour.month().toString()});
            }
        }
        jdbc.update("""
                INSERT INTO project_plan (project_id, year, level, nature, planned_investment, stage, region_code, colour, colour_month)
                SELECT * FROM unnest(?::bigint[], ?::int[], ?::varchar[], ?::varchar[], ?::numeric[], ?::varchar[], ?::varchar[],
                                     ?::varchar[], ?::date[])""",
                plans.stream().map(r -> (Long) r[0]).toArray(Long[]::new), plans.stream().map(r -> (Integer) r[1]).toArray(Integer[]::new),
                plans.stream().map(r -> (String) r[2]).toArray(String[]::new), plans.stream().map(r -> (String) r[3]).toArray(String[]::new),
                plans.stream().map(r -> ((BigDecimal) r[4]).toPlainString()).toArray(String[]::new),
                plans.stream().map(r -> (String) r[5]).toArray(String[]::new), plans.stream().map(r -> (String) r[6]).toArray(String[]::new),
                plans.stream().map(r -> (String) r[7]).toArray(String[]::new), plans.stream().map(r -> (String) r[8]).toArray(String[]::new));
        jdbc.update("""
                INSERT INTO project_event (project_id, kind, happened_on, detail, actor)
                SELECT i.id, 'CREATE', ?, i.detail, ? FROM unnest(?::bigint[], ?::text[]) AS i(id, detail)""",
                LocalDate.now(clock), actor, codes.stream().map(ids::get).toArray(Long[]::new),
                projects.stream().map(v -> ProjectEvents.created(v.stage())).toArray(String[]::new));
        audit.recordAll(AuditAction.CREATE, "project", codes, projects.stream().map(v -> v.details().name()).toList());
        judged.values().forEach(FirstWarnings.Judged::store);
        byYear.forEach((planYear, news) -> publisher.publishEvent(
                new PlanChanged(planYear, news.stream().map(FirstWarnings.NewProject::id).toList(), true)));
        return codes;
    }

    private Map<String, Long> insert(List<ValidProject> projects, List<String> codes) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.execute((Connection con) -> {
            Map<String, Long> ids = new HashMap<>();
            try (PreparedStatement ps = con.prepareStatement(INSERT)) {
                ps.setTimestamp(1, now);
                ps.setTimestamp(2, now);
                int p = 3;
                ps.setArray(p++, con.createArrayOf("varchar", codes.toArray()));
                ps.setArray(p++, con.createArrayOf("boolean", projects.stream().map(v -> v.code() == null || v.provisional()).toArray()));
                for (Function<ProjectDetails, Object> field : List.<Function<ProjectDetails, Object>>of(ProjectDetails::name,
                        ProjectDetails::ownerUnit, ProjectDetails::ownerCreditCode, ProjectDetails::department, ProjectDetails::leader,
                        ProjectDetails::regionCode, ProjectDetails::industryCode, ProjectDetails::location)) {
                    ps.setArray(p++, con.createArrayOf("varchar", projects.stream().map(v -> field.apply(v.details())).toArray()));
                }
                ps.setArray(p++, con.createArrayOf("text", projects.stream().map(v -> v.details().scaleContent()).toArray()));
                ps.setArray(p++, dates(con, projects, ProjectDetails::startMonth));
                ps.setArray(p++, dates(con, projects, ProjectDetails::endMonth));
                ps.setArray(p++, con.createArrayOf("numeric", projects.stream().map(v -> v.details().totalInvestment()).toArray()));
                for (Function<Funding, Object> fund : List.<Function<Funding, Object>>of(Funding::central, Funding::specialBond,
                        Funding::local, Funding::self, Funding::loan, Funding::other)) {
                    ps.setArray(p++, con.createArrayOf("numeric", projects.stream()
                            .map(v -> fund.apply(v.details().funding() == null ? Funding.NONE : v.details().funding())).toArray()));
                }
                ps.setArray(p++, con.createArrayOf("numeric", projects.stream().map(v -> v.details().completedBefore() == null
                        ? BigDecimal.ZERO : v.details().completedBefore()).toArray()));
                ps.setArray(p++, con.createArrayOf("varchar", projects.stream().map(v -> v.stage().name()).toArray()));
                ps.setArray(p, con.createArrayOf("varchar", projects.stream().map(ProjectBulkCreate::investmentType).map(Enum::name).toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString("code"), rs.getLong("id"));
                    }
                }
            }
            return ids;
        });
    }

    private static InvestmentType investmentType(ValidProject v) {
        return v.details().investmentType() != null ? v.details().investmentType() : InvestmentType.suggestedBy(v.details().funding());
    }

    private static Array dates(Connection con, List<ValidProject> projects, Function<ProjectDetails, YearMonth> month)
            throws SQLException {
        return con.createArrayOf("date", projects.stream().map(v -> month.apply(v.details()))
                .map(m -> m == null ? null : Date.valueOf(m.atDay(1))).toArray());
    }
}
