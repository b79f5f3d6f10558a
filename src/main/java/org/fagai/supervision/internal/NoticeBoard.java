package org.fagai.supervision.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.ActingUsers;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.supervision.NewNotification;
import org.fagai.supervision.NoticeSummary;
import org.fagai.supervision.Notices;
import org.fagai.supervision.Notifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 通知公告: staff publish a notice to roles and/or regions; its audience is resolved at publication (every enabled account
 * the {@link NoticeAudience} includes), each recipient is notified and his read time kept, and the publisher sees who read it.
 */
@Service
class NoticeBoard implements Notices {

    record NoticeRow(long id, String title, String publisherName, OffsetDateTime publishedAt, Boolean read, long recipients,
                     long readers) {
    }

    record NoticePage(List<NoticeRow> items, long total, int page, int size) {
    }

    record NoticeView(long id, String title, String body, List<String> roles, List<String> regions, long publisherId,
                      String publisherName, OffsetDateTime publishedAt, Boolean read, long recipients, long readers) {
    }

    record Reader(long userId, String name, OffsetDateTime readAt) {
    }

    private static final String COUNTS = "(SELECT count(*) FROM supervision_notice_recipient c WHERE c.notice_id = n.id) AS recipients,"
            + " (SELECT count(read_at) FROM supervision_notice_recipient c WHERE c.notice_id = n.id) AS readers";

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final ActingUsers accounts;
    private final Notifications notifications;
    private final NotificationCenter center;
    private final Names names;
    private final AuditLog audit;

    NoticeBoard(JdbcClient jdbc, UserDirectory users, ActingUsers accounts, Notifications notifications,
                NotificationCenter center, Names names, AuditLog audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.accounts = accounts;
        this.notifications = notifications;
        this.center = center;
        this.names = names;
        this.audit = audit;
    }

