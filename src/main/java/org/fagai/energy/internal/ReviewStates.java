package org.fagai.energy.internal;

import java.time.LocalDate;
import org.fagai.energy.ReviewClass;
import org.fagai.project.ProjectStage;

/** Where a review stands on a day, from its dates, the rules and the project's stage (completed projects owe 节能验收). */
final class ReviewStates {

    private ReviewStates() {
    }

    static ReviewView.State state(EnergyRules rules, ReviewClass reviewClass, LocalDate opinionOn, LocalDate lapsesOn, LocalDate startedOn,
                                  LocalDate acceptedOn, ProjectStage stage, LocalDate today) {
        if (acceptedOn != null) {
            return ReviewView.State.ACCEPTED;
        }
        if (opinionOn == null) {
            return reviewClass == ReviewClass.NONE ? ReviewView.State.NOT_REQUIRED : ReviewView.State.APPLIED;
        }
        if (EnergyRules.lapsed(lapsesOn, startedOn, today)) {
            return ReviewView.State.LAPSED;
        }
        if (startedOn == null) {
            return rules.lapsing(lapsesOn, null, today) ? ReviewView.State.LAPSING : ReviewView.State.APPROVED;
        }
        return stage != null && stage.compareTo(ProjectStage.COMPLETED) >= 0 ? ReviewView.State.ACCEPTANCE_DUE : ReviewView.State.STARTED;
    }

    static String warning(ReviewView.State state, LocalDate lapsesOn, int validityYears) {
        return switch (state) {
            case LAPSING -> "节能审查意见将于" + lapsesOn + "失效，项目尚未开工；逾期未开工须重新进行节能审查";
            case LAPSED -> "节能审查意见已于" + lapsesOn + "失效（出具后" + validityYears + "年内未开工），须重新进行节能审查";
            case ACCEPTANCE_DUE -> "项目已竣工，投入生产使用前须进行节能验收，尚无验收记录";
            default -> null;
        };
    }
}
