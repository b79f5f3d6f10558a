package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A subject's check of a year: each indicator's weight, score and weighted points, the total and the grade. */
record AssessmentView(long id, int year, String subjectType, String subjectCode, String subjectName, String regionCode,
                      BigDecimal totalScore, EnergyRules.Grade grade, String comment, LocalDate publishedOn, List<Line> lines) {

    record Line(String indicator, String name, BigDecimal weight, BigDecimal score, BigDecimal points, String note) {
    }

    public String gradeKey() {
        return grade.labelKey();
    }

    public boolean published() {
        return publishedOn != null;
    }
}
