package org.fagai.planning.internal.plan;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.fagai.indicator.EconomicIndicators;
import org.fagai.planning.internal.Checks;
import org.fagai.planning.internal.Direction;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.StoredText;

/** Turns a {@link PlanCommands.NewIndicator} into a {@link PlanIndicator}, every bad field named in Chinese. */
final class IndicatorDraft {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_\\-]{1,40}");

    private IndicatorDraft() {
    }

    static PlanIndicator of(Checks checks, String prefix, PlanCommands.NewIndicator c, int fromYear, int toYear,
                            EconomicIndicators monitoring) {
        if (c == null) {
            checks.add(prefix, StoredText.of("planning.error.indicatorEmpty"));
            return null;
        }
        String code = checks.text(prefix + "code", c.code(), 40, "planning.field.indicatorCode");
        if (code != null && !CODE.matcher(code).matches()) {
            checks.add(prefix + "code", StoredText.of("planning.error.indicatorCode", code));
        }
        String name = checks.text(prefix + "name", c.name(), 100, "planning.field.indicatorName");
        String group = checks.text(prefix + "group", c.group(), 50, "planning.field.indicatorGroup");
        String unit = checks.text(prefix + "unit", c.unit(), 20, "planning.field.measureUnit");
        if (c.binding() == null) {
            checks.add(prefix + "binding", StoredText.of("planning.error.binding"));
        }
        Direction direction = checks.choice(prefix + "direction", c.direction(), Direction.class, "planning.field.direction");
        TargetKind kind = checks.choice(prefix + "targetKind", c.targetKind(), TargetKind.class, "planning.field.targetKind");
        BigDecimal target = checks.number(prefix + "target", c.target(), 15, 4, "planning.field.target");
        BigDecimal base = checks.number(prefix + "baseValue", c.baseValue(), 15, 4, "planning.field.baseValue");
        PathShape path = c.path() == null || c.path().isBlank() ? (kind == null ? null : kind.defaultPath())
                : checks.choice(prefix + "path", c.path(), PathShape.class, "planning.field.path");
        if (kind == TargetKind.ANNUAL_GROWTH && target != null && target.compareTo(BigDecimal.valueOf(-100)) <= 0) {
            checks.add(prefix + "target", StoredText.of("planning.error.growth"));
        }
        if (kind == TargetKind.CUMULATIVE_CHANGE && target != null && target.compareTo(BigDecimal.valueOf(-100)) < 0) {
            checks.add(prefix + "target", StoredText.of("planning.error.change"));
        }
        if (kind != null && kind != TargetKind.LEVEL && base != null && base.signum() <= 0) {
            checks.add(prefix + "baseValue", StoredText.of("planning.error.baseValue"));
        }
        if (path == PathShape.COMPOUND && base != null && target != null && kind == TargetKind.LEVEL
                && (base.signum() <= 0 || target.signum() <= 0)) {
            checks.add(prefix + "path", StoredText.of("planning.error.path"));
        }
        String source = checks.optionalText(prefix + "sourceIndicator", c.sourceIndicator(), 40, "planning.field.sourceIndicator");
        if (source != null) {
            try {
                source = monitoring.indicator(source).code();
            } catch (NotFoundException e) {
                checks.add(prefix + "sourceIndicator", StoredText.of("planning.error.noSource", source));
            }
        }
        if (!checks.ok()) {
            return null;
        }
        return new PlanIndicator(0, code, name, group, c.seq() == null ? 0 : c.seq(), c.binding(), unit, direction, kind,
                target, path, base, source, fromYear, toYear);
    }
}
