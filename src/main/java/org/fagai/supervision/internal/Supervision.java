package org.fagai.supervision.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.calendar.WorkingCalendar;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.web.Formats;
import org.fagai.supervision.DeadlineChange;
import org.fagai.supervision.ItemAssigned;
import org.fagai.supervision.ItemCancelled;
import org.fagai.supervision.ItemClosed;
import org.fagai.supervision.ItemSigned;
import org.fagai.supervision.ItemStatus;
import org.fagai.supervision.ItemView;
import org.fagai.supervision.ItemWithdrawal;
import org.fagai.supervision.NewItem;
import org.fagai.supervision.NewNotification;
import org.fagai.supervision.Notifications;
import org.fagai.supervision.SupervisionItems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases of the loop: scope and role checks, audit, events, colour refresh; the rules are in {@link Item}. */
@Service
class Supervision implements SupervisionItems {

    static final String AUDIT_TYPE = "supervision_item";

    private final ItemRepository items;
    private final ItemValidator validator;
    private final WorkingCalendar calendar;
    private final ColourRules rules;
    private final UserDirectory users;
    private final Names names;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Notifications notifications;
    private final Clock clock;
    private final Formats fmt;

    Supervision(ItemRepository items, ItemValidator validator, WorkingCalendar calendar, ColourRules rules, UserDirectory users,
                Names names, AuditLog audit, ApplicationEventPublisher events, Notifications notifications, Clock clock,
                Formats fmt) {
        this.notifications = notifications;
        this.fmt = fmt;
        this.items = items;
        this.validator = validator;
        this.calendar = calendar;
        this.rules = rules;
        this.users = users;
        this.names = names;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ItemView assign(NewItem command) {
        return view(create(command, null));
    }

    /** Assigns an item; {@code problemId} when it is a measure of a problem list. */
    @Transactional
    Item create(NewItem command, Long problemId) {
        CurrentUser user = users.requireCurrent();
        if (!new ItemScope(user).mayAssign()) {
            throw new AccessDeniedException("项目单位不能交办督办事项");
        }
        ItemDraft draft = validator.validate(command, problemId, today(), calendar.current(), user.username());
        Item item = new Item(draft, Actor.of(user), clock.instant());
        item.refresh(today(), calendar.current(), rules, clock.instant());
        items.save(item);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, String.valueOf(item.id()), StoredText.of("supervision.audit.assigned", item.title(),
                org.fagai.supervision.StandardSource.isStandard(item.sourceType())
                        ? StoredText.label("supervision.source." + item.sourceType()) : item.sourceType(), item.deadline()));
        events.publishEvent(new ItemAssigned(item.id(), item.sourceType(), item.sourceRef(), item.deadline()));
        notifications.send(new NewNotification(item.leadPersonId(), "supervision.assigned:" + item.id(), "supervision.assigned",
                StoredText.of("supervision.notification.assigned", item.title()),
                StoredText.of("supervision.notification.assigned.body", item.deadline()), "/supervision/items/" + item.id()));
        return item;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ItemView> find(long id) {
        return items.findById(id).filter(i -> new ItemScope(users.requireCurrent()).canSee(i)).map(this::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, ItemStatus> statuses(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Names.Lookup lookup = names.lookup();
        Map<Long, ItemStatus> result = new HashMap<>();
        items.findAllById(ids).forEach(i -> result.put(i.id(),
                new ItemStatus(i.id(), i.state(), i.colour(), i.deadline(), lookup.person(i.leadPersonId()))));
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ItemView> forSource(String sourceType, String sourceRef) {
        ItemScope scope = new ItemScope(users.requireCurrent());
        Names.Lookup lookup = names.lookup();
        return items.findBySourceTypeAndSourceRefOrderByIdDesc(sourceType, sourceRef).stream().filter(scope::canSee)
                .map(i -> ItemViews.of(i, lookup, fmt::stored)).toList();
    }

    @Transactional(readOnly = true)
    ItemView get(long id) {
        return view(load(id));
    }

    @Transactional(readOnly = true)
    List<TimelineEntry> timeline(long id) {
        return load(id).steps().stream().map(s -> TimelineEntry.of(s, fmt::stored)).toList();
    }

    @Transactional
    ItemView sign(long id) {
        ItemView view = step(id, StoredText.of("supervision.audit.step.sign"), (item, actor) -> item.sign(actor, today(), calendar.current(), rules, clock.instant()));
        events.publishEvent(new ItemSigned(view.id(), view.sourceType(), view.sourceRef(), today()));
        return view;
    }

    @Transactional
    ItemView report(long id, String progress) {
        return step(id, StoredText.of("supervision.audit.step.report"), (item, actor) -> item.report(actor, progress, today(), calendar.current(), rules, clock.instant()));
    }

    @Transactional
    ItemView completeMilestone(long id, int seq) {
        return step(id, StoredText.of("supervision.audit.step.milestone", seq), (item, actor) -> item.completeMilestone(actor, seq, today(), clock.instant()));
    }

    @Transactional
    ItemView requestClosure(long id, String result, String evidence) {
        return step(id, StoredText.of("supervision.audit.step.requestClosure"), (item, actor) -> item.requestClosure(actor, result, evidence, clock.instant()));
    }

    /** Records an evidence file on the item (the rule: lead person, 办理中); the caller stores the file itself. */
    @Transactional
    ItemView attachEvidence(long id, String fileName) {
        return step(id, StoredText.of("supervision.audit.step.evidence", fileName), (item, actor) -> item.attachEvidence(actor, fileName, clock.instant()));
    }

    @Transactional
    ItemView verify(long id) {
        ItemView view = step(id, StoredText.of("supervision.audit.step.verify"), (item, actor) -> item.verify(actor, today(), clock.instant()));
        events.publishEvent(new ItemClosed(view.id(), view.sourceType(), view.sourceRef(), view.closedOn(),
                Boolean.TRUE.equals(view.closedOnTime()), view.result()));
        return view;
    }

    @Transactional
    ItemView returnForRework(long id, String reason) {
        return step(id, StoredText.of("supervision.audit.step.return"), (item, actor) -> item.returnForRework(actor, reason, clock.instant()));
    }

    @Transactional
    ItemView requestExtension(long id, LocalDate deadline, String reason) {
        return step(id, StoredText.of("supervision.audit.step.extension", deadline), (item, actor) -> item.requestExtension(actor, deadline, reason, clock.instant()));
    }

    @Transactional
    ItemView decideExtension(long id, boolean approve, String note) {
        return step(id, StoredText.of(approve ? "supervision.audit.step.extensionApproved" : "supervision.audit.step.extensionRefused"), (item, actor) -> item.decideExtension(actor, approve, note, clock.instant()));
    }

    @Transactional
    ItemView cancel(long id, String reason) {
        ItemView view = step(id, StoredText.of("supervision.audit.step.cancel"), (item, actor) -> item.cancel(actor, reason, clock.instant()));
        events.publishEvent(new ItemCancelled(view.id(), view.sourceType(), view.sourceRef(), reason));
        return view;
    }

    @Override
    @Transactional
    public ItemView moveDeadline(long itemId, DeadlineChange change) {
        CurrentUser user = users.requireCurrent();
        if (!new ItemScope(user).mayAssign()) {
            throw new AccessDeniedException("项目单位和企业账号不能调整督办事项的期限");
        }
        if (change == null) {
            throw FieldErrors.of("deadline", StoredText.of("supervision.error.newDeadline"));
        }
        Commands.check(change);
        Item item = items.findById(itemId).orElseThrow(() -> new NotFoundException(StoredText.of("supervision.error.noItem", itemId)));
        if (!Objects.equals(item.sourceType(), change.sourceType()) || !Objects.equals(item.sourceRef(), change.sourceRef())) {
            throw FieldErrors.of("sourceRef", StoredText.of("supervision.error.notFromSourceMove", itemId, change.sourceType(), change.sourceRef()));
        }
        LocalDate before = item.deadline();
        if (!item.moveDeadline(Actor.of(user), change.deadline(), change.reason(), today(), clock.instant())) {
            return view(item);
        }
        if (item.refresh(today(), calendar.current(), rules, clock.instant())) {
            audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(itemId), StoredText.of("supervision.audit.escalated"));
        }
        items.saveAndFlush(item);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(itemId), StoredText.of("supervision.audit.deadline", item.title(), before,
                item.deadline(), change.reason().strip()));
        notifications.send(new NewNotification(item.leadPersonId(), "supervision.deadline:" + itemId + ":" + item.deadline(),
                "supervision.deadline", StoredText.of("supervision.notification.deadline", item.title()),
                StoredText.of("supervision.notification.deadline.body", before, item.deadline(), change.reason().strip()), "/supervision/items/" + itemId));
        return view(item);
    }

    @Override
    @Transactional
    public ItemView withdraw(long itemId, ItemWithdrawal withdrawal) {
        Optional<CurrentUser> user = users.current();
        if (user.isPresent() && !new ItemScope(user.get()).mayAssign()) {
            throw new AccessDeniedException("项目单位和企业账号不能撤销督办事项");
        }
        if (withdrawal == null) {
            throw FieldErrors.of("reason", StoredText.of("supervision.error.required", StoredText.label("supervision.field.cancelReason")));
        }
        Commands.check(withdrawal);
        Item item = items.findById(itemId).orElseThrow(() -> new NotFoundException(StoredText.of("supervision.error.noItem", itemId)));
        if (!Objects.equals(item.sourceType(), withdrawal.sourceType()) || !Objects.equals(item.sourceRef(), withdrawal.sourceRef())) {
            throw FieldErrors.of("sourceRef", StoredText.of("supervision.error.notFromSourceCancel", itemId, withdrawal.sourceType(),
                    withdrawal.sourceRef()));
        }
        if (!item.withdrawForSource(user.map(Actor::of).orElse(Actor.SYSTEM), withdrawal.reason(), clock.instant())) {
            return view(item);
        }
        items.saveAndFlush(item);
        String what = StoredText.of("supervision.audit.withdrawn", item.title(), withdrawal.reason().strip());
        if (user.isPresent()) {
            audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(itemId), what);
        } else {
            audit.recordAs("system", null, AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(itemId), what);
        }
        events.publishEvent(new ItemCancelled(itemId, item.sourceType(), item.sourceRef(), withdrawal.reason().strip()));
        notifications.send(new NewNotification(item.leadPersonId(), "supervision.withdrawn:" + itemId, "supervision.withdrawn",
                StoredText.of("supervision.notification.withdrawn", item.title()), withdrawal.reason().strip(), "/supervision/items/" + itemId));
        return view(item);
    }

    /** Recomputes one item's colour for today; escalations are audited. Used by the daily job, batch by batch. */
    @Transactional
    int refresh(List<Long> ids, LocalDate today) {
        int escalated = 0;
        Instant now = clock.instant();
        for (Item item : items.findAllById(ids)) {
            if (item.refresh(today, calendar.current(), rules, now)) {
                escalated++;
                audit.recordAs("system", null, AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(item.id()),
                        StoredText.of("supervision.audit.escalatedTo", item.leaderId() == null
                                ? StoredText.label("supervision.audit.noLeader") : names.lookup().person(item.leaderId())));
            }
        }
        return escalated;
    }

    /** One step of the loop, audited as the step (a stored sentence: {@code what}), the item and its state after it. */
    private ItemView step(long id, String what, java.util.function.BiConsumer<Item, Actor> change) {
        CurrentUser user = users.requireCurrent();
        Item item = load(id);
        change.accept(item, Actor.of(user));
        if (item.refresh(today(), calendar.current(), rules, clock.instant())) {
            audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("supervision.audit.escalated"));
        }
        items.saveAndFlush(item);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, String.valueOf(id), StoredText.of("supervision.audit.step", what, item.title(),
                StoredText.label("supervision.state." + item.state().name())));
        return view(item);
    }

    private Item load(long id) {
        Item item = items.findById(id).orElseThrow(() -> new NotFoundException(StoredText.of("supervision.error.noItem", id)));
        if (!new ItemScope(users.requireCurrent()).canSee(item)) {
            throw new NotFoundException(StoredText.of("supervision.error.itemHidden", id));
        }
        return item;
    }

    private ItemView view(Item item) {
        return ItemViews.of(item, names.lookup(), fmt::stored);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

}
