package org.fagai.supervision.internal;

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
            throw FieldErrors.of("body", "请求内容不能为空");
        }
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        String title = Texts.collect(errors, "title", c.title(), 300, "事项名称");
        String content = Texts.optional(errors, "content", c.content(), 4000, "事项内容");
        if (c.sourceType() == null || !SOURCE_TYPE.matcher(c.sourceType()).matches()) {
            errors.add(new FieldErrors.FieldError("source", "来源须为大写英文代码，如 ANNUAL_TASK、LEADER_INSTRUCTION：" + c.sourceType()));
        }
        String ref = Texts.optional(errors, "sourceRef", c.sourceRef(), 100, "来源编号");
        String link = Texts.optional(errors, "sourceLink", c.sourceLink(), 300, "来源链接");
        if (link != null && !LINK.matcher(link).matches()) {
            errors.add(new FieldErrors.FieldError("sourceLink", "来源链接须为站内路径（/开头）或 http(s) 地址"));
        }
        Optional<Unit> lead = unit(errors, "leadUnitId", c.leadUnitId(), "牵头单位");
        Optional<Person> leadPerson = person(errors, "leadPersonId", c.leadPersonId(), "责任人");
        Optional<Person> supervisor = person(errors, "supervisorId", c.supervisorId(), "督办人");
        if (c.leadPersonId() != null && c.leadPersonId().equals(c.supervisorId())) {
            errors.add(new FieldErrors.FieldError("supervisorId", "督办人不能是责任人本人"));
        }
        LinkedHashSet<Long> coUnits = new LinkedHashSet<>();
        if (c.coUnitIds().size() > 20) {
            errors.add(new FieldErrors.FieldError("coUnitIds", "配合单位不超过20个"));
        } else {
            for (Long id : c.coUnitIds()) {
                if (unit(errors, "coUnitIds", id, "配合单位").isPresent() && !id.equals(c.leadUnitId())) {
                    coUnits.add(id);
                }
            }
        }
        Long leaderId = leader(errors, c.leaderId(), supervisor);
        LocalDate assigned = c.assignedAt() == null ? today : c.assignedAt();
        if (assigned.getYear() < 2000 || assigned.isAfter(today.plusYears(1))) {
            errors.add(new FieldErrors.FieldError("assignedAt", "交办日期须在2000年之后且不晚于一年后：" + assigned));
        }
        LocalDate deadline = deadline(errors, c, assigned, calendar);
        if (c.area() != null && (c.area() < 1 || c.area() > 20)) {
            errors.add(new FieldErrors.FieldError("area", "工作领域须在 1–20 之间：" + c.area()));
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
            errors.add(new FieldErrors.FieldError("deadline", "期限只能填写日期或工作日天数之一"));
            return null;
        }
        if (c.deadline() == null && c.workingDays() == null) {
            errors.add(new FieldErrors.FieldError("deadline", "请填写期限（日期或工作日天数）"));
            return null;
        }
        if (c.workingDays() != null) {
            if (c.workingDays() < 1 || c.workingDays() > MAX_WORKING_DAYS) {
                errors.add(new FieldErrors.FieldError("workingDays", "工作日天数须在 1–" + MAX_WORKING_DAYS + " 之间：" + c.workingDays()));
                return null;
            }
            return calendar.addWorkingDays(assigned, c.workingDays()).deadline();
        }
        if (c.deadline().isBefore(assigned) || c.deadline().isAfter(assigned.plusYears(5))) {
            errors.add(new FieldErrors.FieldError("deadline", "期限须在交办日期 " + assigned + " 至五年之内：" + c.deadline()));
            return null;
        }
        return c.deadline();
    }

    private void milestones(List<FieldErrors.FieldError> errors, List<NewItem.NewMilestone> milestones, LocalDate assigned,
                            LocalDate deadline) {
        if (milestones.size() > 20) {
            errors.add(new FieldErrors.FieldError("milestones", "节点不超过20个"));
            return;
        }
        for (int i = 0; i < milestones.size(); i++) {
            NewItem.NewMilestone m = milestones.get(i);
            String field = "milestones[" + i + "]";
            if (m == null) {
                errors.add(new FieldErrors.FieldError(field, "节点不能为空"));
                continue;
            }
            Texts.collect(errors, field + ".title", m.title(), 200, "节点名称");
            if (m.dueOn() == null) {
                errors.add(new FieldErrors.FieldError(field + ".dueOn", "请填写节点日期"));
            } else if (m.dueOn().isBefore(assigned) || (deadline != null && m.dueOn().isAfter(deadline))) {
                errors.add(new FieldErrors.FieldError(field + ".dueOn", "节点日期须在交办日期与期限之间：" + m.dueOn()));
            }
        }
    }

    private Long leader(List<FieldErrors.FieldError> errors, Long leaderId, Optional<Person> supervisor) {
        if (leaderId != null) {
            Optional<Person> leader = person(errors, "leaderId", leaderId, "督办领导");
            if (leader.isPresent() && leader.get().role() != Role.LEADER) {
                errors.add(new FieldErrors.FieldError("leaderId", "督办领导须为委领导账号"));
            }
            return leaderId;
        }
        return supervisor.flatMap(s -> directory.people().stream()
                .filter(p -> p.role() == Role.LEADER && RegionCode.of(p.regionCode()).contains(RegionCode.of(s.regionCode())))
                .findFirst()).map(Person::id).orElse(null);
    }

    private Optional<Unit> unit(List<FieldErrors.FieldError> errors, String field, Long id, String label) {
        if (id == null) {
            errors.add(new FieldErrors.FieldError(field, "请选择" + label));
            return Optional.empty();
        }
        Optional<Unit> unit = directory.unit(id);
        if (unit.isEmpty()) {
            errors.add(new FieldErrors.FieldError(field, label + "不存在：" + id));
        }
        return unit;
    }

    private Optional<Person> person(List<FieldErrors.FieldError> errors, String field, Long id, String label) {
        if (id == null) {
            errors.add(new FieldErrors.FieldError(field, "请选择" + label));
            return Optional.empty();
        }
        Optional<Person> person = directory.person(id).filter(p -> p.role() != Role.OWNER || field.equals("leadPersonId"));
        if (person.isEmpty()) {
            errors.add(new FieldErrors.FieldError(field, label + "不存在或不能担任：" + id));
        }
        return person;
    }
}
