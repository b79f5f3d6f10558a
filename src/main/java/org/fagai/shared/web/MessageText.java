package org.fagai.shared.web;

import org.fagai.shared.StoredText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A message in the current user's language, for flash texts set in controllers. */
@Component
public class MessageText {

    private final MessageSource messages;

    MessageText(MessageSource messages) {
        this.messages = messages;
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** A sentence stored as a message key and arguments ({@link StoredText}) in the user's language; other text as it is. */
    public String stored(String text) {
        StoredText sentence = StoredText.parse(text);
        return sentence == null ? text : messages.getMessage(sentence.key(), sentence.argArray(), LocaleContextHolder.getLocale());
    }
}
