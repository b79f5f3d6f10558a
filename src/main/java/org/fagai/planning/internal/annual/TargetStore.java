package org.fagai.planning.internal.annual;

import java.math.BigDecimal;
import java.util.List;
import org.fagai.planning.internal.Checks;
import org.fagai.planning.internal.Direction;
import org.fagai.shared.Commands;
import org.fagai.shared.ConflictException;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The targets with actuals of annual plans (planning_annual_target) and special actions (planning_action_indicator). */
@Component
class TargetStore {

    enum Table {
        ANNUAL("planning_annual_target", "plan_id"), ACTION("planning_action_indicator", "action_id");

        final String name;
        final String owner;

        Table(String name, String owner) {
            this.name = name;
            this.owner = owner;
        }
    }

    private final JdbcClient jdbc;

    TargetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TargetLine> list(Table table, long ownerId) {
        return jdbc.sql("SELECT * FROM " + table.name + " WHERE " + table.owner + " = ? ORDER BY seq, id").param(ownerId)
                .query((rs, n) -> new TargetLine(rs.getLong("id"), rs.getString("name"), rs.getString("unit"),
                        Direction.valueOf(rs.getString("direction")), rs.getBigDecimal("target"), rs.getBigDecimal("actual")))
                .list();
    }

    TargetLine add(Table table, long ownerId, AnnualCommands.NewTarget c) {
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("planning.error.body"));
        }
        Commands.check(c);
        Checks checks = Checks.start();
        String name = checks.text("name", c.name(), 100, "planning.field.indicatorName");
        String unit = checks.text("unit", c.unit(), 20, "planning.field.unit");
        Direction direction = checks.choice("direction", c.direction(), Direction.class, "planning.field.direction");
        BigDecimal target = checks.number("target", c.target(), 15, 4, "planning.field.target");
        checks.throwIfAny();
        if (list(table, ownerId).stream().anyMatch(t -> t.name().equals(name))) {
            throw new ConflictException("name", StoredText.of("planning.error.targetExists", name));
        }
        long id = jdbc.sql("INSERT INTO " + table.name + " (" + table.owner + ", seq, name, unit, direction, target) VALUES (?, "
                        + "(SELECT count(*) + 1 FROM " + table.name + " WHERE " + table.owner + " = ?), ?, ?, ?, ?) RETURNING id")
                .params(ownerId, ownerId, name, unit, direction.name(), target).query(Long.class).single();
        return list(table, ownerId).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    /** A line of the owner's, or a 400 naming {@code targetId}. */
    TargetLine line(Table table, long ownerId, long targetId) {
        return list(table, ownerId).stream().filter(t -> t.id() == targetId).findFirst()
                .orElseThrow(() -> FieldErrors.of("targetId", StoredText.of("planning.error.targetNotFound", targetId)));
    }

    TargetLine actual(Table table, long ownerId, long targetId, BigDecimal actual) {
        Checks checks = Checks.start();
        checks.number("actual", actual, 15, 4, "planning.field.actual");
        checks.throwIfAny();
        int updated = jdbc.sql("UPDATE " + table.name + " SET actual = ? WHERE id = ? AND " + table.owner + " = ?")
                .params(actual, targetId, ownerId).update();
        if (updated == 0) {
            throw FieldErrors.of("targetId", StoredText.of("planning.error.targetNotFound", targetId));
        }
        return list(table, ownerId).stream().filter(t -> t.id() == targetId).findFirst().orElseThrow();
    }
}
