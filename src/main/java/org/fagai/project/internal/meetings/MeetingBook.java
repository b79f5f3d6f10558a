package org.fagai.project.internal.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.UserDirectory;
import org.fagai.project.internal.blockers.BlockerBook;
import org.fagai.project.internal.blockers.BlockerLoop;
import org.fagai.project.internal.blockers.BlockerResolved;
import org.fagai.project.internal.blockers.BlockerView;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.RegionCode;
import org.fagai.supervision.ItemClosed;
import org.fagai.supervision.ItemStatus;
import org.fagai.supervision.ItemView;
import org.fagai.supervision.ItemWithdrawal;
import org.fagai.supervision.NewItem;
import org.fagai.supervision.StandardSource;
import org.fagai.supervision.SupervisionItems;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Joint meetings (发改联席会): agendas of unresolved blockers, decisions, and the minutes. */
@Service
public class MeetingBook {

    static final String SOURCE = StandardSource.MEETING_DECISION.name();
    /** A decision without a deadline is due this many working days after the meeting. */
    static final int DECISION_WORKING_DAYS = 10;

    /** The length of the title's column. */
    private static final int TITLE_LENGTH = 200;

    private final JointMeetingRepository meetings;
    private final BlockerBook blockers;
    private final ProjectRegistry registry;
    private final UserDirectory users;
    private final AuditLog audit;
    private final SupervisionItems loop;
    private final BlockerLoop blockerLoop;

    MeetingBook(JointMeetingRepository meetings, BlockerBook blockers, ProjectRegistry registry, UserDirectory users,
                AuditLog audit, SupervisionItems loop, BlockerLoop blockerLoop) {
        this.loop = loop;
        this.blockerLoop = blockerLoop;
        this.meetings = meetings;
        this.blockers = blockers;
        this.registry = registry;
        this.users = users;
        this.audit = audit;
    }

    @Transactional
    long create(String title, LocalDate heldOn, String location, String chair) {
        registry.scope().requireStaff();
        if (title == null || title.isBlank() || title.length() > TITLE_LENGTH) {
            throw FieldErrors.of("title", StoredText.of("project.error.meeting.title", TITLE_LENGTH));
        }
        if (heldOn == null) {
            throw FieldErrors.of("heldOn", StoredText.of("project.error.meeting.heldOn"));
        }
        CurrentUser user = users.requireCurrent();
        JointMeeting meeting = meetings.save(new JointMeeting(title.trim(), heldOn, blankToNull(location), blankToNull(chair),
                user.regionCode(), user.username()));
        audit.record(AuditAction.CREATE, "meeting", String.valueOf(meeting.id()), meeting.title() + " " + heldOn);
        return meeting.id();
    }

    @Transactional
    void addToAgenda(long meetingId, List<Long> blockerIds) {
        registry.scope().requireStaff();
        JointMeeting meeting = find(meetingId);
        for (long blockerId : blockerIds) {
            try {
                meeting.addToAgenda(blockers.find(blockerId));
            } catch (IllegalArgumentException e) {
                throw FieldErrors.of("blockerIds", StoredText.of("project.error.meeting.blocker", blockerId, e.getMessage()));
            }
        }
        audit.record(AuditAction.UPDATE, "meeting", String.valueOf(meetingId), StoredText.of("project.audit.meeting.agendaAdded", blockerIds));
    }

    /**
     * Records a decision on an agenda item and puts it on the 督办 loop (会议议定事项) once: led by the section and person
     * given, or by those already following the blocker on the loop; due on the decision's deadline, or in
     * {@value #DECISION_WORKING_DAYS} working days from the meeting.
     */
    @Transactional
    void decide(long meetingId, long itemId, String decision, String ownerDepartment, LocalDate deadline,
                Long leadUnitId, Long leadPersonId) {
        registry.scope().requireStaff();
        JointMeeting meeting = find(meetingId);
        try {
            meeting.decide(itemId, decision, ownerDepartment, deadline);
        } catch (IllegalArgumentException e) {
            throw FieldErrors.of("decision", e.getMessage());
        }
        MeetingItem agendaItem = meeting.item(itemId);
        if (agendaItem.itemId() == null) {
            agendaItem.putOnLoop(putOnLoop(meeting, agendaItem, leadUnitId, leadPersonId).id());
        }
        meetings.save(meeting);
        audit.record(AuditAction.UPDATE, "meeting", String.valueOf(meetingId), StoredText.of("project.audit.meeting.decided", decision, agendaItem.itemId()));
    }

    /**
     * Decisions on this blocker recorded before the 督办 loop: each becomes its 会议议定事项 item as a decision recorded now
     * would — led by whoever follows the blocker on the loop, supervised by the signed-in officer, due on its deadline.
     * Run by the start-up step, as the blocker item's supervising officer. Returns how many went onto the loop.
     */
    @Transactional
    public int migrateDecisions(long blockerId) {
        int moved = 0;
        for (JointMeeting meeting : meetings.findWithDecisionsOffLoop(blockerId)) {
            for (MeetingItem agendaItem : meeting.items()) {
                if (agendaItem.blockerId() == blockerId && agendaItem.decision() != null && agendaItem.itemId() == null) {
                    ItemView item = putOnLoop(meeting, agendaItem, null, null);
                    agendaItem.putOnLoop(item.id());
                    audit.recordAs("system", null, AuditAction.UPDATE, "meeting", String.valueOf(meeting.id()),
                            StoredText.of("project.audit.meeting.legacyDecision", agendaItem.decision(), item.id()));
                    moved++;
                }
            }
            meetings.save(meeting);
        }
        return moved;
    }

