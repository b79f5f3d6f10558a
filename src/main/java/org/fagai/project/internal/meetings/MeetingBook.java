package org.fagai.project.internal.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.UserDirectory;
import org.fagai.project.internal.blockers.BlockerBook;
import org.fagai.project.internal.blockers.BlockerView;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Joint meetings (发改联席会): agendas of unresolved blockers, decisions, and the minutes. */
@Service
public class MeetingBook {

    /** The length of the title's column. */
    private static final int TITLE_LENGTH = 200;

    private final JointMeetingRepository meetings;
    private final BlockerBook blockers;
    private final ProjectRegistry registry;
    private final UserDirectory users;
    private final AuditLog audit;

    MeetingBook(JointMeetingRepository meetings, BlockerBook blockers, ProjectRegistry registry, UserDirectory users,
                AuditLog audit) {
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
            throw FieldErrors.of("title", "请填写会议名称（不超过" + TITLE_LENGTH + "字）");
        }
        if (heldOn == null) {
            throw FieldErrors.of("heldOn", "请填写会议日期");
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
                throw FieldErrors.of("blockerIds", "问题 " + blockerId + "：" + e.getMessage());
            }
        }
        audit.record(AuditAction.UPDATE, "meeting", String.valueOf(meetingId), "议程增加问题 " + blockerIds);
    }

    @Transactional
    void decide(long meetingId, long itemId, String decision, String ownerDepartment, LocalDate deadline) {
        registry.scope().requireStaff();
        JointMeeting meeting = find(meetingId);
        try {
            meeting.decide(itemId, decision, ownerDepartment, deadline);
        } catch (IllegalArgumentException e) {
            throw FieldErrors.of("decision", e.getMessage());
        }
        audit.record(AuditAction.UPDATE, "meeting", String.valueOf(meetingId), "议定：" + decision);
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
        JointMeeting meeting = meetings.findById(id).orElseThrow(() -> new NotFoundException("会议不存在：" + id));
        if (!visible(meeting)) {
            throw new NotFoundException("会议不存在：" + id);
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
        List<MeetingView.Item> items = meeting.items().stream().filter(i -> board.containsKey(i.blockerId()))
                .map(i -> new MeetingView.Item(i.id(), board.get(i.blockerId()), i.decision(), i.ownerDepartment(), i.deadline()))
                .toList();
        return new MeetingView(meeting.id(), meeting.title(), meeting.heldOn(), meeting.location(), meeting.chair(), items);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
