package org.fagai.shared;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day the State Council's holiday notice singles out: a public holiday ({@code offDay = true}) or an
 * adjusted working day, 调休上班 ({@code offDay = false}), usually a Saturday or Sunday.
 *
 * @param date    the day
 * @param name    the holiday it belongs to, e.g. "春节" or "国庆节"
 * @param offDay  {@code true} for a day off, {@code false} for an adjusted working day
 */
public record SpecialDay(LocalDate date, String name, boolean offDay) {

    public SpecialDay {
        Objects.requireNonNull(date, "日期不能为空");
        Objects.requireNonNull(name, "节假日名称不能为空");
        name = name.strip();
    }
}
