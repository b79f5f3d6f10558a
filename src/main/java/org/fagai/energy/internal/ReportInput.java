package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.fagai.energy.EnergyType;
import org.fagai.enterprise.EnterpriseView;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.Commands;
import org.fagai.shared.CreditCode;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;

/**
 * Checks a report before it is converted: a registered enterprise the user may report for, a month not in the future,
 * every amount a non-negative number with at most four decimals, each type once, 原料用能 and non-fossil parts within
 * their type's amount (non-fossil only for electricity, heat and other energy). Errors name the field
 * ({@code items[1].amount}), so the API answers 400 and the import names the cell; those naming an energy type are stored
 * sentences (the type a label), read in the reader's language.
 */
final class ReportInput {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999");

    private ReportInput() {
    }

    /** The clean report, or {@code null} after passing every error to {@code error(field, message)}. */
    static CleanReport check(ReportCommand c, CurrentUser user, Map<String, EnterpriseView> enterprises, YearMonth latest,
                             BiConsumer<String, String> error) {
        Counter counter = new Counter(error);
        Commands.violations(c).forEach(v -> counter.add(v.field(), v.message()));
        EnterpriseView enterprise = null;
        CreditCode.Check code = CreditCode.check(c.creditCode());
        if (!code.valid()) {
            counter.add("creditCode", StoredText.of("energy.report.error.creditCode", code.reason()));
        } else {
            enterprise = enterprises.get(code.code());
            if (enterprise == null) {
                counter.add("creditCode", StoredText.of("energy.report.error.noEnterprise", code.code()));
            } else if (!user.canSeeRegion(enterprise.regionCode())) {
                counter.add("creditCode", StoredText.of("energy.report.error.otherRegion", enterprise.name()));
            }
        }
        YearMonth month = null;
        try {
            month = Years.month("month", c.month());
            if (month.isAfter(latest)) {
                counter.add("month", StoredText.of("energy.report.error.monthTooLate", latest));
                month = null;
            }
        } catch (FieldErrors e) {
            e.errors().forEach(f -> counter.add(f.field(), f.message()));
        }
        Map<EnergyType, BigDecimal> amounts = amounts(c.items(), "items", counter);
        if (c.items().isEmpty()) {
            counter.add("items", "请至少填报一种能源的消费量");
        }
        Map<EnergyType, BigDecimal> raw = amounts(c.rawMaterial(), "rawMaterial", counter);
        Map<EnergyType, BigDecimal> nonFossil = amounts(c.nonFossil(), "nonFossil", counter);
        List<Conversion.Item> items = new ArrayList<>();
        for (Map.Entry<EnergyType, BigDecimal> e : amounts.entrySet()) {
            EnergyType type = e.getKey();
            BigDecimal r = raw.getOrDefault(type, BigDecimal.ZERO);
            BigDecimal n = nonFossil.getOrDefault(type, BigDecimal.ZERO);
            if (r.compareTo(e.getValue()) > 0) {
                counter.add("rawMaterial", StoredText.of("energy.report.error.rawOverAmount", label(type), r.toPlainString(),
                        e.getValue().toPlainString()));
            } else if (r.add(n).compareTo(e.getValue()) > 0) {
                counter.add("nonFossil", StoredText.of("energy.report.error.partsOverAmount", label(type), e.getValue().toPlainString()));
            }
            items.add(new Conversion.Item(type, e.getValue(), r, n));
        }
        for (EnergyType type : raw.keySet()) {
            if (!amounts.containsKey(type)) {
                counter.add("rawMaterial", StoredText.of("energy.report.error.rawWithoutAmount", label(type)));
            }
        }
        for (EnergyType type : nonFossil.keySet()) {
            if (!type.mayBeNonFossil()) {
                counter.add("nonFossil", StoredText.of("energy.report.error.fossil", label(type)));
            } else if (!amounts.containsKey(type)) {
                counter.add("nonFossil", StoredText.of("energy.report.error.nonFossilWithoutAmount", label(type)));
            }
        }
        BigDecimal output = c.outputValue();
        if (output != null && (output.signum() < 0 || output.stripTrailingZeros().scale() > 2 || output.compareTo(MAX_AMOUNT) > 0)) {
            counter.add("outputValue", "工业总产值（万元）应为不小于0的数，最多两位小数");
            output = null;
        }
        if (counter.errors > 0 || enterprise == null || month == null) {
            return null;
        }
        return new CleanReport(code.code(), enterprise.name(), enterprise.regionCode(),
                enterprise.regionCode().substring(0, 6), month, output, List.copyOf(items));
    }

    /** The amounts of one list ({@code items}, {@code rawMaterial}, {@code nonFossil}: its name in messages a label). */
    private static Map<EnergyType, BigDecimal> amounts(List<ReportCommand.Line> lines, String field, Counter counter) {
        Map<EnergyType, BigDecimal> amounts = new EnumMap<>(EnergyType.class);
        StoredText.Label what = StoredText.label("energy.report.error.list." + field);
        for (int i = 0; i < lines.size(); i++) {
            ReportCommand.Line line = lines.get(i);
            String name = field + "[" + i + "]";
            if (line == null || line.type() == null) {
                counter.add(name + ".type", "请选择能源品种");
                continue;
            }
            BigDecimal amount = line.amount();
            if (amount == null) {
                counter.add(name + ".amount", StoredText.of("energy.report.error.amountMissing", label(line.type()), what));
            } else if (amount.signum() < 0) {
                counter.add(name + ".amount", StoredText.of("energy.report.error.amountNegative", label(line.type()), what,
                        amount.toPlainString()));
            } else if (amount.stripTrailingZeros().scale() > 4 || amount.compareTo(MAX_AMOUNT) > 0) {
                counter.add(name + ".amount", StoredText.of("energy.report.error.amountScale", label(line.type()), what,
                        MAX_AMOUNT.toPlainString()));
            } else if (amounts.put(line.type(), amount) != null) {
                counter.add(name + ".type", StoredText.of("energy.report.error.typeRepeated", label(line.type()), what));
            }
        }
        return amounts;
    }

    private static StoredText.Label label(EnergyType type) {
        return StoredText.label(type.labelKey());
    }

    private static final class Counter {
        private final BiConsumer<String, String> error;
        private int errors;

        Counter(BiConsumer<String, String> error) {
            this.error = error;
        }

        void add(String field, String message) {
            errors++;
            error.accept(field, message);
        }
    }
}
