package org.fagai.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A 问题清单 with its counts: 问题 N / 措施 N / 已完成 / 按期完成率 (measures verified by their deadline over all measures,
 * cancelled ones left out). It is closed when every measure is verified; {@code closedOn} is the last verification.
 */
record ProblemListView(long id, String title, int year, long problems, long measures, long completed, long completedOnTime,
                       BigDecimal onTimeRate, boolean closed, LocalDate closedOn, List<ProblemView> items) {

    record ProblemView(long id, int seq, String title, List<ItemRow> measures) {
    }
}
