package org.fagai.attraction.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fagai.shared.MaxLength;

/** The commands of the API and the pages (forms bind to them); amounts in 万元 (or 万美元 where named), dates default to today. */
final class AttractionCommands {

    private AttractionCommands() {
    }

    /** 外出招商; {@code principal}: led by the principal Party or government leaders. */
    record NewTrip(@MaxLength(6) String regionCode, LocalDate startedOn, LocalDate endedOn, Boolean principal,
                   @MaxLength(200) String leaders, @MaxLength(MaxLength.TEXT) String delegation,
                   @MaxLength(200) String destination, @MaxLength(MaxLength.TEXT) String visited) {
    }

    /**
     * A lead. {@code origin} OUTSIDE_CITY|OUTSIDE_PROVINCE|FOREIGN; {@code source} TRIP (with {@code tripId}),
     * REFERRAL (以商招商, with the referring enterprise's credit code), EXHIBITION, AGENCY, OTHER; {@code officerId}
     * defaults to the signed-in user.
     */
    record NewLead(@MaxLength(200) String investorName, @MaxLength(18) String investorCreditCode,
                   @MaxLength(100) String foreignRegistration, @MaxLength(20) String origin, @MaxLength(200) String projectName,
                   @MaxLength(4) String industryCode, @MaxLength(30) String chain, BigDecimal intendedInvestment,
                   @MaxLength(50) String contactPerson, @MaxLength(30) String contactPhone, @MaxLength(12) String source,
                   Long tripId, @MaxLength(18) String referrerCreditCode, @MaxLength(200) String sourceNote,
                   @MaxLength(6) String regionCode, Long officerId, LocalDate foundOn) {
    }

    /** 洽谈会 and the leads discussed at it. */
    record NewNegotiation(LocalDate heldOn, @MaxLength(6) String regionCode, @MaxLength(200) String topic,
                          @MaxLength(MaxLength.TEXT) String participants, @MaxLength(MaxLength.TEXT) String outcome,
                          @MaxLength(MaxLength.TEXT) String nextStep, List<Long> leadIds) {
    }

    /** 签约活动; {@code level} NATIONAL|PROVINCIAL|CITY|COUNTY. */
    record NewEvent(@MaxLength(200) String name, LocalDate heldOn, @MaxLength(12) String level,
                    @MaxLength(200) String organizer, @MaxLength(200) String location, @MaxLength(6) String regionCode) {
    }

    /**
     * An agreement: {@code type} FRAMEWORK|CONTRACT|SUPPLEMENT; the investment in 万元 ({@code amount}) or in 万美元
     * ({@code amountUsd}, converted at the day's rate) — one of them; a supplement states the amount after it.
     * {@code landArea} in 亩.
     */
    record NewSigning(Long leadId, @MaxLength(12) String type, LocalDate signedOn, BigDecimal amount, BigDecimal amountUsd,
                      Long eventId, @MaxLength(200) String site, BigDecimal landArea, LocalDate expectedStart) {
    }

    /**
     * A stage reached: REGISTERED with the company's {@code creditCode} (its name and town or county default to the
     * investor's name and the lead's region), STARTED with the key project's {@code projectCode}, PRODUCING, FULL_CAPACITY.
     */
    record StageChange(@MaxLength(16) String stage, LocalDate on, @MaxLength(18) String creditCode,
                       @MaxLength(200) String companyName, @MaxLength(9) String companyRegion,
                       @MaxLength(30) String projectCode) {
    }

    /** 到位资金 that arrived (万元). */
    record FundsArrival(BigDecimal amount, LocalDate arrivedOn, @MaxLength(200) String note) {
    }

    record Drop(@MaxLength(MaxLength.TEXT) String reason, LocalDate on) {
    }

    /** An exchange rate (中间价): yuan per unit of {@code currency} (USD) on {@code date}. */
    record RateEntry(@MaxLength(3) String currency, LocalDate date, BigDecimal rate, @MaxLength(100) String source) {
    }
}
