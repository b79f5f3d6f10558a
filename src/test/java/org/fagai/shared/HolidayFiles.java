package org.fagai.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper: builds a {@link WorkCalendar} from the official holiday files in
 * {@code src/main/resources/reference/holidays/<year>.json}, read from the classpath with a regex (the product
 * parses them with Jackson elsewhere). A year counts as announced when its file lists at least one day.
 */
final class HolidayFiles {

    static final int FIRST_YEAR = 2023;
    static final int LAST_YEAR = 2027;

    private static final Pattern YEAR = Pattern.compile("\"year\"\\s*:\\s*(\\d{4})");
    private static final Pattern DAY = Pattern.compile(
            "\\{\\s*\"name\"\\s*:\\s*\"([^\"]*)\"\\s*,\\s*\"date\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"\\s*,"
                    + "\\s*\"isOffDay\"\\s*:\\s*(true|false)\\s*}");

    private HolidayFiles() {
    }

    record YearFile(int year, List<SpecialDay> days) {
    }

    static YearFile read(int year) {
        String resource = "reference/holidays/" + year + ".json";
        try (InputStream in = HolidayFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher yearMatcher = YEAR.matcher(json);
            if (!yearMatcher.find() || Integer.parseInt(yearMatcher.group(1)) != year) {
                throw new IllegalStateException(resource + " does not declare year " + year);
            }
            List<SpecialDay> days = new ArrayList<>();
            Matcher day = DAY.matcher(json);
            while (day.find()) {
                days.add(new SpecialDay(LocalDate.parse(day.group(2)), day.group(1), Boolean.parseBoolean(day.group(3))));
            }
            int objects = json.split("\"isOffDay\"", -1).length - 1;
            if (objects != days.size()) {
                throw new IllegalStateException(resource + ": parsed " + days.size() + " of " + objects + " days");
            }
            return new YearFile(year, List.copyOf(days));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<YearFile> readAll() {
        List<YearFile> files = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            files.add(read(year));
        }
        return files;
    }

    static WorkCalendar calendar() {
        return calendar(WorkingHours.DEFAULT);
    }

    static WorkCalendar calendar(WorkingHours hours) {
        List<SpecialDay> days = new ArrayList<>();
        Set<Integer> announced = new HashSet<>();
        for (YearFile file : readAll()) {
            days.addAll(file.days());
            if (!file.days().isEmpty()) {
                announced.add(file.year());
            }
        }
        return new WorkCalendar(days, announced, hours);
    }
}
