package org.fagai.attraction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.fagai.attraction.internal.FunnelFigures.LeadCohort;
import org.fagai.attraction.internal.FunnelFigures.OriginFigures;
import org.fagai.attraction.internal.FunnelFigures.Rates;
import org.fagai.attraction.internal.FunnelFigures.SignedCohort;
import org.fagai.shared.FieldErrors;
import org.junit.jupiter.api.Test;

/** Each rate's definition at its edges, the origin shares, the dollar conversion and the period labels. */
class FunnelRatesTest {

    static SignedCohort signed(long projects, String agreed, long registered, long started, long producing, String reported,
                               String projectInvestment) {
        return new SignedCohort(projects, new BigDecimal(agreed), registered, started, producing, 0, new BigDecimal(reported),
                new BigDecimal(projectInvestment), List.of(OriginFigures.NONE, OriginFigures.NONE, OriginFigures.NONE));
    }

    @Test
    void noLeadsAndNoSignedProjectsGiveNoRatesRatherThanZero() {
        Rates rates = Rates.of(LeadCohort.NONE, SignedCohort.NONE);
        assertThat(rates.signingConversion()).isNull();
        assertThat(rates.landing()).isNull();
        assertThat(rates.start()).isNull();
        assertThat(rates.production()).isNull();
        assertThat(rates.fundsInPlace()).isNull();
    }

    @Test
    void leadsWithoutASigningConvertAtZeroAndAllSignedAtOne() {
        assertThat(Rates.of(new LeadCohort(3, 2, 0, 0, 0, 0, 0), SignedCohort.NONE).signingConversion()).isEqualByComparingTo("0");
        assertThat(Rates.of(new LeadCohort(3, 3, 3, 1, 0, 0, 0), SignedCohort.NONE).signingConversion()).isEqualByComparingTo("1");
    }

    @Test
    void ratesAreFractionsWithFourDecimalsRoundedHalfUp() {
        Rates rates = Rates.of(new LeadCohort(3, 2, 2, 0, 0, 0, 0), signed(3, "300", 1, 2, 0, "0", "0"));
        assertThat(rates.signingConversion()).isEqualTo(new BigDecimal("0.6667"));
        assertThat(rates.landing()).isEqualTo(new BigDecimal("0.3333"));
        assertThat(rates.start()).isEqualTo(new BigDecimal("0.6667"));
        assertThat(rates.production()).isEqualTo(new BigDecimal("0.0000"));
    }

    @Test
    void fundsInPlaceAddTheReportedMoneyToTheKeyProjectsInvestmentAndMayPassOneHundredPercent() {
        Rates exact = Rates.of(LeadCohort.NONE, signed(2, "1000", 2, 1, 0, "400", "600"));
        assertThat(exact.fundsInPlace()).isEqualByComparingTo("1");
        Rates over = Rates.of(LeadCohort.NONE, signed(2, "1000", 2, 1, 0, "400", "700.01"));
        assertThat(over.fundsInPlace()).isEqualByComparingTo("1.1000");
        Rates none = Rates.of(LeadCohort.NONE, signed(1, "0.01", 0, 0, 0, "0", "0"));
        assertThat(none.fundsInPlace()).isEqualByComparingTo("0");
    }

    @Test
    void originSharesAreOfTheSignedProjectsByCountAndByAmount() {
        SignedCohort cohort = new SignedCohort(4, new BigDecimal("1000"), 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
                List.of(new OriginFigures(1, new BigDecimal("100")), new OriginFigures(2, new BigDecimal("300")),
                        new OriginFigures(1, new BigDecimal("600"))));
        List<FunnelFigures.OriginShare> shares = FunnelFigures.OriginShare.of(cohort);
        assertThat(shares).extracting(FunnelFigures.OriginShare::origin).containsExactly(Origin.values());
        assertThat(shares.get(1).projectShare()).isEqualByComparingTo("0.5");
        assertThat(shares.get(2).investmentShare()).isEqualByComparingTo("0.6");
        assertThat(FunnelFigures.OriginShare.of(SignedCohort.NONE).get(0).projectShare()).isNull();
    }

    @Test
    void tenThousandDollarsAtTheDaysRateGiveTenThousandYuanRoundedToTheFen() {
        ExchangeRates.DayRate rate = new ExchangeRates.DayRate("USD", LocalDate.of(2023, 5, 10), new BigDecimal("6.9325"));
        assertThat(rate.toWan(new BigDecimal("1000"))).isEqualByComparingTo("6932.50");
        assertThat(rate.toWan(new BigDecimal("0.01"))).isEqualByComparingTo("0.07");
        assertThat(rate.toWan(new BigDecimal("1234.57"))).isEqualTo(new BigDecimal("8558.66"));
    }

    @Test
    void periodsNameThemselvesAsReportsDo() {
        assertThat(AttractionPeriod.year(2023).labelKey()).isEqualTo("attraction.period.year");
        assertThat(AttractionPeriod.yearToMonth(YearMonth.of(2026, 11)).labelKey()).isEqualTo("attraction.period.months");
        assertThat(AttractionPeriod.yearToMonth(YearMonth.of(2026, 1)).labelKey()).isEqualTo("attraction.period.month");
        assertThat(new AttractionPeriod(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31)).labelKey()).isEqualTo("attraction.period.month");
        assertThat(new AttractionPeriod(LocalDate.of(2023, 3, 5), LocalDate.of(2023, 6, 30)).labelKey()).isEqualTo("attraction.period.range");
        assertThat(AttractionPeriod.of(null, null, null, LocalDate.of(2026, 12, 6)))
                .isEqualTo(new AttractionPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 6)));
    }

    @Test
    void aPeriodEndingBeforeItStartsOrOutsideTheYearsIsRefusedByField() {
        assertThatThrownBy(() -> new AttractionPeriod(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 4, 30)))
                .isInstanceOf(FieldErrors.class).satisfies(e -> assertThat(((FieldErrors) e).errors().get(0).field()).isEqualTo("to"));
        assertThatThrownBy(() -> new AttractionPeriod(LocalDate.of(1999, 5, 1), LocalDate.of(2023, 4, 30)))
                .isInstanceOf(FieldErrors.class).satisfies(e -> assertThat(((FieldErrors) e).errors().get(0).field()).isEqualTo("from"));
    }
}
