package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.energy.EnergyFiguresChanged;
import org.fagai.energy.EnergyType;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;
import org.fagai.supervision.ItemView;
import org.fagai.supervision.NewItem;
import org.fagai.supervision.SupervisionItems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 实地能耗摸底核查: the checker's amounts against the stored report of that month, type by type and in tce; a check with a
 * difference above the tolerance is a finding on the 督办 loop, closed when its item is.
 */
@Service
class OnSiteChecks {

    static final String SOURCE = "ENERGY_CHECK";
    static final String AUDIT_TYPE = "energy-check";
    private static final int DEFAULT_DAYS = 10;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999");

    private final EnergyAccess access;
    private final RuleStore rules;
    private final FactorStore factors;
    private final SupervisionItems supervision;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OnSiteChecks(EnergyAccess access, RuleStore rules, FactorStore factors, SupervisionItems supervision, JdbcClient jdbc, AuditLog audit,
                 Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.access = access;
        this.rules = rules;
        this.factors = factors;
        this.supervision = supervision;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    private record Reported(long id, String creditCode, String name, String regionCode, BigDecimal tce) {
    }

    @Transactional
    CheckView record(CheckCommands c) {
        CurrentUser user = access.writer();
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("energy.error.bodyMissing"));
        }
        Commands.check(c);
        YearMonth month = Years.month("month", c.month());
        LocalDate today = LocalDate.now(clock);
        Reported report = jdbc.sql("SELECT id, credit_code, enterprise_name, region_code, tce FROM energy_report WHERE credit_code = ? AND year = ? AND month = ?")
                .params(c.creditCode() == null ? "" : c.creditCode().strip().toUpperCase(), month.getYear(), month.getMonthValue())
                .query((rs, n) -> new Reported(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5)))
                .optional().orElseThrow(() -> FieldErrors.of("month", StoredText.of("energy.error.checkNoReport", month)));
        if (!user.canSeeRegion(report.regionCode())) {
            throw new AccessDeniedException("无权核查其他地区的企业");
        }
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        if (c.checkedOn() == null || c.checkedOn().isAfter(today)) {
            errors.add(new FieldErrors.FieldError("checkedOn", StoredText.of("energy.error.checkedOnMissing")));
        }
        if (c.checkers() == null || c.checkers().isBlank()) {
            errors.add(new FieldErrors.FieldError("checkers", StoredText.of("energy.error.checkersMissing")));
        }
        Map<EnergyType, BigDecimal> checked = new EnumMap<>(EnergyType.class);
        for (int i = 0; i < c.items().size(); i++) {
            ReportCommand.Line line = c.items().get(i);
            if (line == null || line.type() == null) {
                errors.add(new FieldErrors.FieldError("items[" + i + "].type", StoredText.of("energy.error.energyTypeMissing")));
            } else if (line.amount() == null || line.amount().signum() < 0 || line.amount().compareTo(MAX_AMOUNT) > 0) {
                errors.add(new FieldErrors.FieldError("items[" + i + "].amount", StoredText.of("energy.error.checkAmount")));
            } else if (checked.put(line.type(), line.amount()) != null) {
                errors.add(new FieldErrors.FieldError("items[" + i + "].type", StoredText.of("energy.check.error.typeRepeated",
                        StoredText.label(line.type().labelKey()))));
            }
        }
        if (checked.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldErrors.FieldError("items", StoredText.of("energy.error.checkItemsMissing")));
        }
        Map<EnergyType, BigDecimal> reported = new EnumMap<>(EnergyType.class);
        jdbc.sql("SELECT type, amount FROM energy_report_item WHERE report_id = ?").param(report.id())
                .query((rs, n) -> reported.put(EnergyType.valueOf(rs.getString(1)), rs.getBigDecimal(2))).list();
        EnergyRules r = rules.rules();
        boolean flagged = false;
        List<CheckView.Line> lines = new ArrayList<>();
        EnumSet<EnergyType> types = EnumSet.noneOf(EnergyType.class);
        types.addAll(checked.keySet());
        types.addAll(reported.keySet());
        List<Conversion.Item> checkedItems = new ArrayList<>();
        for (EnergyType type : types) {
            BigDecimal rep = reported.getOrDefault(type, BigDecimal.ZERO);
            BigDecimal chk = checked.getOrDefault(type, rep);
            BigDecimal diff = EnergyRules.difference(rep, chk);
            boolean lineFlagged = r.flagged(diff);
            flagged |= lineFlagged;
            lines.add(new CheckView.Line(type, rep, chk, diff, lineFlagged));
            checkedItems.add(new Conversion.Item(type, chk, BigDecimal.ZERO, BigDecimal.ZERO));
        }
        BigDecimal checkedTce = Conversion.convert(factors.current(), month.getYear(), checkedItems).tce();
        BigDecimal totalDiff = EnergyRules.difference(report.tce(), checkedTce);
        flagged |= r.flagged(totalDiff);
        if (flagged && (c.leadUnitId() == null || c.leadPersonId() == null)) {
            errors.add(new FieldErrors.FieldError("leadUnitId", StoredText.of("energy.error.checkLeadMissing")));
        }
        if (c.workingDays() != null && (c.workingDays() < 1 || c.workingDays() > 90)) {
            errors.add(new FieldErrors.FieldError("workingDays", StoredText.of("energy.error.checkDays")));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        long id = jdbc.sql("""
                        INSERT INTO energy_check (credit_code, enterprise_name, region_code, year, month, checked_on, checkers, tolerance,
                          reported_tce, checked_tce, difference, flagged, note, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        RETURNING id""")
                .params(report.creditCode(), report.name(), report.regionCode(), month.getYear(), month.getMonthValue(), c.checkedOn(),
                        c.checkers().strip(), r.checkTolerance(), report.tce(), checkedTce, totalDiff, flagged, c.note(), user.username())
                .query(Long.class).single();
        for (CheckView.Line line : lines) {
            jdbc.sql("INSERT INTO energy_check_line (check_id, type, reported, checked, difference, flagged) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, line.type().name(), line.reported(), line.checked(), line.difference(), line.flagged()).update();
        }
        if (flagged) {
            ItemView item = supervision.assign(new NewItem(itemTitle(report.name(), month),
                    findings(report.name(), month, lines, checkedTce, report.tce(), totalDiff, r), SOURCE, String.valueOf(id),
                    "/energy/checks/" + id, c.leadUnitId(), c.leadPersonId(), List.of(), user.id(), null, null,
                    c.workingDays() == null ? DEFAULT_DAYS : c.workingDays(), today, null, List.of()));
            jdbc.sql("UPDATE energy_check SET item_id = ? WHERE id = ?").params(item.id(), id).update();
        }
        audit.record(AuditAction.CREATE, AUDIT_TYPE, String.valueOf(id), StoredText.of(flagged
                ? "energy.audit.check.flagged" : "energy.audit.check.within", report.name(), month, report.tce().toPlainString(), checkedTce.toPlainString()));
        events.publishEvent(new EnergyFiguresChanged("CHECKS"));
        return get(id);
    }

    /** The item's title, a stored sentence (the enterprise's name cut when too long for the column). */
    static String itemTitle(String name, YearMonth month) {
        return StoredText.within(300, "energy.check.itemTitle", name, month);
    }

    /**
     * The item's content, stored as a sentence so the 督办 pages read it in the reader's language: each flagged type's
     * reported and checked amounts (the type and its unit as labels), then the comprehensive figures.
     */
    static String findings(String name, YearMonth month, List<CheckView.Line> lines, BigDecimal checkedTce, BigDecimal reportedTce,
                           BigDecimal totalDiff, EnergyRules r) {
        List<Object> flagged = new ArrayList<>();
        for (CheckView.Line line : lines) {
            if (line.flagged()) {
                flagged.add(StoredText.of("energy.check.findings.line", StoredText.label(line.type().labelKey()),
                        line.reported().toPlainString(), StoredText.label("energy.unit." + line.type().name()), line.checked().toPlainString(),
                        line.difference() == null ? StoredText.label("energy.check.findings.unreported")
                                : StoredText.of("energy.check.findings.difference", line.difference().toPlainString())));
            }
        }
        String total = totalDiff == null ? "" : StoredText.of("energy.check.findings.difference", totalDiff.toPlainString());
        return StoredText.within(4000, flagged.isEmpty() ? "energy.check.findings.total" : "energy.check.findings",
                name, month, r.checkTolerance().toPlainString(), reportedTce.toPlainString(), checkedTce.toPlainString(), total,
                StoredText.list("energy.check.findings.separator", flagged));
    }

    /** The finding's 督办 item was verified: the check is rectified on that day. */
    @Transactional
    void itemClosed(long itemId, LocalDate closedOn) {
        jdbc.sql("UPDATE energy_check SET rectified_on = ? WHERE item_id = ? AND rectified_on IS NULL").params(closedOn, itemId).update();
        audit.recordAs("system", null, AuditAction.UPDATE, AUDIT_TYPE, "item-" + itemId, StoredText.of("energy.audit.check.itemClosed", itemId));
        events.publishEvent(new EnergyFiguresChanged("CHECKS"));
    }

    CheckView get(long id) {
        CurrentUser user = access.reader();
        CheckView check = views("WHERE c.id = ?", List.of(id)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException(StoredText.of("energy.error.checkNotFound", id)));
        if (!user.canSeeRegion(check.regionCode())) {
            throw new AccessDeniedException("无权查看其他地区的核查");
        }
        return check;
    }

    /** Checks matching {@code where} (and its order and page), with lines when exactly one. */
    List<CheckView> views(String where, List<Object> params) {
        List<CheckView> checks = jdbc.sql("""
                        SELECT c.id, c.credit_code, c.enterprise_name, c.region_code, c.year, c.month, c.checked_on, c.checkers, c.tolerance,
                               c.reported_tce, c.checked_tce, c.difference, c.flagged, c.item_id, c.rectified_on, c.note FROM energy_check c\s""" + where)
                .params(params)
                .query((rs, n) -> new CheckView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        YearMonth.of(rs.getInt(5), rs.getInt(6)).toString(), rs.getObject(7, LocalDate.class), rs.getString(8),
                        rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBoolean(13),
                        rs.getObject(14, Long.class), rs.getObject(15, LocalDate.class), rs.getString(16), List.of()))
                .list();
        if (checks.size() != 1) {
            return checks;
        }
        CheckView c = checks.get(0);
        List<CheckView.Line> lines = jdbc.sql("SELECT type, reported, checked, difference, flagged FROM energy_check_line WHERE check_id = ? ORDER BY type")
                .param(c.id())
                .query((rs, n) -> new CheckView.Line(EnergyType.valueOf(rs.getString(1)), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBoolean(5)))
                .list();
        return List.of(new CheckView(c.id(), c.creditCode(), c.enterpriseName(), c.regionCode(), c.month(), c.checkedOn(), c.checkers(),
                c.tolerance(), c.reportedTce(), c.checkedTce(), c.difference(), c.flagged(), c.itemId(), c.rectifiedOn(), c.note(), lines));
    }
}
