package org.fagai.supervision.internal;

import org.fagai.shared.StoredText;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.Formats;
import org.fagai.supervision.NewNotification;
import org.fagai.supervision.Notifications;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores notifications, once per recipient and key (a unique constraint, so two runs or two instances insert one row),
 * marks those to e-mail when SMTP is configured and the recipient gave an address, and serves a user his own.
 */
@Service
class NotificationCenter implements Notifications {

    record NotificationView(long id, String kind, String title, String body, String link, OffsetDateTime createdAt,
                            OffsetDateTime readAt, String mailStatus) {

        public boolean unread() {
            return readAt == null;
        }

        /** Title and body stored as message keys ({@link org.fagai.shared.StoredText}) in the reader's language. */
        NotificationView shown(Formats fmt) {
            return new NotificationView(id, kind, fmt.stored(title), body == null ? null : fmt.stored(body), link, createdAt,
                    readAt, mailStatus);
        }
    }

    record NotificationPage(List<NotificationView> items, long total, long unread, int page, int size) {

        NotificationPage shown(Formats fmt) {
            return new NotificationPage(items.stream().map(n -> n.shown(fmt)).toList(), total, unread, page, size);
        }
    }

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s<>\"]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,}");

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final BellCounts bell;

    NotificationCenter(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, BellCounts bell) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.bell = bell;
    }

    /** Whether e-mail is on: Spring Boot configures a mail sender only when {@code spring.mail.host} is set. */
    boolean mailEnabled() {
        return mail.getIfAvailable() != null;
    }

    @Override
    @Transactional
    public boolean send(NewNotification n) {
        boolean mailOn = mailEnabled();
        bell.changed(n.recipientId());
        return jdbc.sql("""
                        INSERT INTO supervision_notification (recipient_id, dedupe_key, kind, title, body, link, mail_status, mail_to)
                        SELECT ?, ?, ?, ?, ?, ?, CASE WHEN ? AND a.email IS NOT NULL THEN 'PENDING' ELSE 'NONE' END, CASE WHEN ? THEN a.email END
                          FROM (SELECT 1) one LEFT JOIN supervision_mail_address a ON a.user_id = ?
                        ON CONFLICT (recipient_id, dedupe_key) DO NOTHING""")
                .params(n.recipientId(), n.key(), n.kind(), n.title(), n.body(), n.link(), mailOn, mailOn, n.recipientId())
                .update() == 1;
    }

    /** One statement: no transaction of its own (the bell asks it on every page, see {@link BellCounts}). */
    long unread(long userId) {
        return jdbc.sql("SELECT count(*) FROM supervision_notification WHERE recipient_id = ? AND read_at IS NULL")
                .param(userId).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    NotificationPage page(long userId, boolean unreadOnly, int page, int size) {
        String where = " FROM supervision_notification WHERE recipient_id = ?" + (unreadOnly ? " AND read_at IS NULL" : "");
        long total = jdbc.sql("SELECT count(*)" + where).param(userId).query(Long.class).single();
        List<NotificationView> items = jdbc.sql("SELECT id, kind, title, body, link, created_at, read_at, mail_status" + where
                        + " ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(userId, size, (long) page * size).query(NotificationView.class).list();
        return new NotificationPage(items, total, unread(userId), page, size);
    }

    /** The bell's count: kept for a few seconds per user (see {@link BellCounts}). */
    long bellCount(long userId) {
        return bell.unread(userId, () -> unread(userId));
    }

    /** Marks one of the user's notifications read; its link, or empty when it is not his. */
    @Transactional
    Optional<String> open(long userId, long id) {
        bell.changed(userId);
        return jdbc.sql("""
                        UPDATE supervision_notification SET read_at = coalesce(read_at, now())
                         WHERE id = ? AND recipient_id = ? RETURNING coalesce(link, '/notifications')""")
                .params(id, userId).query(String.class).optional();
    }

    @Transactional
    int readAll(long userId) {
        bell.changed(userId);
        return jdbc.sql("UPDATE supervision_notification SET read_at = now() WHERE recipient_id = ? AND read_at IS NULL")
                .param(userId).update();
    }

    /** Marks read the user's notifications about one page (a notice he has just opened). */
    @Transactional
    void readLink(long userId, String link) {
        bell.changed(userId);
        jdbc.sql("UPDATE supervision_notification SET read_at = now() WHERE recipient_id = ? AND link = ? AND read_at IS NULL")
                .params(userId, link).update();
    }

    @Transactional(readOnly = true)
    Optional<String> address(long userId) {
        return jdbc.sql("SELECT email FROM supervision_mail_address WHERE user_id = ?").param(userId).query(String.class).optional();
    }

    /** Sets (or, blank, removes) the user's e-mail address for reminders. */
    @Transactional
    void setAddress(long userId, String email) {
        if (email == null || email.isBlank()) {
            jdbc.sql("DELETE FROM supervision_mail_address WHERE user_id = ?").param(userId).update();
            return;
        }
        String address = email.strip();
        if (address.length() > 200 || !EMAIL.matcher(address).matches()) {
            throw FieldErrors.of("email", StoredText.of("supervision.error.email", Texts.cut(address, 60)));
        }
        jdbc.sql("""
                        INSERT INTO supervision_mail_address (user_id, email) VALUES (?, ?)
                        ON CONFLICT (user_id) DO UPDATE SET email = excluded.email, updated_at = now()""")
                .params(userId, address).update();
    }
}