    @Transactional
    long publish(NewNotice notice) {
        CurrentUser publisher = users.requireCurrent();
        if (publisher.role() == Role.OWNER) {
            throw new AccessDeniedException("项目单位不能发布通知公告");
        }
        if (notice == null) {
            throw FieldErrors.of("title", StoredText.of("supervision.error.required", StoredText.label("supervision.field.noticeTitle")));
        }
        List<FieldErrors.FieldError> errors = new ArrayList<>(Commands.violations(notice));
        String title = null;
        String body = null;
        if (errors.isEmpty()) {
            title = Texts.collect(errors, "title", notice.title(), 200, "supervision.field.noticeTitle");
            body = Texts.collect(errors, "body", notice.body(), 4000, "supervision.field.noticeBody");
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        NoticeAudience audience = NoticeAudience.of(notice, publisher);
        List<CurrentUser> recipients = accounts.enabled().stream()
                .filter(u -> u.id() != publisher.id() && audience.includes(u)).toList();
        if (recipients.isEmpty()) {
            throw FieldErrors.of("roles", StoredText.of("supervision.error.noRecipients"));
        }
        long id = jdbc.sql("""
                        INSERT INTO supervision_notice (title, body, roles, region_codes, publisher_id, publisher_name, publisher_region)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(title, body, audience.roles().stream().map(Enum::name).sorted().toArray(String[]::new),
                        audience.regions().stream().map(r -> r.value()).toArray(String[]::new), publisher.id(),
                        publisher.displayName(), publisher.regionCode())
                .query(Long.class).single();
        for (CurrentUser r : recipients) {
            jdbc.sql("INSERT INTO supervision_notice_recipient (notice_id, user_id) VALUES (?, ?)").params(id, r.id()).update();
            notifications.send(new NewNotification(r.id(), "notice:" + id, "notice", StoredText.of("supervision.notification.notice", title),
                    StoredText.of("supervision.notification.notice.body", publisher.displayName()), "/notices/" + id));
        }
        audit.record(AuditAction.CREATE, "supervision_notice", String.valueOf(id), StoredText.of("supervision.audit.notice.published", title, recipients.size()));
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<NoticeSummary> latestForCurrentUser(int limit) {
        long me = users.requireCurrent().id();
        return jdbc.sql("""
                        SELECT n.id, n.title, n.publisher_name, n.published_at, r.read_at IS NOT NULL AS read
                          FROM supervision_notice_recipient r JOIN supervision_notice n ON n.id = r.notice_id
                         WHERE r.user_id = ? ORDER BY r.notice_id DESC LIMIT ?""")
                .params(me, Math.max(1, Math.min(50, limit))).query(NoticeSummary.class).list();
    }

    /** The notices addressed to the signed-in user, newest first, with his read status. */
    @Transactional(readOnly = true)
    NoticePage received(int page, int size) {
        long me = users.requireCurrent().id();
        long total = jdbc.sql("SELECT count(*) FROM supervision_notice_recipient WHERE user_id = ?").param(me).query(Long.class).single();
        List<NoticeRow> rows = jdbc.sql("SELECT n.id, n.title, n.publisher_name, n.published_at, r.read_at IS NOT NULL AS read, " + COUNTS
                        + " FROM supervision_notice_recipient r JOIN supervision_notice n ON n.id = r.notice_id"
                        + " WHERE r.user_id = ? ORDER BY r.notice_id DESC LIMIT ? OFFSET ?")
                .params(me, size, (long) page * size).query(NoticeRow.class).list();
        return new NoticePage(rows, total, page, size);
    }

    /** The notices the signed-in user published (an administrator: all), with how many of their recipients read them. */
    @Transactional(readOnly = true)
    NoticePage published(int page, int size) {
        CurrentUser me = users.requireCurrent();
        String where = " FROM supervision_notice n WHERE (? OR n.publisher_id = ?)";
        long total = jdbc.sql("SELECT count(*)" + where).params(me.isAdmin(), me.id()).query(Long.class).single();
        List<NoticeRow> rows = jdbc.sql("SELECT n.id, n.title, n.publisher_name, n.published_at, NULL::boolean AS read, " + COUNTS
                        + where + " ORDER BY n.id DESC LIMIT ? OFFSET ?")
                .params(me.isAdmin(), me.id(), size, (long) page * size).query(NoticeRow.class).list();
        return new NoticePage(rows, total, page, size);
    }

    /** A notice for its recipient (marked read now, with its notification), its publisher or an administrator. */
    @Transactional
    NoticeView open(long id) {
        CurrentUser me = users.requireCurrent();
        boolean recipient = jdbc.sql("UPDATE supervision_notice_recipient SET read_at = coalesce(read_at, now())"
                + " WHERE notice_id = ? AND user_id = ?").params(id, me.id()).update() == 1;
        NoticeView notice = jdbc.sql("SELECT n.id, n.title, n.body, n.roles, n.region_codes, n.publisher_id, n.publisher_name,"
                        + " n.published_at, " + COUNTS + " FROM supervision_notice n WHERE n.id = ?")
                .param(id).query((rs, i) -> view(rs, recipient)).optional()
                .orElseThrow(() -> new NotFoundException(StoredText.of("supervision.error.noNotice", id)));
        if (!recipient && notice.publisherId() != me.id() && !me.isAdmin()) {
            throw new NotFoundException(StoredText.of("supervision.error.noticeNotYours", id));
        }
        if (recipient) {
            center.readLink(me.id(), "/notices/" + id);
        }
        return notice;
    }

    /** Who the notice reached and when each read it (unread last): for its publisher and administrators only. */
    @Transactional(readOnly = true)
    List<Reader> readers(long id) {
        CurrentUser me = users.requireCurrent();
        Long publisher = jdbc.sql("SELECT publisher_id FROM supervision_notice WHERE id = ?").param(id).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException(StoredText.of("supervision.error.noNotice", id)));
        if (publisher != me.id() && !me.isAdmin()) {
            throw new AccessDeniedException("只有发布人可以查看阅读情况");
        }
        Names.Lookup lookup = names.lookup();
        return jdbc.sql("SELECT user_id, read_at FROM supervision_notice_recipient WHERE notice_id = ? ORDER BY read_at NULLS LAST, user_id")
                .param(id)
                .query((rs, i) -> new Reader(rs.getLong(1), lookup.person(rs.getLong(1)), rs.getObject(2, OffsetDateTime.class)))
                .list();
    }

    private static NoticeView view(ResultSet rs, boolean recipient) throws SQLException {
        return new NoticeView(rs.getLong("id"), rs.getString("title"), rs.getString("body"), strings(rs.getArray("roles")),
                strings(rs.getArray("region_codes")), rs.getLong("publisher_id"), rs.getString("publisher_name"),
                rs.getObject("published_at", OffsetDateTime.class), recipient ? Boolean.TRUE : null, rs.getLong("recipients"),
                rs.getLong("readers"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
