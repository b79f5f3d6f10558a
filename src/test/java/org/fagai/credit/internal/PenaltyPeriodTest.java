package org.fagai.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Publication periods of penalty decisions: in effect, but at least 3 months (1 year in three fields) and at most 3 years. */
class PenaltyPeriodTest {

    private static final LocalDate DECIDED = LocalDate.of(2024, 3, 15);

    @Test
    void aGeneralPenaltyWithNoLastingEffectIsPublicForThreeMonths() {
        PenaltyPeriod period = PenaltyPeriod.of(PenaltyCategory.GENERAL, DECIDED, DECIDED);
        assertThat(period.minimumEnd()).isEqualTo(LocalDate.of(2024, 6, 15));
        assertThat(period.end()).isEqualTo(LocalDate.of(2024, 6, 15));
    }

    @Test
    void workSafetySpecialEquipmentAndFirePenaltiesArePublicForAtLeastOneYear() {
        for (PenaltyCategory category : new PenaltyCategory[] {PenaltyCategory.SAFETY_PRODUCTION,
                PenaltyCategory.SPECIAL_EQUIPMENT, PenaltyCategory.FIRE}) {
            PenaltyPeriod period = PenaltyPeriod.of(category, DECIDED, DECIDED.plusMonths(4));
            assertThat(period.minimumEnd()).as(category.name()).isEqualTo(LocalDate.of(2025, 3, 15));
            assertThat(period.end()).as(category.name()).isEqualTo(LocalDate.of(2025, 3, 15));
        }
    }

    @Test
    void aPenaltyInEffectBetweenTheMinimumAndTheMaximumIsPublicWhileInEffect() {
        assertThat(PenaltyPeriod.of(PenaltyCategory.GENERAL, DECIDED, LocalDate.of(2025, 9, 30)).end())
                .isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(PenaltyPeriod.of(PenaltyCategory.FIRE, DECIDED, LocalDate.of(2025, 9, 30)).end())
                .isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void aLongTermPenaltyIsPublicForThreeYearsAtMost() {
        PenaltyPeriod period = PenaltyPeriod.of(PenaltyCategory.SAFETY_PRODUCTION, DECIDED, PenaltyPeriod.LONG_TERM);
        assertThat(period.end()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(period.isPublicOn(LocalDate.of(2027, 3, 15))).isTrue();
        assertThat(period.isPublicOn(LocalDate.of(2027, 3, 16))).isFalse();
    }
}
