package org.fagai.shared;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The working periods of a working day, in order and not overlapping, e.g. 09:00–12:00 and 13:00–18:00.
 * Periods are whole minutes; a period cannot run past midnight.
 */
public record WorkingHours(List<WorkingPeriod> periods) {

    /** 09:00–12:00 and 13:00–18:00: 8 working hours a day. */
    public static final WorkingHours DEFAULT = new WorkingHours(List.of(
            new WorkingPeriod(LocalTime.of(9, 0), LocalTime.of(12, 0)),
            new WorkingPeriod(LocalTime.of(13, 0), LocalTime.of(18, 0))));

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("HH:mm");

    /** One working period, {@code start} inclusive and {@code end} exclusive. */
    public record WorkingPeriod(LocalTime start, LocalTime end) {

        public WorkingPeriod {
            Objects.requireNonNull(start, "工作时段的开始时间不能为空");
            Objects.requireNonNull(end, "工作时段的结束时间不能为空");
            if (start.getSecond() != 0 || start.getNano() != 0 || end.getSecond() != 0 || end.getNano() != 0) {
                throw new IllegalArgumentException(ReaderText.of("shared.error.hours.minutes", start, end));
            }
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException(ReaderText.of("shared.error.hours.order", start, end));
            }
        }

        public int minutes() {
            return (int) Duration.between(start, end).toMinutes();
        }

        @Override
        public String toString() {
            return OUT.format(start) + "-" + OUT.format(end);
        }
    }

    public WorkingHours {
        Objects.requireNonNull(periods, "工作时段不能为空");
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException(ReaderText.of("shared.error.hours.none"));
        }
        for (int i = 1; i < periods.size(); i++) {
            WorkingPeriod previous = periods.get(i - 1);
            WorkingPeriod current = periods.get(i);
            if (current.start().isBefore(previous.end())) {
                throw new IllegalArgumentException(ReaderText.of("shared.error.hours.overlap", previous, current));
            }
        }
    }

    /**
     * Parses {@code "09:00-12:00,13:00-18:00"}. Periods are separated by commas (also "，" or ";"), start and
     * end by "-" (also "~", "～" or "–"); hours may have one digit ("9:00").
     *
     * @throws IllegalArgumentException with a message in the reader's language if the text is blank, malformed, out of order
     *                                  or overlapping
     */
    public static WorkingHours parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(ReaderText.of("shared.error.hours.blank"));
        }
        List<WorkingPeriod> periods = new ArrayList<>();
        for (String part : text.strip().split("\\s*[,，;；]\\s*")) {
            String[] ends = part.strip().split("\\s*[-~～–—]\\s*");
            if (ends.length != 2) {
                throw new IllegalArgumentException(ReaderText.of("shared.error.hours.shape", part));
            }
            periods.add(new WorkingPeriod(parseTime(ends[0], part), parseTime(ends[1], part)));
        }
        return new WorkingHours(periods);
    }

    private static LocalTime parseTime(String value, String part) {
        try {
            return LocalTime.parse(value.strip(), TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(ReaderText.of("shared.error.hours.time", part), e);
        }
    }

    /** Working minutes in one working day (480 for {@link #DEFAULT}). */
    public int minutesPerDay() {
        int total = 0;
        for (WorkingPeriod period : periods) {
            total += period.minutes();
        }
        return total;
    }

    /** The start of the first period. */
    public LocalTime dayStart() {
        return periods.get(0).start();
    }

    /** The end of the last period. */
    public LocalTime dayEnd() {
        return periods.get(periods.size() - 1).end();
    }

    /** The form {@link #parse} reads, e.g. {@code "09:00-12:00,13:00-18:00"}. */
    public String format() {
        return periods.stream().map(WorkingPeriod::toString).collect(Collectors.joining(","));
    }
}
