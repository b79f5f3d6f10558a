package org.fagai.businessenv.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fagai.shared.StoredText;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.organization.OrganizationDirectory.Person;
import org.fagai.organization.OrganizationDirectory.Unit;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.Commands;
import org.fagai.shared.ConflictException;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.Years;
import org.fagai.supervision.ItemView;
import org.fagai.supervision.NewItem;
import org.fagai.supervision.SupervisionItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's data collection (数据采集) on the 督办 loop: one item per member unit listing its indicators, with deadline,
 * reminders and evidence as the loop does them; the unit's record follows the item (closed, cancelled).
 */
@Service
class DataCollection {

    static final String SOURCE = "BUSINESS_ENV_DATA";
    static final int DEFAULT_WORKING_DAYS = 10;

    record UnitCollection(long unitId, String unitName, List<String> indicators, Long itemId, String state,
                          LocalDate deadline, LocalDate closedOn) {
    }

    record Started(List<UnitCollection> assigned, List<String> skipped) {
    }

    private final JdbcClient jdbc;
    private final SupervisionItems items;
    private final OrganizationDirectory directory;
    private final IndicatorSystem catalogue;
    private final EvaluationAccess access;
    private final Clock clock;

    DataCollection(JdbcClient jdbc, SupervisionItems items, OrganizationDirectory directory, IndicatorSystem catalogue,
                   EvaluationAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.directory = directory;
        this.catalogue = catalogue;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    Started start(EvaluationCommands.StartCollection command) {
        Commands.check(command);
        CurrentUser user = access.requireStaff();
        int year = Years.check("year", command.year() == null ? 0 : command.year());
        int days = command.workingDays() == null ? DEFAULT_WORKING_DAYS : command.workingDays();
        if (days < 1 || days > 60) {
            throw FieldErrors.of("workingDays", StoredText.of("businessenv.error.workingDays"));
        }
        if (jdbc.sql("SELECT count(*) FROM be_collection WHERE year = ? AND state <> 'CANCELLED'").param(year)
                .query(Long.class).single() > 0) {
            throw new ConflictException("year", StoredText.of("businessenv.error.collectionExists", year));
        }
        List<String> skipped = new ArrayList<>();
        List<UnitCollection> assigned = new ArrayList<>();
        for (Map.Entry<Long, List<Indicator>> e : byUnit().entrySet()) {
            Optional<Unit> unit = directory.unit(e.getKey());
            Optional<Person> person = directory.people().stream()
                    .filter(p -> e.getKey().equals(p.departmentId()) && p.id() != user.id()).findFirst();
            if (unit.isEmpty() || person.isEmpty()) {
                skipped.add(StoredText.of("businessenv.error.noPerson", unit.map(Unit::name).orElse(String.valueOf(e.getKey()))));
                continue;
            }
            List<String> names = e.getValue().stream().map(i -> i.name() + "（" + i.unit() + "）").toList();
            ItemView item = items.assign(new NewItem(StoredText.within(300, "businessenv.supervision.dataTitle", year, unit.get().name()),
                    StoredText.within(4000, "businessenv.supervision.dataContent", year, String.join("、", names)), SOURCE,
                    String.valueOf(year), "/business-environment/data?year=" + year, unit.get().id(), person.get().id(),
                    List.of(), user.id(), null, null, days, today(), null, List.of()));
            jdbc.sql("INSERT INTO be_collection (year, unit_id, item_id, assigned_on, deadline, state) VALUES (?, ?, ?, ?, ?, 'OPEN')")
                    .params(year, unit.get().id(), item.id(), item.assignedOn(), item.deadline()).update();
            assigned.add(new UnitCollection(unit.get().id(), unit.get().name(), names, item.id(), "OPEN", item.deadline(), null));
        }
        requireSomeAssigned(assigned, skipped);
        return new Started(assigned, skipped);
    }

    private static void requireSomeAssigned(List<UnitCollection> assigned, List<String> skipped) {
        if (assigned.isEmpty()) {
            throw FieldErrors.of("memberUnitId", skipped.isEmpty() ? StoredText.of("businessenv.error.noMemberUnits")
                    : StoredText.of("businessenv.error.noAssignableUnits", StoredText.list("shared.listSeparator", skipped)));
        }
    }

    @Transactional(readOnly = true)
    List<UnitCollection> status(int year) {
        access.requireStaff();
        Map<Long, List<Indicator>> byUnit = byUnit();
        return jdbc.sql("SELECT unit_id, item_id, state, deadline, closed_on FROM be_collection WHERE year = ? ORDER BY id")
                .param(year).query((rs, n) -> {
                    long unitId = rs.getLong("unit_id");
                    return new UnitCollection(unitId, directory.unit(unitId).map(Unit::name).orElse("—"),
                            byUnit.getOrDefault(unitId, List.of()).stream().map(Indicator::name).toList(), rs.getLong("item_id"),
                            rs.getString("state"), rs.getObject("deadline", LocalDate.class), rs.getObject("closed_on", LocalDate.class));
                }).list();
    }

    @Transactional
    void itemClosed(long itemId, LocalDate on) {
        jdbc.sql("UPDATE be_collection SET state = 'CLOSED', closed_on = ? WHERE item_id = ? AND state = 'OPEN'").params(on, itemId).update();
    }

    @Transactional
    void itemCancelled(long itemId) {
        jdbc.sql("UPDATE be_collection SET state = 'CANCELLED' WHERE item_id = ? AND state = 'OPEN'").param(itemId).update();
    }

    private Map<Long, List<Indicator>> byUnit() {
        Map<Long, List<Indicator>> result = new LinkedHashMap<>();
        catalogue.all().stream().filter(i -> !i.firstLevel() && i.memberUnitId() != null && i.source() == IndicatorSource.ENTERED)
                .forEach(i -> result.computeIfAbsent(i.memberUnitId(), k -> new ArrayList<>()).add(i));
        return result;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }
}
