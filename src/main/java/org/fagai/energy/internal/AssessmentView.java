package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A subject's check of a year: each indicator's weight, score and weighted points, the total and the grade. */
record AssessmentView(long id, int year, String subjectType, String subjectCode, String subjectName, String regionCode,
                      BigDecimal totalScore, EnergyRules.Grade grade, String comment, LocalDate publishedOn, List<Line> lines) {

    /** {@code suggested} the platform's score from its figures (null without a data source), {@code overrideReason} why another was given. */
    record Line(String indicator, String name, BigDecimal weight, BigDecimal score, BigDecimal points, String note, BigDecimal suggested,
                String overrideReason) {

        Line(String indicator, String name, BigDecimal weight, BigDecimal score, BigDecimal points, String note) {
            this(indicator, name, weight, score, points, note, null, null);
        }

        public boolean overridden() {
            return suggested != null && score.compareTo(suggested) != 0;
        }
    }

    public String gradeKey() {
        return grade.labelKey();
    }

    public boolean published() {
        return publishedOn != null;
    }
}
