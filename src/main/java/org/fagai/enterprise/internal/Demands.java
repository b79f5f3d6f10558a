package org.fagai.enterprise.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.enterprise.DemandClosed;
import org.fagai.enterprise.EnterpriseView;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.StoredText;
import org.fagai.supervision.ItemView;
import org.fagai.supervision.NewItem;
import org.fagai.supervision.SupervisionItems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases of a demand: raise, route onto the 督办 loop, answer, return visit (and the single 重办). */
@Service
class Demands {

    static final String SOURCE = "ENTERPRISE_DEMAND";
    static final String AUDIT_TYPE = "enterprise-demand";

    private final DemandRepository repository;
    private final DemandQueries queries;
    private final Enterprises enterprises;
    private final EnterpriseAccess access;
    private final SupervisionItems supervision;
    private final DemandLimits limits;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Demands(DemandRepository repository, DemandQueries queries, Enterprises enterprises, EnterpriseAccess access,
            SupervisionItems supervision, DemandLimits limits, WorkingCalendar calendar, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.queries = queries;
        this.enterprises = enterprises;
        this.access = access;
        this.supervision = supervision;
        this.limits = limits;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    DemandView raise(DemandCommands.Raise c) {
        return queries.view(repository.find(raise(c, null)).orElseThrow());
    }

    /** Raises a demand (also from a visit, {@code visitId}); staff naming a department and person route it at once. */
    @Transactional
    long raise(DemandCommands.Raise c, Long visitId) {
        CurrentUser user = access.user();
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("enterprise.error.bodyMissing"));
        }
        Commands.check(c);
        boolean account = user.role().unitAccount();
        String code = account ? user.ownerCreditCode() : c.creditCode();
        if (code == null || code.isBlank()) {
            throw FieldErrors.of("creditCode", StoredText.of("enterprise.error.creditCodeMissing"));
        }
        EnterpriseView enterprise = enterprises.get(code);
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        DemandCategory category = parse(DemandCategory.class, c.category(), "category", "enterprise.error.label.category", errors);
        Urgency urgency = c.urgency() == null || c.urgency().isBlank() ? Urgency.NORMAL
                : parse(Urgency.class, c.urgency(), "urgency", "enterprise.error.label.urgency", errors);
        Channel channel = account ? Channel.ACCOUNT : visitId != null ? Channel.VISIT
                : c.channel() == null || c.channel().isBlank() ? Channel.HOTLINE
                : parse(Channel.class, c.channel(), "channel", "enterprise.error.label.channel", errors);
        String content = c.content() == null ? "" : c.content().strip();
        if (content.isEmpty()) {
            errors.add(new FieldErrors.FieldError("content", StoredText.of("enterprise.error.demandContentMissing")));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        String raisedBy = c.raisedBy() == null || c.raisedBy().isBlank()
                ? (account ? user.displayName() : enterprise.contactPerson() == null ? enterprise.name() : enterprise.contactPerson())
                : c.raisedBy().strip();
        long id = repository.insert(enterprise.creditCode(), enterprise.regionCode(), category, content, raisedBy, channel,
                visitId, urgency, today(), user.username());
        audit.record(AuditAction.CREATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("enterprise.audit.demand.registered", enterprise.name(),
                StoredText.label("enterprise.demand.category." + category.name()), channel));
        if (!account && c.departmentId() != null && c.leadPersonId() != null) {
            route(id, new DemandCommands.Route(c.departmentId(), c.leadPersonId(), null));
        }
        return id;
    }