    private ItemView putOnLoop(JointMeeting meeting, MeetingItem agendaItem, Long leadUnitId, Long leadPersonId) {
        BlockerView blocker = blockers.byIds(List.of(agendaItem.blockerId())).get(0);
        Optional<ItemView> following = blocker.itemId() == null ? Optional.empty() : loop.find(blocker.itemId());
        Long unit = leadUnitId != null ? leadUnitId : following.map(ItemView::leadUnitId).orElse(null);
        Long person = leadPersonId != null ? leadPersonId : following.map(ItemView::leadPersonId).orElse(null);
        String title = BlockerLoop.loopTitle("project.supervision.decisionTitle", blocker.projectName(), blocker.category());
        String content = agendaItem.ownerDepartment() == null
                ? BlockerLoop.loopContent("project.supervision.decisionContent", agendaItem.decision(), meeting.title(), meeting.heldOn(),
                        blocker.description())
                : BlockerLoop.loopContent("project.supervision.decisionContentWithDepartment", agendaItem.decision(), meeting.title(),
                        meeting.heldOn(), blocker.description(), agendaItem.ownerDepartment());
        return loop.assign(new NewItem(title, content, SOURCE, String.valueOf(agendaItem.id()),
                "/projects/meetings/" + meeting.id(), unit, person, List.of(), users.requireCurrent().id(), null,
                agendaItem.deadline(), agendaItem.deadline() == null ? DECISION_WORKING_DAYS : null, meeting.heldOn(), null,
                List.of()));
    }

    /** A decision's item was verified as closed: the blocker it decided on is resolved unless it is on the loop itself. */
    @ApplicationModuleListener
    void on(ItemClosed event) {
        if (SOURCE.equals(event.sourceType())) {
            meetings.findItem(Long.parseLong(event.sourceRef()))
                    .ifPresent(blockerId -> blockerLoop.decisionCarriedOut(blockerId, event.result(), event.closedOn()));
        }
    }

    /**
     * The blocker was resolved another way while a decision on it is still followed: that item has nothing left to do, so
     * it is withdrawn (已撤销, with the resolution as the reason) — not closed, since nobody verified it was carried out.
     */
    @EventListener
    void on(BlockerResolved event) {
        for (JointMeeting meeting : meetings.findWithDecisionsOnLoop(event.blockerId())) {
            List<MeetingItem> decisions = meeting.items().stream()
                    .filter(i -> i.blockerId() == event.blockerId() && i.itemId() != null).toList();
            Map<Long, ItemStatus> states = loop.statuses(decisions.stream().map(MeetingItem::itemId).toList());
            for (MeetingItem decision : decisions) {
                if (states.containsKey(decision.itemId()) && states.get(decision.itemId()).state().open()) {
                    String reason = "问题已解决（" + event.resolution() + "），会议议定事项随之撤销";
                    loop.withdraw(decision.itemId(), new ItemWithdrawal(SOURCE, String.valueOf(decision.id()),
                            reason.length() > 500 ? reason.substring(0, 499) + "…" : reason));
                    String what = StoredText.of("project.audit.meeting.withdrawn", event.blockerId(), decision.id(), decision.itemId());
                    if (users.current().isPresent()) {
                        audit.record(AuditAction.UPDATE, "meeting", String.valueOf(meeting.id()), what);
                    } else {
                        audit.recordAs("system", null, AuditAction.UPDATE, "meeting", String.valueOf(meeting.id()), what);
                    }
                }
            }
        }
    }

    @Transactional(readOnly = true)
    public List<MeetingView> list() {
        return meetings.findAllByOrderByHeldOnDesc().stream().filter(this::visible).map(this::view).toList();
    }

    @Transactional(readOnly = true)
    MeetingView view(long id) {
        return view(find(id));
    }

    private JointMeeting find(long id) {
        JointMeeting meeting = meetings.findById(id).orElseThrow(() -> new NotFoundException(StoredText.of("project.error.meeting.notFound", id)));
        if (!visible(meeting)) {
            throw new NotFoundException(StoredText.of("project.error.meeting.notFound", id));
        }
        return meeting;
    }

    private boolean visible(JointMeeting meeting) {
        CurrentUser user = users.requireCurrent();
        // A district sees its own meetings and the city's, which it attends.
        return user.canSeeRegion(meeting.regionCode())
                || RegionCode.of(meeting.regionCode()).contains(RegionCode.of(user.regionCode()));
    }

    private MeetingView view(JointMeeting meeting) {
        Map<Long, BlockerView> board = blockers.byIds(meeting.items().stream().map(MeetingItem::blockerId).toList()).stream()
                .collect(Collectors.toMap(BlockerView::id, Function.identity()));
        Map<Long, ItemStatus> statuses = loop.statuses(meeting.items().stream().map(MeetingItem::itemId)
                .filter(Objects::nonNull).toList());
        List<MeetingView.Item> items = meeting.items().stream().filter(i -> board.containsKey(i.blockerId()))
                .map(i -> new MeetingView.Item(i.id(), board.get(i.blockerId()), i.decision(), i.ownerDepartment(), i.deadline(),
                        i.itemId(), i.itemId() == null ? null : statuses.get(i.itemId())))
                .toList();
        return new MeetingView(meeting.id(), meeting.title(), meeting.heldOn(), meeting.location(), meeting.chair(), items);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
