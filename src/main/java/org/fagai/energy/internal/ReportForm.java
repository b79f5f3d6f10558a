package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fagai.energy.EnergyType;
import org.fagai.shared.MaxLength;

/**
 * The report page's form: one row per energy type (hidden {@code type}, then {@code amount}, {@code raw}, {@code nonFossil}
 * in the same order); empty amounts are left out.
 */
record ReportForm(@MaxLength(18) String creditCode, @MaxLength(7) String month, BigDecimal outputValue, List<String> type,
                  List<BigDecimal> amount, List<BigDecimal> raw, List<BigDecimal> nonFossil) {

    static ReportForm empty(String month) {
        return new ReportForm("", month, null, List.of(), List.of(), List.of(), List.of());
    }

    ReportCommand command() {
        List<ReportCommand.Line> items = new ArrayList<>();
        List<ReportCommand.Line> rawLines = new ArrayList<>();
        List<ReportCommand.Line> nonFossilLines = new ArrayList<>();
        List<String> types = type == null ? List.of() : type;
        for (int i = 0; i < types.size() && i < EnergyType.values().length; i++) {
            EnergyType t = EnergyType.parse(types.get(i)).orElse(null);
            BigDecimal a = at(amount, i);
            if (t == null || a == null) {
                continue;
            }
            items.add(new ReportCommand.Line(t, a));
            if (at(raw, i) != null && at(raw, i).signum() != 0) {
                rawLines.add(new ReportCommand.Line(t, at(raw, i)));
            }
            if (at(nonFossil, i) != null && at(nonFossil, i).signum() != 0) {
                nonFossilLines.add(new ReportCommand.Line(t, at(nonFossil, i)));
            }
        }
        return new ReportCommand(creditCode, month, items, rawLines, nonFossilLines, outputValue);
    }

    /** The value entered for a type, for showing the form again after an error. */
    public BigDecimal amountOf(EnergyType t) {
        return valueOf(amount, t);
    }

    public BigDecimal rawOf(EnergyType t) {
        return valueOf(raw, t);
    }

    public BigDecimal nonFossilOf(EnergyType t) {
        return valueOf(nonFossil, t);
    }

    private BigDecimal valueOf(List<BigDecimal> values, EnergyType t) {
        List<String> types = type == null ? List.of() : type;
        for (int i = 0; i < types.size(); i++) {
            if (t.name().equals(types.get(i))) {
                return at(values, i);
            }
        }
        return null;
    }

    private static BigDecimal at(List<BigDecimal> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }
}
