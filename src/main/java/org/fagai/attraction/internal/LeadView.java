package org.fagai.attraction.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A lead as lists, pages and the API show it (names resolved); {@code stalled}: its stored stall day has come. */
record LeadView(long id, String investorName, String investorCreditCode, String foreignRegistration, Origin origin,
                String projectName, String industryCode, String chain, String chainName, BigDecimal intendedInvestment,
                String contactPerson, String contactPhone, LeadSource source, Long tripId, String referrerCreditCode,
                String sourceNote, String regionCode, String regionName, long officerId, String officerName, LeadStage stage,
                LocalDate foundOn, LocalDate negotiatingOn, LocalDate signedOn, LocalDate registeredOn, LocalDate startedOn,
                LocalDate producingOn, LocalDate fullCapacityOn, AgreementType agreement, BigDecimal agreedInvestment,
                BigDecimal agreedUsd, BigDecimal fundsInPlace, String companyCreditCode, String projectCode, LocalDate droppedOn,
                String dropReason, LocalDate lastProgressOn, LocalDate stalledFrom, boolean stalled) {

    public boolean dropped() {
        return droppedOn != null;
    }

    public LocalDate reachedOn(LeadStage s) {
        return switch (s) {
            case LEAD -> foundOn;
            case NEGOTIATING -> negotiatingOn;
            case SIGNED -> signedOn;
            case REGISTERED -> registeredOn;
            case STARTED -> startedOn;
            case PRODUCING -> producingOn;
            case FULL_CAPACITY -> fullCapacityOn;
        };
    }
}
