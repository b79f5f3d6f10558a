package org.fagai.supervision.internal;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.fagai.shared.web.Formats;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the notifications marked for e-mail, after the transaction that created them committed: every minute, once per
 * cluster, and right after the daily reminders. Each row is claimed with {@code FOR UPDATE SKIP LOCKED}, so even two
 * senders never mail one notification twice; a failure is retried up to {@code fagai.mail.max-tries} times.
 */
@Component
class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JavaMailSender sender;
    private final MailSettings settings;
    private final Formats fmt;

    @Autowired
    MailOutbox(JdbcClient jdbc, PlatformTransactionManager transactions, ObjectProvider<JavaMailSender> sender, MailSettings settings,
              Formats fmt) {
        this(jdbc, transactions, sender.getIfAvailable(), settings, fmt);
    }

    MailOutbox(JdbcClient jdbc, PlatformTransactionManager transactions, JavaMailSender sender, MailSettings settings, Formats fmt) {
        this.jdbc = jdbc;
        this.fmt = fmt;
        this.transaction = new TransactionTemplate(transactions);
        this.sender = sender;
        this.settings = settings;
    }

    @Scheduled(cron = "${fagai.mail.outbox-cron:30 * * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "supervision-mail-outbox", lockAtMostFor = "PT10M")
    public void everyMinute() {
        sendPending();
    }

    /** Sends what is pending; returns how many e-mails left. */
    int sendPending() {
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        Batch batch;
        do {
            batch = transaction.execute(status -> sendBatch());
            sent += batch.sent();
        } while (batch.more());
        return sent;
    }

    /** What one batch did, and whether to go on now (more may be pending and the server answered). */
    private record Batch(int sent, boolean more) {
    }

    record Pending(long id, String mailTo, String title, String body, String link, int mailTries) {
    }

    private Batch sendBatch() {
        List<Pending> pending = jdbc.sql("""
                        SELECT id, mail_to, title, body, link, mail_tries FROM supervision_notification
                         WHERE mail_status = 'PENDING' ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""")
                .param(BATCH).query(Pending.class).list();
        if (pending.isEmpty()) {
            return new Batch(0, false);
        }
        int sent = 0;
        for (Pending p : pending) {
            try {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(settings.from());
                message.setTo(p.mailTo());
                String title = fmt.storedChinese(p.title());
                message.setSubject("【发改工作平台】" + title);
                message.setText(title + (p.body() == null ? "" : "\n\n" + fmt.storedChinese(p.body()))
                        + (p.link() == null ? "" : "\n\n" + settings.baseUrl() + p.link()));
                sender.send(message);
                jdbc.sql("UPDATE supervision_notification SET mail_status = 'SENT', mailed_at = now(), mail_tries = mail_tries + 1 WHERE id = ?")
                        .param(p.id()).update();
                sent++;
            } catch (MailException e) {
                boolean last = p.mailTries() + 1 >= settings.maxTries();
                log.warn("E-mail of notification {} to {} failed ({}{}): {}", p.id(), p.mailTo(), p.mailTries() + 1,
                        last ? ", giving up" : "", e.getMessage());
                jdbc.sql("UPDATE supervision_notification SET mail_tries = mail_tries + 1, mail_status = ? WHERE id = ?")
                        .params(last ? "FAILED" : "PENDING", p.id()).update();
                if (!last) {
                    return new Batch(sent, false); // the server is likely down: try again at the next run
                }
            }
        }
        return new Batch(sent, true);
    }
}
