package org.fagai.indicator;

import java.util.Locale;
import java.util.Optional;
import org.fagai.shared.Period;

/**
 * One entry of the indicator catalogue: {@code name} is the Chinese name (the brief's, the documents'),
 * {@code englishName} what an English reader sees, blank while none is set (then the Chinese name shows). {@code levelComparable}: its growth may be checked against two levels (a
 * reported growth more than the flag's points from the computed one is flagged); false for growth published on a
 * comparable basis (可比价/可比口径), which legitimately differs from the levels' ratio.
 */
public record IndicatorView(String code, String name, String englishName, Unit unit, Frequency frequency, boolean januaryAlone,
                            GrowthSource growthSource, boolean levelComparable, boolean growthOnly, boolean additive, String briefVerb,
                            boolean inBrief, int sortOrder, boolean enabled) {

    /** The name shown to a reader of this language: the English name for English when it has one, else the Chinese name. */
    public String nameIn(Locale locale) {
        return "en".equals(locale.getLanguage()) && englishName != null && !englishName.isBlank() ? englishName : name;
    }

    /**
     * The period of this indicator shown for a month: 1-N月 for a monthly indicator (none in January when
     * January is only published as 1-2月); the last finished quarter for a quarterly one (none before March).
     */
    public Optional<Period> periodAt(int year, int month) {
        if (frequency == Frequency.QUARTERLY) {
            return month < 3 ? Optional.empty() : Optional.of(Period.quarterly(year, month / 3));
        }
        if (month == 1 && !januaryAlone) {
            return Optional.empty();
        }
        return Optional.of(Period.monthly(year, month));
    }

    /** The label of a stored period, e.g. 2023年1-2月 or 2023年上半年. */
    public String periodLabel(int year, int toMonth) {
        return (frequency == Frequency.QUARTERLY ? Period.quarterly(year, toMonth / 3) : Period.monthly(year, toMonth)).label();
    }
}
