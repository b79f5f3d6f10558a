package org.fagai.shared.web;

import java.util.List;
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

    /** A list kept under one key, its items separated by | (an export's header row). */
    public List<String> list(String key, Object... args) {
        return List.of(get(key, args).split("\\|", -1));
    }

    /** The message, or {@code fallback} where the bundles have no such key (names of data-defined items). */
    public String orElse(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
