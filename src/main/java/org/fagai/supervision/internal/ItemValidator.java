package org.fagai.supervision.internal;

import org.fagai.shared.StoredText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.organization.OrganizationDirectory.Person;
import org.fagai.organization.OrganizationDirectory.Unit;
import org.fagai.organization.Role;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.RegionCode;
import org.fagai.shared.WorkCalendar;
import org.fagai.supervision.NewItem;
import org.springframework.stereotype.Component;

/** Checks a {@link NewItem} field by field (every error in Chinese, naming the field) and resolves its deadline. */
@Component
class ItemValidator {

    static final int MAX_WORKING_DAYS = 1000;
    private static final Pattern SOURCE_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern LINK = Pattern.compile("/[A-Za-z0-9/_\\-?=&.%]{0,299}|https?://[^\\s\"'<>]{1,290}");

    private final OrganizationDirectory directory;

    ItemValidator(OrganizationDirectory directory) {
        this.directory = directory;
    }

    ItemDraft validate(NewItem c, Long problemId, LocalDate today, WorkCalendar calendar, String createdBy) {
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("supervision.error.emptyBody"));
        }
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        String title = Texts.collect(errors, "title", c.title(), 300, "supervision.field.title");
        String content = Texts.optional(errors, "content", c.content(), 4000, "supervision.field.content");
        if (c.sourceType() == null || !SOURCE_TYPE.matcher(c.sourceType()).matches()) {
            errors.add(new FieldErrors.FieldError("source", StoredText.of("supervision.error.sourceCode", c.sourceType())));
        }
        String ref = Texts.optional(errors, "sourceRef", c.sourceRef(), 100, "supervision.field.sourceRef");
        String link = Texts.optional(errors, "sourceLink", c.sourceLink(), 300, "supervision.field.sourceLink");
        if (link != null && !LINK.matcher(link).matches()) {
            errors.add(new FieldErrors.FieldError("sourceLink", StoredText.of("supervision.error.sourceLink")));
        }
        Optional<Unit> lead = unit(errors, "leadUnitId", c.leadUnitId(), "supervision.field.leadUnit");
        Optional<Person> leadPerson = person(errors, "leadPersonId", c.leadPersonId(), "supervision.field.leadPerson");
        Optional<Person> supervisor = person(errors, "supervisorId", c.supervisorId(), "supervision.field.supervisor");
        if (c.leadPersonId() != null && c.leadPersonId().equals(c.supervisorId())) {
            errors.add(new FieldErrors.FieldError("supervisorId", StoredText.of("supervision.error.supervisorIsLead")));
        }
        LinkedHashSet<Long> coUnits = new LinkedHashSet<>();
        if (c.coUnitIds().size() > 20) {
            errors.add(new FieldErrors.FieldError("coUnitIds", StoredText.of("supervision.error.tooManyCoUnits")));
        } else {
            for (Long id : c.coUnitIds()) {
                if (unit(errors, "coUnitIds", id, "supervision.field.coUnit").isPresent() && !id.equals(c.leadUnitId())) {
                    coUnits.add(id);
                }
            }
        }
        Long leaderId = leader(errors, c.leaderId(), supervisor);
        LocalDate assigned = c.assignedAt() == null ? today : c.assignedAt();
        if (assigned.getYear() < 2000 || assigned.isAfter(today.plusYears(1))) {
            errors.add(new FieldErrors.FieldError("assignedAt", StoredText.of("supervision.error.assignedOn", assigned)));
        }
        LocalDate deadline = deadline(errors, c, assigned, calendar);
        if (c.area() != null && (c.area() < 1 || c.area() > 20)) {
            errors.add(new FieldErrors.FieldError("area", StoredText.of("supervision.error.area", c.area())));
        }
        milestones(errors, c.milestones(), assigned, deadline);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        return new ItemDraft(title, content, c.sourceType(), ref, link, c.area(), problemId, c.leadUnitId(), c.leadPersonId(),
                List.copyOf(coUnits), c.supervisorId(), leaderId, lead.orElseThrow().regionCode(), assigned,
                c.deadline() == null ? c.workingDays() : null, deadline, c.milestones(), createdBy);
    }

    private LocalDate deadline(List<FieldErrors.FieldError> errors, NewItem c, LocalDate assigned, WorkCalendar calendar) {
        if (c.deadline() != null && c.workingDays() != null) {
            errors.add(new FieldErrors.FieldError("deadline", StoredText.of("supervision.error.deadlineBoth")));
            return null;
        }
        if (c.deadline() == null && c.workingDays() == null) {
            errors.add(new FieldErrors.FieldError("deadline", StoredText.of("supervision.error.deadlineNone")));
            return null;
        }
        if (c.workingDays() != null) {
            if (c.workingDays() < 1 || c.workingDays() > MAX_WORKING_DAYS) {
                errors.add(new FieldErrors.FieldError("workingDays", StoredText.of("supervision.error.workingDays", MAX_WORKING_DAYS, c.workingDays())));
                return null;
            }
            return calendar.addWorkingDays(assigned, c.workingDays()).deadline();
        }
        if (c.deadline().isBefore(assigned) || c.deadline().isAfter(assigned.plusYears(5))) {
            errors.add(new FieldErrors.FieldError("deadline", StoredText.of("supervision.error.deadlineRange", assigned, c.deadline())));
            return null;
        }
        return c.deadline();
    }

    private void milestones(List<FieldErrors.FieldError> errors, List<NewItem.NewMilestone> milestones, LocalDate assigned,
                            LocalDate deadline) {
        if (milestones.size() > 20) {
            errors.add(new FieldErrors.FieldError("milestones", StoredText.of("supervision.error.tooManyMilestones")));
            return;
        }
        for (int i = 0; i < milestones.size(); i++) {
            NewItem.NewMilestone m = milestones.get(i);
            String field = "milestones[" + i + "]";
            if (m == null) {
                errors.add(new FieldErrors.FieldError(field, StoredText.of("supervision.error.emptyMilestone")));
                continue;
            }
            Texts.collect(errors, field + ".title", m.title(), 200, "supervision.field.milestoneTitle");
            if (m.dueOn() == null) {
                errors.add(new FieldErrors.FieldError(field + ".dueOn", StoredText.of("supervision.error.milestoneDate")));
            } else if (m.dueOn().isBefore(assigned) || (deadline != null && m.dueOn().isAfter(deadline))) {
                errors.add(new FieldErrors.FieldError(field + ".dueOn", StoredText.of("supervision.error.milestoneRange", m.dueOn())));
            }
        }
    }

    private Long leader(List<FieldErrors.FieldError> errors, Long leaderId, Optional<Person> supervisor) {
        if (leaderId != null) {
            Optional<Person> leader = person(errors, "leaderId", leaderId, "supervision.field.leader");
            if (leader.isPresent() && leader.get().role() != Role.LEADER) {
                errors.add(new FieldErrors.FieldError("leaderId", StoredText.of("supervision.error.leaderRole")));
            }
            return leaderId;
        }
        return supervisor.flatMap(s -> directory.people().stream()
                .filter(p -> p.role() == Role.LEADER && RegionCode.of(p.regionCode()).contains(RegionCode.of(s.regionCode())))
                .findFirst()).map(Person::id).orElse(null);
    }

    private Optional<Unit> unit(List<FieldErrors.FieldError> errors, String field, Long id, String label) {
        if (id == null) {
            errors.add(new FieldErrors.FieldError(field, StoredText.of("supervision.error.choose", StoredText.label(label))));
            return Optional.empty();
        }
        Optional<Unit> unit = directory.unit(id);
        if (unit.isEmpty()) {
            errors.add(new FieldErrors.FieldError(field, StoredText.of("supervision.error.noSuch", StoredText.label(label), id)));
        }
        return unit;
    }

    private Optional<Person> person(List<FieldErrors.FieldError> errors, String field, Long id, String label) {
        if (id == null) {
            errors.add(new FieldErrors.FieldError(field, StoredText.of("supervision.error.choose", StoredText.label(label))));
            return Optional.empty();
        }
        Optional<Person> person = directory.person(id).filter(p -> p.role() != Role.OWNER || field.equals("leadPersonId"));
        if (person.isEmpty()) {
            errors.add(new FieldErrors.FieldError(field, StoredText.of("supervision.error.cannotServe", StoredText.label(label), id)));
        }
        return person;
    }
}
