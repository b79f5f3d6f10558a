package org.fagai.calendar.internal;

import org.fagai.shared.StoredText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.SpecialDay;
import org.fagai.shared.Years;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One year's schedule in the holiday-cn JSON schema ({@code {year, papers, days:[{name, date, isOffDay}]}}),
 * checked entry by entry so an administrator learns every mistake at once.
 */
record ScheduleFile(int year, List<String> papers, List<SpecialDay> days) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ScheduleFile parse(byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JacksonException e) {
            throw FieldErrors.of("file", StoredText.of("calendar.error.notJson", e.getOriginalMessage()));
        }
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        JsonNode yearNode = root == null ? null : root.get("year");
        if (yearNode == null || !yearNode.isIntegralNumber() || !Years.contains(yearNode.asInt())) {
            throw FieldErrors.of("year", StoredText.of("calendar.error.year", Years.RANGE));
        }
        int year = yearNode.asInt();
        List<String> papers = new ArrayList<>();
        JsonNode papersNode = root.get("papers");
        if (papersNode == null || !papersNode.isArray()) {
            errors.add(new FieldErrors.FieldError("papers", StoredText.of("calendar.error.papers")));
        } else {
            papersNode.forEach(p -> papers.add(p.asString()));
        }
        JsonNode daysNode = root.get("days");
        Map<LocalDate, SpecialDay> days = new LinkedHashMap<>();
        if (daysNode == null || !daysNode.isArray()) {
            errors.add(new FieldErrors.FieldError("days", StoredText.of("calendar.error.days")));
        } else {
            int index = 0;
            for (JsonNode day : daysNode) {
                index++;
                readDay(year, index, day, days, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        return new ScheduleFile(year, List.copyOf(papers), List.copyOf(days.values()));
    }

    private static void readDay(int year, int index, JsonNode day, Map<LocalDate, SpecialDay> days,
                                List<FieldErrors.FieldError> errors) {
        String where = "days[" + index + "]";
        String name = day.path("name").asString("").trim();
        if (name.isEmpty() || name.length() > 50) {
            errors.add(new FieldErrors.FieldError(where + ".name", StoredText.of("calendar.error.dayName", index)));
            return;
        }
        if (!day.path("isOffDay").isBoolean()) {
            errors.add(new FieldErrors.FieldError(where + ".isOffDay", StoredText.of("calendar.error.dayOff", index)));
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(day.path("date").asString(""));
        } catch (DateTimeParseException e) {
            errors.add(new FieldErrors.FieldError(where + ".date", StoredText.of("calendar.error.dayDate", index)));
            return;
        }
        // A year's notice may touch the neighbouring days (the 2023 file lists 2022-12-31).
        if (Math.abs(date.getYear() - year) > 1) {
            errors.add(new FieldErrors.FieldError(where + ".date", StoredText.of("calendar.error.dayYear", index, date, year)));
            return;
        }
        if (days.containsKey(date)) {
            errors.add(new FieldErrors.FieldError(where + ".date", StoredText.of("calendar.error.dayRepeated", index, date)));
            return;
        }
        days.put(date, new SpecialDay(date, name, day.path("isOffDay").asBoolean()));
    }
}
