package org.fagai.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.StoredTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 国家发展改革委令2023年第58号, from worked examples: public decision date → +3 years; repair only after the minimum. */
class PenaltyPeriodTest {

    private static final LocalDate DECIDED = LocalDate.of(2024, 3, 1);

    /** The national defaults, as the migration seeds them. */
    static PublicationTerms nationalTerms() {
        Map<PenaltyCategory, PublicationTerm> terms = new EnumMap<>(PenaltyCategory.class);
        for (PenaltyCategory c : PenaltyCategory.values()) {
            terms.put(c, new PublicationTerm(c, c == PenaltyCategory.GENERAL ? 3 : 12, 36, "国家发展改革委令2023年第58号", null, "flyway"));
        }
        return new PublicationTerms(terms);
    }

    static PenaltyPeriod period(PenaltyCategory... categories) {
        return PenaltyPeriod.of(DECIDED, List.of(categories), nationalTerms());
    }

    @Test
    void aPenaltyDecidedOnFirstMarch2024IsPublicUntilFirstMarch2027AndStopsByItselfTheDayAfter() {
        for (PenaltyCategory category : PenaltyCategory.values()) {
            PenaltyPeriod period = period(category);
            assertThat(period.end()).as(category.name()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(period.isPublicOn(DECIDED)).isTrue();
            assertThat(period.isPublicOn(LocalDate.of(2027, 3, 1))).isTrue();
            assertThat(period.isPublicOn(LocalDate.of(2027, 3, 2))).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}: repair refused on {1}, allowed on {2}")
    @CsvSource({
            "GENERAL, 2024-05-31, 2024-06-01",
            "FOOD, 2025-02-28, 2025-03-01",
            "DRUG, 2025-02-28, 2025-03-01",
            "SPECIAL_EQUIPMENT, 2025-02-28, 2025-03-01",
            "SAFETY_PRODUCTION, 2025-02-28, 2025-03-01",
            "FIRE, 2025-02-28, 2025-03-01"})
    void creditRepairIsRefusedTheDayBeforeTheFieldsMinimumHasRunAndAllowedOnThatDay(PenaltyCategory category,
                                                                                    LocalDate dayBefore, LocalDate minimumDay) {
        PenaltyPeriod period = period(category);
        assertThat(period.repairableFrom()).isEqualTo(minimumDay);
        assertThatThrownBy(() -> period.repairedOn(dayBefore)).isInstanceOf(FieldErrors.class)
                .satisfies(e -> assertThat(StoredTexts.chinese(e.getMessage())).contains("最短公示期未满"));
        PenaltyPeriod repaired = period.repairedOn(minimumDay);
        assertThat(repaired.isPublicOn(minimumDay)).isFalse();
        assertThat(repaired.end()).isEqualTo(dayBefore);
    }

    @Test
    void theEffectiveDateOfThePenaltyNoLongerShortensPublication() {
        // Under the old rule a general penalty with no lasting effect stopped after 3 months; now it runs 3 years.
        assertThat(period(PenaltyCategory.GENERAL).end()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void aDecisionTouchingSeveralFieldsTakesTheLongestMinimum() {
        PenaltyPeriod period = period(PenaltyCategory.GENERAL, PenaltyCategory.FOOD);
        assertThat(period.repairableFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(period.minimumMonths()).isEqualTo(12);
        assertThat(period.maximumMonths()).isEqualTo(36);
    }

    @Test
    void aDecisionTouchingSeveralFieldsTakesTheLongestMaximumWhenALawSetsOne() {
        Map<PenaltyCategory, PublicationTerm> terms = new EnumMap<>(nationalTerms().byCategory());
        terms.put(PenaltyCategory.DRUG, new PublicationTerm(PenaltyCategory.DRUG, 24, 60, "某法律第N条", null, "admin"));
        PenaltyPeriod period = PenaltyPeriod.of(DECIDED, List.of(PenaltyCategory.FIRE, PenaltyCategory.DRUG),
                new PublicationTerms(terms));
        assertThat(period.repairableFrom()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(period.end()).isEqualTo(LocalDate.of(2029, 3, 1));
    }

    @Test
    void aRepairOnceThePublicationHasEndedIsRefused() {
        assertThatThrownBy(() -> period(PenaltyCategory.GENERAL).repairedOn(LocalDate.of(2027, 3, 2)))
                .isInstanceOf(FieldErrors.class).satisfies(e -> assertThat(StoredTexts.chinese(e.getMessage())).contains("届满"));
    }

    @Test
    void aRepairRecordedEarlierEndsPublicationTheDayBeforeItWasGranted() {
        assertThat(period(PenaltyCategory.GENERAL).endedBy(LocalDate.of(2024, 9, 1)).end()).isEqualTo(LocalDate.of(2024, 8, 31));
        assertThat(period(PenaltyCategory.GENERAL).endedBy(LocalDate.of(2030, 1, 1)).end()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void everyFieldMustHaveItsTerms() {
        Map<PenaltyCategory, PublicationTerm> terms = new EnumMap<>(nationalTerms().byCategory());
        terms.remove(PenaltyCategory.FOOD);
        assertThatThrownBy(() -> new PublicationTerms(terms)).hasMessageContaining("FOOD");
    }
}
