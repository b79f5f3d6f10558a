package org.fagai.supervision;

/**
 * In-app notifications (站内通知: the bell in the header and the 消息通知 page) for any module to tell a user something;
 * e-mailed as well when SMTP is configured and the user gave an address. The daily reminders of due and overdue to-do
 * entries use it, and so do notices (通知公告).
 */
public interface Notifications {

    /**
     * Notifies one user, once per {@link NewNotification#key()}: a second call with the same recipient and key (a job run
     * again, another instance) changes nothing. Joins the caller's transaction; the e-mail leaves after it commits.
     *
     * @return whether this call created the notification
     */
    boolean send(NewNotification notification);
}
