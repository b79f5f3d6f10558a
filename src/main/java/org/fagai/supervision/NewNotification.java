package org.fagai.supervision;

import java.util.regex.Pattern;

/**
 * A notification for one user. {@code key} makes it unique for that user (e.g. {@code "enterprise.demand:42:overdue"}),
 * {@code kind} names what it is about (a message key under {@code supervision.notification.kind.}, or a module's own code,
 * shown as is), {@code link} is the platform page that deals with it (a path: one {@code /}, never {@code //}). Title and body are sentences
 * stored as a message key with arguments ({@link org.fagai.shared.StoredText}: shown in the reader's language, e-mailed in
 * Chinese) or texts already in Chinese; over-long ones are cut to 300 and 2,000 characters.
 */
public record NewNotification(long recipientId, String key, String kind, String title, String body, String link) {

    private static final Pattern KIND = Pattern.compile("[a-z][A-Za-z0-9._-]{0,39}");
    private static final Pattern LINK = Pattern.compile("/(?!/)[A-Za-z0-9/_\\-?=&.%]{0,299}");

    public NewNotification {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw new IllegalArgumentException("notification key must have 1–100 characters: " + key);
        }
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("notification kind must be a lower-case code: " + kind);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("notification title is required");
        }
        if (link != null && !LINK.matcher(link).matches()) {
            throw new IllegalArgumentException("notification link must be a platform path: " + link);
        }
        title = cut(title.strip(), 300);
        body = body == null || body.isBlank() ? null : cut(body.strip(), 2000);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
