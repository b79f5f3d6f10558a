package org.fagai.enterprise.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.fagai.enterprise.EnterpriseFlag;
import org.fagai.enterprise.EnterpriseSize;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.Commands;
import org.fagai.shared.CreditCode;
import org.fagai.shared.InvalidCodeException;
import org.fagai.shared.RegionCode;
import org.fagai.shared.RegionLevel;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;
import org.springframework.stereotype.Component;

/** Checks an enterprise command field by field, each problem in Chinese naming the field. */
@Component
class EnterpriseRules {

    static final BigDecimal MAX_REVENUE = new BigDecimal("99999999999999");
    /** Flag names as written in the import file and the form. */
    static final Map<String, EnterpriseFlag> FLAG_NAMES = Map.of("高新技术企业", EnterpriseFlag.HIGH_TECH,
            "专精特新", EnterpriseFlag.SPECIALISED, "重点企业", EnterpriseFlag.KEY, "重点用能单位", EnterpriseFlag.KEY_ENERGY,
            "石材企业", EnterpriseFlag.STONE);
    static final Map<String, EnterpriseSize> SIZE_NAMES = Map.of("大型", EnterpriseSize.LARGE, "中型", EnterpriseSize.MEDIUM,
            "小型", EnterpriseSize.SMALL, "微型", EnterpriseSize.MICRO);

    private final Clock clock;

    EnterpriseRules(Clock clock) {
        this.clock = clock;
    }

    /**
     * The cleaned command, or null after reporting each problem. {@code regionKnown} and {@code industryKnown} say
     * whether a code is in the reference tables (imports look them up in bulk).
     */
    CleanEnterprise check(EnterpriseCommand c, CurrentUser user, Predicate<String> regionKnown,
                          Predicate<String> industryKnown, BiConsumer<String, String> problem) {
        var violations = Commands.violations(c);
        violations.forEach(e -> problem.accept(e.field(), e.message()));
        if (!violations.isEmpty()) {
            return null;
        }
        boolean ok = true;
        CreditCode.Check code = CreditCode.check(text(c.creditCode()));
        if (!code.valid()) {
            problem.accept("creditCode", StoredText.of("enterprise.error.creditCodeInvalid", code.reason()));
            ok = false;
        }
        String name = text(c.name());
        if (name.isEmpty()) {
            problem.accept("name", StoredText.of("enterprise.error.nameMissing"));
            ok = false;
        }
        String region = text(c.regionCode());
        try {
            RegionCode r = RegionCode.of(region);
            if (r.level() != RegionLevel.TOWN && r.level() != RegionLevel.COUNTY) {
                problem.accept("regionCode", StoredText.of("enterprise.error.regionLevel", region));
                ok = false;
            } else if (!regionKnown.test(region)) {
                problem.accept("regionCode", StoredText.of("enterprise.error.regionUnknown", region));
                ok = false;
            } else if (!user.canSeeRegion(region)) {
                problem.accept("regionCode", StoredText.of("enterprise.error.regionOutside", region));
                ok = false;
            }
        } catch (InvalidCodeException e) {
            problem.accept("regionCode", e.getMessage());
            ok = false;
        }
        String industry = text(c.industryCode()).toUpperCase();
        if (!industry.isEmpty() && !industryKnown.test(industry)) {
            problem.accept("industryCode", StoredText.of("enterprise.error.industryUnknown", industry));
            ok = false;
        }
        String size = text(c.size());
        if (!size.isEmpty()) {
            EnterpriseSize parsed = parseSize(size);
            if (parsed == null) {
                problem.accept("size", StoredText.of("enterprise.error.sizeInvalid", size));
                ok = false;
            } else {
                size = parsed.name();
            }
        }
        if (c.revenue() != null && (c.revenue().signum() < 0 || c.revenue().compareTo(MAX_REVENUE) > 0
                || c.revenue().scale() > 2)) {
            problem.accept("revenue", StoredText.of("enterprise.error.revenueInvalid", c.revenue().toPlainString()));
            ok = false;
        }
        int thisYear = LocalDate.now(clock).getYear();
        Integer revenueYear = c.revenueYear();
        if (c.revenue() != null && revenueYear == null) {
            revenueYear = thisYear - 1;
        }
        if (revenueYear != null && !Years.contains(revenueYear)) {
            problem.accept("revenueYear", StoredText.of("enterprise.error.revenueYearRange", Years.RANGE, revenueYear));
            ok = false;
        }
        int flagYear = c.flagYear() == null ? thisYear : c.flagYear();
        if (!Years.contains(flagYear)) {
            problem.accept("flagYear", StoredText.of("enterprise.error.flagYearRange", Years.RANGE, flagYear));
            ok = false;
        }
        Set<EnterpriseFlag> flags = EnumSet.noneOf(EnterpriseFlag.class);
        for (String raw : text(c.flags()).split("[,，、;；\\s]+")) {
            if (raw.isBlank()) {
                continue;
            }
            EnterpriseFlag flag = parseFlag(raw.strip());
            if (flag == null || flag.computed()) {
                problem.accept("flags", StoredText.of("enterprise.error.flagsInvalid", raw));
                ok = false;
            } else {
                flags.add(flag);
            }
        }
        if (!ok) {
            return null;
        }
        return new CleanEnterprise(code.code(), name, blank(c.legalRepresentative()), region, blank(industry),
                blank(c.address()), blank(c.contactPerson()), blank(c.contactPhone()), blank(size), c.revenue(),
                c.revenue() == null ? c.revenueYear() : revenueYear, flags, flagYear);
    }

    static EnterpriseFlag parseFlag(String raw) {
        EnterpriseFlag named = FLAG_NAMES.get(raw);
        if (named != null) {
            return named;
        }
        try {
            return EnterpriseFlag.valueOf(raw.toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static EnterpriseSize parseSize(String raw) {
        EnterpriseSize named = SIZE_NAMES.get(raw);
        if (named != null) {
            return named;
        }
        try {
            return EnterpriseSize.valueOf(raw.toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String text(String s) {
        return s == null ? "" : s.strip();
    }

    static String blank(String s) {
        String t = text(s);
        return t.isEmpty() ? null : t;
    }
}
