package org.fagai.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Map;
import org.fagai.FagaiIntegrationTest;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.Formats;
import org.fagai.supervision.NewNotification;
import org.fagai.supervision.Notifications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The e-mail path: with an SMTP server (GreenMail, in process) a notification to a user with an address leaves once, by
 * Spring Mail, after it is stored; without one (the shared context, the default) nothing is mailed.
 */
@FagaiIntegrationTest
class MailRemindersTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Notifications contextNotifications;
    @Autowired
    Formats fmt;

    GreenMail smtp;
    JavaMailSenderImpl sender;
    NotificationCenter center;
    long district;

    @BeforeEach
    void smtpServer() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        ObjectProvider<JavaMailSender> provider = new StaticListableBeanFactory(Map.of("mailSender", sender))
                .getBeanProvider(JavaMailSender.class);
        center = new NotificationCenter(jdbc, provider, new BellCounts(java.time.Duration.ZERO));
        district = jdbc.sql("SELECT id FROM app_user WHERE username = 'district'").query(Long.class).single();
        center.setAddress(district, "wang.keyuan@fagai.example");
    }

    @AfterEach
    void stop() {
        center.setAddress(district, null);
        smtp.stop();
    }

    MailOutbox outbox(int maxTries) {
        return new MailOutbox(jdbc, transactions, sender, new MailSettings("fagai@fagai.example", "https://fagai.example/", maxTries), fmt);
    }

    String status(String key) {
        return jdbc.sql("SELECT mail_status || ':' || mail_tries FROM supervision_notification WHERE dedupe_key = ?").param(key)
                .query(String.class).single();
    }

    @Test
    void aNotificationIsMailedOnceToTheRecipientsAddressWithItsLinkInChineseWhateverTheSendersLanguage() throws Exception {
        String key = "test:mail:" + System.nanoTime();
        NewNotification reminder = new NewNotification(district, key, Reminder.DUE,
                StoredText.of("supervision.notification.reminder.soon", "邮件提醒测试事项"),
                StoredText.of("supervision.notification.reminder.due.body", "2026-12-08"), "/supervision/items/42");
        assertThat(center.send(reminder)).isTrue();
        assertThat(status(key)).isEqualTo("PENDING:0");
        assertThat(smtp.getReceivedMessages()).as("nothing leaves before the outbox runs (after the commit)").isEmpty();

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            assertThat(outbox(3).sendPending()).isEqualTo(1);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("wang.keyuan@fagai.example");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("fagai@fagai.example");
        assertThat(mail.getSubject()).isEqualTo("【发改工作平台】即将到期：邮件提醒测试事项");
        assertThat((String) mail.getContent()).startsWith("即将到期：邮件提醒测试事项").contains("截止日期 2026-12-08，请按时办理。","https://fagai.example/supervision/items/42");
        assertThat(status(key)).isEqualTo("SENT:1");

        assertThat(outbox(3).sendPending()).as("a second run sends nothing").isZero();
        assertThat(center.send(reminder)).as("the same reminder again is not stored again").isFalse();
        assertThat(outbox(3).sendPending()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMailServerThatIsDownIsTriedAgainUntilTheLastTry() {
        String key = "test:mail-down:" + System.nanoTime();
        center.send(new NewNotification(district, key, Reminder.OVERDUE, "已逾期：邮件服务器故障测试", null, "/supervision"));
        smtp.stop();
        assertThat(outbox(2).sendPending()).isZero();
        assertThat(status(key)).isEqualTo("PENDING:1");
        assertThat(outbox(2).sendPending()).isZero();
        assertThat(status(key)).isEqualTo("FAILED:2");
    }

    @Test
    void withoutAnSmtpServerConfiguredNothingIsMarkedForMail() {
        String key = "test:no-mail:" + System.nanoTime();
        assertThat(contextNotifications.send(new NewNotification(district, key, "notice", "未配置邮件服务器", null, null))).isTrue();
        assertThat(status(key)).isEqualTo("NONE:0");
        assertThat(jdbc.sql("SELECT mail_to IS NULL FROM supervision_notification WHERE dedupe_key = ?").param(key)
                .query(Boolean.class).single()).isTrue();
    }
}
