package org.fagai.supervision.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail of notifications ({@code fagai.mail.*}); the SMTP server itself is Spring Boot's {@code spring.mail.*}, and
 * without {@code spring.mail.host} no e-mail is sent at all.
 *
 * @param from     the sender address
 * @param baseUrl  the platform's address as users reach it, put before each notification's link
 * @param maxTries attempts per e-mail before it is marked failed
 */
@ConfigurationProperties("fagai.mail")
record MailSettings(@DefaultValue("fagai@localhost") String from, @DefaultValue("http://localhost:8080") String baseUrl,
                    @DefaultValue("3") int maxTries) {

    MailSettings {
        if (maxTries < 1 || maxTries > 20) {
            throw new IllegalArgumentException("fagai.mail.max-tries 须在 1–20 之间：" + maxTries);
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