    /** 派单: puts the demand on the loop with the limit of its urgency, counted in working days from today. */
    @Transactional
    DemandView route(long id, DemandCommands.Route c) {
        CurrentUser user = access.handler();
        Commands.check(c);
        Demand demand = load(id, user);
        Urgency urgency = c.urgency() == null || c.urgency().isBlank() ? demand.urgency
                : parse(Urgency.class, c.urgency(), "urgency", "enterprise.error.label.urgency", new ArrayList<>());
        if (urgency == null) {
            throw FieldErrors.of("urgency", StoredText.of("enterprise.error.urgencyInvalid", c.urgency()));
        }
        if (demand.state != DemandState.SUBMITTED) {
            throw new org.fagai.shared.ConflictException("state", StoredText.of("enterprise.error.demandRouted"));
        }
        int days = limits.workingDays(urgency);
        ItemView item = assign(demand, c.departmentId(), c.leadPersonId(), days, user, "enterprise.supervision.demandTitle");
        demand.route(item.id(), c.departmentId(), c.leadPersonId(), days, today(), item.deadline());
        repository.save(demand);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("enterprise.audit.demand.dispatched", item.leadUnitName(), days, item.deadline(), item.id()));
        return queries.view(demand);
    }

    @Transactional
    DemandView answer(long id, DemandCommands.Answer c) {
        CurrentUser user = access.handler();
        Commands.check(c);
        if (c == null || c.answer() == null || c.answer().isBlank()) {
            throw FieldErrors.of("answer", StoredText.of("enterprise.error.answerMissing"));
        }
        Demand demand = load(id, user);
        demand.answer(c.answer().strip(), today());
        repository.save(demand);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("enterprise.audit.demand.answered"));
        return queries.view(demand);
    }

    /** 回访: closes the demand, or (不满意, the first time) reopens it with a new item and deadline (重办). */
    @Transactional
    DemandView returnVisit(long id, DemandCommands.ReturnVisit c) {
        CurrentUser user = access.handler();
        Commands.check(c);
        Satisfaction rating = c == null ? null : parse(Satisfaction.class, c.satisfaction(), "satisfaction",
                "enterprise.error.label.satisfaction", new ArrayList<>());
        if (rating == null) {
            throw FieldErrors.of("satisfaction", StoredText.of("enterprise.error.satisfactionInvalid"));
        }
        Demand demand = load(id, user);
        boolean reopened = demand.returnVisit(rating, c.resolved(), c.note() == null ? null : c.note().strip(), today());
        if (reopened) {
            ItemView item = assign(demand, demand.departmentId, demand.leadPersonId, demand.workingDays, user, "enterprise.supervision.demandReopenedTitle");
            demand.reroute(item.id(), today(), item.deadline());
        }
        repository.save(demand);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), StoredText.of(reopened
                ? "enterprise.audit.demand.reopened" : "enterprise.audit.demand.closed", StoredText.label("enterprise.demand.satisfaction." + rating.name())));
        if (demand.state == DemandState.CLOSED) {
            events.publishEvent(new DemandClosed(demand.id, demand.creditCode, demand.category.name(), rating.name(),
                    Boolean.TRUE.equals(demand.resolved)));
        }
        return queries.view(demand);
    }

    @Transactional(readOnly = true)
    DemandView get(long id) {
        return queries.view(load(id, access.reader()));
    }

    /** The item's title ({@code titleKey}) is a stored sentence, the category a label: the 督办 pages read it in the reader's language. */
    private ItemView assign(Demand demand, Long department, Long person, int days, CurrentUser user, String titleKey) {
        String name = enterprises.find(demand.creditCode).map(EnterpriseView::name).orElse(demand.creditCode);
        return supervision.assign(new NewItem(itemTitle(titleKey, name, demand.category),
                demand.content.length() > 4000 ? demand.content.substring(0, 4000) : demand.content, SOURCE,
                String.valueOf(demand.id), "/demands/" + demand.id, department, person, List.of(), user.id(), null, null,
                days, today(), null, List.of()));
    }

    static String itemTitle(String key, String enterpriseName, DemandCategory category) {
        return StoredText.within(300, key, enterpriseName, StoredText.label("enterprise.demand.category." + category.name()));
    }

    Demand load(long id, CurrentUser user) {
        Demand demand = repository.find(id).orElseThrow(() -> new NotFoundException(StoredText.of("enterprise.error.demandNotFound", id)));
        if (!EnterpriseAccess.visible(user, demand.creditCode, demand.regionCode)) {
            throw new NotFoundException(StoredText.of("enterprise.error.demandNotVisible", id));
        }
        return demand;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String raw, String field, String labelKey, List<FieldErrors.FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldErrors.FieldError(field, StoredText.of("enterprise.error.choose", StoredText.label(labelKey))));
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldErrors.FieldError(field, StoredText.of("enterprise.error.invalidValue", StoredText.label(labelKey), raw)));
            return null;
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    WorkingCalendar calendar() {
        return calendar;
    }
}
