package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fagai.energy.ReviewClass;

/**
 * A project's 节能审查 as pages and the API show it, with its state on the day it was read and the warning of that state
 * (in Chinese; null when none).
 */
record ReviewView(long id, String projectCode, String projectName, String regionCode, boolean renovation, BigDecimal annualTce,
                  BigDecimal annualWanKwh, ReviewClass reviewClass, String filingFlag, LocalDate appliedOn, String opinionNumber,
                  LocalDate opinionOn, LocalDate lapsesOn, LocalDate startedOn, LocalDate acceptedOn, String acceptanceNote,
                  State state, String warning) {

    enum State {
        NOT_REQUIRED, APPLIED, APPROVED, LAPSING, LAPSED, STARTED, ACCEPTANCE_DUE, ACCEPTED;

        String labelKey() {
            return "energy.review.state." + name();
        }

        boolean warns() {
            return this == LAPSING || this == LAPSED || this == ACCEPTANCE_DUE;
        }
    }

    public String stateKey() {
        return state.labelKey();
    }

    public boolean warns() {
        return state.warns();
    }

    /**
     * The warning and the filing flag as the English pages write them (message keys, the lapse day the argument); the
     * Chinese pages show the sentences as stored ({@link #warning}, {@link #filingFlag}).
     */
    public String warningKey() {
        return state.warns() ? "energy.review.warning." + state.name() : null;
    }

    public String filingFlagKey() {
        return filingFlag == null ? null : "energy.review.flag." + reviewClass.name();
    }
}
